// Child process for the warm measure: `node warm.mjs <bundle> <requests>`. Loads the bundle once,
// then answers a scripted conversation over and over (launch, several topics, "yes", "more",
// the number, help, stop), feeding each answer's session attributes into the next request as
// Alexa does. Times each handler call alone; envelopes are built outside the clock.
// Prints one JSON line prefixed with BENCH: per-request latencies in microseconds.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { envelope, expectSpeech, intent, lambdaContext, launch } from './events.mjs';

const [fileArg, requestsArg = '3000', warmupArg = '300'] = process.argv.slice(2);
const requests = Number(requestsArg);
const warmup = Number(warmupArg);

/** One conversation: [request, what the answer must say]. A new session starts at launch. */
const script = [
  [launch(), /Baclofen Guide/],
  [intent('SideEffectsIntent'), /side effects include/i],
  [intent('AMAZON.YesIntent'), /Others include/],
  [intent('WhatIsBaclofenIntent'), /baclofen/i],
  [intent('AddictionIntent'), /addict/i],
  [intent('AMAZON.YesIntent'), /./],
  [intent('HelpLineNumberIntent'), /Summit Helps/],
  [intent('AMAZON.HelpIntent'), /ask/i],
  [intent('WithdrawalIntent'), /./],
  [intent('AMAZON.MoreIntent'), /./],
  [intent('AMAZON.RepeatIntent'), /./],
  [intent('AMAZON.StopIntent'), /take care/i],
];

const { handler } = await import(pathToFileURL(resolve(fileArg)).href);

const micros = new Float64Array(requests);
let attributes;
for (let i = 0, step = 0; i < warmup + requests; i += 1, step = (step + 1) % script.length) {
  const [request, expected] = script[step];
  const event = envelope(request, { attributes: step === 0 ? undefined : attributes });
  const context = lambdaContext();
  const t0 = performance.now();
  const response = await handler(event, context);
  const t1 = performance.now();
  if (i >= warmup) micros[i - warmup] = (t1 - t0) * 1000;
  // Checked on every request: a fast wrong answer must not pass for a fast answer.
  expectSpeech(response, expected, `warm request ${i} (${request.intent?.name ?? request.type})`);
  attributes = JSON.parse(JSON.stringify(response.sessionAttributes ?? {}));
}

process.stdout.write(
  `BENCH ${JSON.stringify({ requests, warmup, steps: script.length, micros: Array.from(micros, (v) => Math.round(v * 10) / 10) })}\n`,
);
