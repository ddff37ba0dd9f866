/**
 * `npm run serve`: the skill as a self-hosted HTTPS endpoint (lambda/server.ts), for operators who
 * do not use Lambda. Built by tools/build-server.mjs into build/server/serve.cjs (one file, run
 * with plain `node`; build/lambda is untouched).
 *
 *   SKILL_ID=amzn1.ask.skill.… PORT=3000 HOST=127.0.0.1 npm run serve      # behind a TLS-terminating proxy
 *   SKILL_ID=… PORT=443 TLS_CERT_FILE=cert.pem TLS_KEY_FILE=key.pem npm run serve   # TLS here
 *
 * SKILL_ID is required: every skill's requests are signed by Amazon, so without it this endpoint
 * would answer any skill pointed at it. So is SMS_PROVIDER: the local outbox default would tell a
 * listener a text was sent. Store and log settings are the Lambda's (README).
 *
 * SIGTERM or SIGINT: stop taking connections, let requests in flight finish (at most
 * SHUTDOWN_GRACE_MS), exit 0 (1 if some had to be cut off).
 */
import type { Server } from 'node:http';
import { skillId, webServiceConfig } from '../lambda/config';
import { log } from '../lambda/log';
import { createHttpServer, createWebService, stopGracefully } from '../lambda/server';
import { createSkill } from '../lambda/skill';

/** How long requests in flight get to finish on SIGTERM / SIGINT: Alexa gives up on a request after 8 s. */
const SHUTDOWN_GRACE_MS = 8_000;

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
  const server = createHttpServer(app, settings);
  const https = Boolean(settings.tlsCertPath && settings.tlsKeyPath);
  server.once('error', (err: NodeJS.ErrnoException) => {
    // EADDRINUSE, EACCES (a port below 1024), EADDRNOTAVAIL / ENOTFOUND (HOST): say which, and stop.
    console.error(
      `npm run serve: cannot listen on ${settings.host ?? '*'}:${settings.port} (${err.code ?? err.message})`,
    );
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    log('info', 'serving', {
      host: settings.host ?? '*',
      port: settings.port,
      https,
      maxBodyBytes: settings.maxBodyBytes,
      maxConnections: settings.maxConnections,
    });
  });

  // npm run serve execs this process, so the signal a process manager (or Ctrl-C) sends reaches it.
  // A terminal's Ctrl-C arrives twice (from the terminal and forwarded by npm): later ones only wait.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log('info', 'stopping', { signal, graceMs: SHUTDOWN_GRACE_MS });
      void stopGracefully(server, app, SHUTDOWN_GRACE_MS).then((drained) => {
        log(drained ? 'info' : 'warn', 'stopped', { drained });
        process.exit(drained ? 0 : 1);
      });
    });
  }
  return server;
}

try {
  start();
} catch (err) {
  console.error(`npm run serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
