// Child process for the texting path: `node texting.mjs <bundle> <warm flows>`, with the stand-ins'
// endpoints in the environment (AWS_ENDPOINT_URL_SNS, AWS_ENDPOINT_URL_DYNAMODB, BENCH_PROFILE_API).
// One flow: "text me the number" (TextNumberIntent, mobile-number permission granted) → the skill
// reads the number from the profile API and asks to confirm → "yes" → the skill checks the daily
// count in DynamoDB, publishes through SNS, records the send, says it's done.
// Cold: from before import to the "sent" answer, in this fresh process. Warm: the same flow again
// (a new listener each time, so the daily limit never bites), `warm` times, in the same process.
// Prints one JSON line prefixed with BENCH.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { envelope, expectSpeech, intent, lambdaContext, MOBILE_NUMBER_GRANTED } from './events.mjs';

const [fileArg, warmArg = '5'] = process.argv.slice(2);
const warmFlows = Number(warmArg);
const apiEndpoint = process.env.BENCH_PROFILE_API;
if (!apiEndpoint || !process.env.AWS_ENDPOINT_URL_SNS || !process.env.AWS_ENDPOINT_URL_DYNAMODB) {
  throw new Error('texting.mjs: run it from tools/bench/run.mjs (it needs the stand-ins)');
}

let listeners = 0;
/** One texting flow; returns the time of each answer (ms). */
async function flow(handler) {
  listeners += 1;
  const who = { userId: `amzn1.ask.account.BENCH${process.pid}X${listeners}`, permissions: MOBILE_NUMBER_GRANTED };
  const system = { apiEndpoint, apiAccessToken: 'bench-access-token' };
  const ask = envelope(intent('TextNumberIntent'), { ...who, system });
  const t0 = performance.now();
  const confirm = await handler(ask, lambdaContext());
  const t1 = performance.now();
  expectSpeech(confirm, /Should I text it to your phone ending in 42/, 'texting: confirmation');
  const yes = envelope(intent('AMAZON.YesIntent'), { ...who, system, attributes: confirm.sessionAttributes ?? {} });
  const t2 = performance.now();
  const sent = await handler(yes, lambdaContext());
  const t3 = performance.now();
  expectSpeech(sent, /I've texted the .* number to your phone/, 'texting: sent');
  return { askMs: t1 - t0, confirmMs: t3 - t2 };
}

await new Promise((done) => process.stdout.write('', done));
const t0 = performance.now();
const { handler } = await import(pathToFileURL(resolve(fileArg)).href);
const loadMs = performance.now() - t0;
const cold = await flow(handler);
const coldTotalMs = loadMs + cold.askMs + cold.confirmMs;

const warm = [];
for (let i = 0; i < warmFlows; i += 1) warm.push(await flow(handler));

process.stdout.write(`BENCH ${JSON.stringify({ loadMs, cold: { ...cold, totalMs: coldTotalMs }, warm })}\n`);
