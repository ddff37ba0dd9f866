// Child process for the traced run (not timed): `node trace.mjs content|texting <bundle>`.
// Registers load hooks, answers the path's requests, then prints (BENCH line) every file under
// the bundle's folder that was loaded: ESM chunks through the hooks, CommonJS files through
// the require cache. The bench compares that with what the metafile says is static.
import { createRequire, register } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout } from 'node:timers/promises';
import { MessageChannel } from 'node:worker_threads';
import { envelope, expectSpeech, intent, lambdaContext, launch, MOBILE_NUMBER_GRANTED } from './events.mjs';

const [path, fileArg] = process.argv.slice(2);
const file = resolve(fileArg);
const root = dirname(file);

const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => {
  if (url.startsWith('file:')) loaded.add(fileURLToPath(url));
});
port1.unref();
register('./trace-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

const { handler } = await import(pathToFileURL(file).href);
if (path === 'content') {
  const r1 = await handler(envelope(launch()), lambdaContext());
  expectSpeech(r1, /Baclofen Guide/, 'traced launch');
  const r2 = await handler(
    envelope(intent('SideEffectsIntent'), { attributes: r1.sessionAttributes }),
    lambdaContext(),
  );
  expectSpeech(r2, /side effects include/i, 'traced side effects');
} else if (path === 'texting') {
  // Needs the stand-ins' endpoints in the environment, as texting.mjs does.
  const who = { userId: `amzn1.ask.account.BENCHTRACE${process.pid}`, permissions: MOBILE_NUMBER_GRANTED };
  const system = { apiEndpoint: process.env.BENCH_PROFILE_API, apiAccessToken: 'bench-access-token' };
  const r1 = await handler(envelope(intent('TextNumberIntent'), { ...who, system }), lambdaContext());
  expectSpeech(r1, /ending in 42/, 'traced texting confirmation');
  const r2 = await handler(
    envelope(intent('AMAZON.YesIntent'), { ...who, system, attributes: r1.sessionAttributes }),
    lambdaContext(),
  );
  expectSpeech(r2, /I've texted/, 'traced texting sent');
} else {
  throw new Error(`trace.mjs: unknown path ${path}`);
}

// Let the hooks thread's last messages arrive.
await setTimeout(50);
for (const key of Object.keys(createRequire(import.meta.url).cache)) loaded.add(key);
const files = [...loaded]
  .filter((f) => f.startsWith(root + '/'))
  .map((f) => f.slice(root.length + 1))
  .sort();
process.stdout.write(`BENCH ${JSON.stringify({ path, files })}\n`);
