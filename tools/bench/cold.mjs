// Child process for the cold-start measure. `node cold.mjs A <bundle>`, `node cold.mjs S <bundle>` (the same
// in Spanish, es-US: it loads the Spanish content chunk) or `node cold.mjs B <hello-world.cjs>`.
// Measures, from before loading the skill to the second answer: load, LaunchRequest, then one more
// request (A: "what are the side effects" → SideEffectsIntent; B: AMAZON.HelpIntent).
// Prints one JSON line prefixed with BENCH (the skill's own log lines share stdout).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
import { envelope, expectSpeech, intent, lambdaContext, launch } from './events.mjs';

const [variant, fileArg] = process.argv.slice(2);
const file = resolve(fileArg);

// Envelopes are built before the clock starts: they are Alexa's work, not the skill's.
const skill = variant === 'A' || variant === 'S';
const locale = variant === 'S' ? { locale: 'es-US' } : {};
const first = envelope({ ...launch(), ...locale });
const secondRequest = skill ? { ...intent('SideEffectsIntent'), ...locale } : intent('AMAZON.HelpIntent');

// Open stdout before the clock, as the Lambda runtime has before it loads a handler: otherwise
// the skill's first log line would be charged Node's lazy stdout set-up (~1-2 ms) and the
// hello-world, which logs nothing, would not.
await new Promise((done) => process.stdout.write('', done));
await new Promise((done) => setImmediate(done));

const t0 = performance.now();
const handler = skill ? (await import(pathToFileURL(file).href)).handler : createRequire(import.meta.url)(file).handler;
const tLoaded = performance.now();
const r1 = await handler(first, lambdaContext());
const tFirst = performance.now();
// The second envelope carries the session attributes the first answer returned (untimed would be
// fairer to neither side: it is a JSON round trip of a few hundred bytes, done for both).
const second = envelope(secondRequest, { attributes: r1.sessionAttributes ?? {} });
const tSecondStart = performance.now();
const r2 = await handler(second, lambdaContext());
const t1 = performance.now();

const expected = {
  A: [/Baclofen Guide/, /side effects include/i],
  S: [/Guía de Baclofeno/, /efectos secundarios/i],
  B: [/Welcome/, /say hello/i],
}[variant];
expectSpeech(r1, expected[0], `${variant} launch`);
expectSpeech(r2, expected[1], `${variant} second answer`);

const envelopeMs = tSecondStart - tFirst;
process.stdout.write(
  `BENCH ${JSON.stringify({
    variant,
    // from before import/require to the second answer, without building the second envelope
    totalMs: t1 - t0 - envelopeMs,
    loadMs: tLoaded - t0,
    firstMs: tFirst - tLoaded,
    secondMs: t1 - tSecondStart,
    // when the clock started, counted from process start (Node's own boot)
    startedAtMs: t0,
  })}\n`,
);
