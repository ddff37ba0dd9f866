import { Nlu, loadModel } from './alexa/nlu';
const n = new Nlu(loadModel('/work/main/skill-package/interactionModels/custom/en-US.json'));
for (const u of process.argv.slice(2)) { const r = n.resolve(u); console.log(u, '→', r.intent, r.match, r.score.toFixed(2)); }
