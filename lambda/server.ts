/**
 * The skill as an HTTPS web service, for operators who host it outside Lambda (`npm run serve`,
 * tools/serve.ts). Never imported by lambda/index.ts: express and the adapter stay out of the
 * Lambda bundle.
 *
 * POST / goes through ask-sdk-express-adapter with both of its checks on, as Alexa's
 * certification requires of a web service:
 *  - SkillRequestSignatureVerifier: `SignatureCertChainUrl` must be https://s3.amazonaws.com/echo.api/…
 *    (port 443); the chain it names must be current, name echo-api.amazon.com and lead to a
 *    trusted root; the `Signature-256` header must be that certificate's signature of the body;
 *  - TimestampVerifier: `request.timestamp` no more than 150 s old;
 * plus ours (lambda/requestVerifiers.ts): no timestamp in the future, a well-formed envelope for
 * SKILL_ID. A request that fails any of them is answered 400 and never dispatched. Bodies over
 * MAX_REQUEST_BYTES are refused with 413 before they are read.
 */
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import { log } from './log';
import { EnvelopeVerifier, FutureTimestampVerifier } from './requestVerifiers';
import type { CheckedSkill } from './skill';

export interface WebServiceOptions {
  /** The same skill the Lambda handler runs (createSkill), built with the SKILL_ID to accept. */
  skill: CheckedSkill;
  maxBodyBytes: number;
}

/** One line per request that is not answered 200: status and time, never the body or headers. */
const logOutcome: RequestHandler = (_req, res, next) => {
  const started = performance.now();
  res.on('finish', () => {
    const fields = { status: res.statusCode, ms: Math.round(performance.now() - started) };
    if (res.statusCode === 200) log('debug', 'webRequest', fields);
    else log('warn', 'webRequestRefused', fields);
  });
  next();
};

/** Body errors (too large, cut off, unknown charset) as a short text answer; nothing of the request is echoed. */
const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = Number((err as { status?: unknown }).status);
  if (status >= 400 && status < 500) {
    res
      .status(status)
      .type('text/plain')
      .send(status === 413 ? 'Request body too large' : 'Bad request');
    return;
  }
  log('error', 'webServiceError', { errorName: err instanceof Error ? err.name : typeof err });
  res.status(500).type('text/plain').send('Internal error');
};

export function createWebService({ skill, maxBodyBytes }: WebServiceOptions): Express {
  const adapter = new ExpressAdapter(skill, true, true, [new FutureTimestampVerifier(), new EnvelopeVerifier(skill)]);
  // The adapter's handlers: refuse an app that parsed the body first, parse it as text (limit
  // 100 KB), verify and dispatch. Its parser is swapped for one with our limit; the other two
  // are used as they are, so the verification is the SDK's own.
  const handlers = adapter.getRequestHandlers();
  if (handlers.length !== 3) {
    throw new Error(`ask-sdk-express-adapter returned ${handlers.length} handlers, expected 3: check lambda/server.ts`);
  }
  const [refuseParsedBody, , verifyAndDispatch] = handlers;

  const app = express();
  app.disable('x-powered-by');
  app.post(
    '/',
    logOutcome,
    refuseParsedBody,
    express.text({ type: () => true, limit: maxBodyBytes }),
    verifyAndDispatch,
  );
  // For a load balancer or proxy: the process is up. Says nothing about the skill.
  app.get('/health', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use(bodyErrors);
  return app;
}
