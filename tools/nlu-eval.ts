// Measures the console's interaction-model matcher against the held-out phrasing sets and an
// off-topic set: how many reach their intent, which miss, and how many off-topic requests are
// wrongly taken for a topic. A tuning aid, not a test: `npx tsx tools/nlu-eval.ts`.
import { readFileSync } from 'node:fs';
import { Nlu, loadModel } from './alexa/nlu';

const nlu = new Nlu(loadModel());
let total = 0;
let hits = 0;
for (const file of ['everyday-phrasings.json', 'everyday-phrasings-2.json']) {
  const sets: Record<string, string[]> = JSON.parse(readFileSync(`test/fixtures/${file}`, 'utf8'));
  for (const [intent, phrasings] of Object.entries(sets))
    for (const phrasing of phrasings) {
      const r = nlu.resolve(phrasing);
      total++;
      if (r.intent === intent) hits++;
      else console.log(`miss  ${file}  ${intent} ← "${phrasing}" → ${r.intent} (${r.score?.toFixed(2)})`);
    }
}
const offTopic: string[] = JSON.parse(readFileSync('test/fixtures/off-topic.json', 'utf8'));
const taken = offTopic.map((u) => [u, nlu.resolve(u)] as const).filter(([, r]) => r.intent !== 'AMAZON.FallbackIntent');
for (const [u, r] of taken) console.log(`off-topic taken  "${u}" → ${r.intent} (${r.score?.toFixed(2)})`);
console.log(
  `held-out: ${hits}/${total} reach their intent; off-topic: ${taken.length}/${offTopic.length} taken for a topic`,
);
