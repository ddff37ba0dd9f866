// Child process for the warm measure: `node warm.mjs <bundle> <requests> [warm-up]`. Loads the
// bundle once, then answers a scripted conversation over and over (launch, several topics, "yes",
// "more", the number, help, repeat, stop), each answer's session attributes carried into the next
// request as Alexa does.
//
// Each request goes round the loop the Lambda runtime runs: JSON.parse the event (a fresh object,
// as Lambda delivers it), call the handler (the only part timed), JSON.stringify the response.
// The event texts are prepared before the clock starts from one untimed pass of the conversation,
// so the harness allocates per request about what the runtime does, and its own garbage does not
// trigger collections inside the skill's timing that Lambda would not have.
// Prints one JSON line prefixed with BENCH: per-request latencies in microseconds, GC count.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { envelope, expectSpeech, intent, lambdaContext, launch } from './events.mjs';

const [fileArg, requestsArg = '2000', warmupArg = '300'] = process.argv.slice(2);
const requests = Number(requestsArg);
const warmup = Number(warmupArg);

/** One conversation: [request, what the answer must say]. A new session starts at launch. */
const script = [
  [launch(), /Baclofen Guide/],
  [intent('SideEffectsIntent'), /side effects include/i],
  [intent('AMAZON.YesIntent'), /Others include/],
  [intent('WhatIsBaclofenIntent'), /baclofen/i],
  [intent('AddictionIntent'), /controlled substance/i],
  [intent('AMAZON.YesIntent'), /./],
  [intent('HelpLineNumberIntent'), /Summit Helps/],
  [intent('AMAZON.HelpIntent'), /ask/i],
  [intent('WithdrawalIntent'), /./],
  [intent('AMAZON.MoreIntent'), /./],
  [intent('AMAZON.RepeatIntent'), /./],
  [intent('AMAZON.StopIntent'), /take care/i],
];

const { handler } = await import(pathToFileURL(resolve(fileArg)).href);
const context = lambdaContext();

// One untimed pass: the event text of each step, with the attributes the previous answer returned.
const eventTexts = [];
let attributes;
for (const [step, [request, expected]] of script.entries()) {
  const event = envelope(request, { attributes: step === 0 ? undefined : attributes });
  eventTexts.push(JSON.stringify(event));
  const response = await handler(event, context);
  expectSpeech(response, expected, `warm step ${step} (${request.intent?.name ?? request.type})`);
  attributes = response.sessionAttributes ?? {};
}

let collections = 0;
const gcObserver = new PerformanceObserver((list) => (collections += list.getEntries().length));

const micros = new Float64Array(requests);
for (let i = 0, step = 0; i < warmup + requests; i += 1, step = (step + 1) % script.length) {
  if (i === warmup) gcObserver.observe({ entryTypes: ['gc'] });
  const event = JSON.parse(eventTexts[step]);
  const t0 = performance.now();
  const response = await handler(event, context);
  const t1 = performance.now();
  if (i >= warmup) micros[i - warmup] = (t1 - t0) * 1000;
  JSON.stringify(response);
  // Checked on every request (on the SSML, no copy): a fast wrong answer must not pass for a fast one.
  const ssml = response.response?.outputSpeech?.ssml ?? '';
  if (!script[step][1].test(ssml)) throw new Error(`warm request ${i}: unexpected answer ${ssml}`);
}
await setTimeout(10); // the observer's last entries
gcObserver.disconnect();

process.stdout.write(
  `BENCH ${JSON.stringify({ requests, warmup, steps: script.length, collections, micros: Array.from(micros, (v) => Math.round(v * 10) / 10) })}\n`,
);
