/**
 * `npm run serve`: the skill as a self-hosted HTTPS endpoint (lambda/server.ts), for operators who
 * do not use Lambda. Built by tools/build-server.mjs into build/server/serve.cjs (one file, run
 * with plain `node`; build/lambda is untouched).
 *
 *   SKILL_ID=amzn1.ask.skill.… PORT=3000 npm run serve                     # behind a TLS-terminating proxy
 *   SKILL_ID=… PORT=443 TLS_CERT_FILE=cert.pem TLS_KEY_FILE=key.pem npm run serve   # TLS here
 *
 * SKILL_ID is required: every skill's requests are signed by Amazon, so without it this endpoint
 * would answer any skill pointed at it. So is SMS_PROVIDER: the local outbox default would tell a
 * listener a text was sent. Store and log settings are the Lambda's (README).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { skillId, webServiceConfig } from '../lambda/config';
import { log } from '../lambda/log';
import { createWebService } from '../lambda/server';
import { createSkill } from '../lambda/skill';

function start(): Server {
  const id = skillId();
  if (!id) {
    throw new Error(
      'SKILL_ID is not set. The self-hosted endpoint answers only your skill: set SKILL_ID to its id ' +
        '(developer console → your skill → "View Skill ID").',
    );
  }
  // The local default (outbox) would tell a real listener "I've texted…" while writing the text,
  // phone number and all, to a local file. A real endpoint names its provider.
  const provider = process.env.SMS_PROVIDER?.trim();
  if (!provider) {
    throw new Error(
      'SMS_PROVIDER is not set. Set sns or end-user-messaging (README: Sending SMS in the U.S.), or ' +
        'SMS_PROVIDER=outbox only to try the endpoint locally: texts are then written to SMS_OUTBOX, not sent.',
    );
  }
  if (provider === 'outbox') log('warn', 'smsOutboxOnly', { note: 'texts are written to SMS_OUTBOX, not sent' });
  const settings = webServiceConfig();
  const app = createWebService({ skill: createSkill({ skillId: id }), maxBodyBytes: settings.maxBodyBytes });
  const tls = settings.tlsCertPath && settings.tlsKeyPath;
  const server = tls
    ? createHttpsServer({ cert: readFileSync(settings.tlsCertPath!), key: readFileSync(settings.tlsKeyPath!) }, app)
    : createHttpServer(app);
  // Alexa sends a small body at once and waits at most 8 s: a client slower than that is not Alexa.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.listen(settings.port, () => {
    log('info', 'serving', { port: settings.port, https: Boolean(tls), maxBodyBytes: settings.maxBodyBytes });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
  return server;
}

try {
  start();
} catch (err) {
  console.error(`npm run serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
