/**
 * The skill as an HTTPS web service, for operators who host it outside Lambda (`npm run serve`,
 * tools/serve.ts). Never imported by lambda/index.ts: express and the adapter stay out of the
 * Lambda bundle.
 *
 * POST / reads the body (at most MAX_REQUEST_BYTES, else 413 before it is read), verifies it as
 * Alexa's certification requires of a web service (lambda/requestVerifiers.ts: cheap checks
 * first, then the certificate chain and the `Signature-256`, by ask-sdk-express-adapter's
 * checks) and only then dispatches it to the skill. A request that fails is answered 400 and
 * never dispatched. Every error answer is a short JSON body, `{"error": "bad request"}` and the
 * like: nothing of the request and nothing of the server's internals.
 *
 * createHttpServer puts the app on a socket with prompt timeouts and a connection cap;
 * stopGracefully lets requests in flight finish.
 */
import { readFileSync } from 'node:fs';
import { createServer as createPlainServer, STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createServer as createTlsServer } from 'node:https';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import { log } from './log';
import { RefusalLog } from './refusalLog';
import { RequestRefusedError, RequestVerifier, type RequestVerifierOptions } from './requestVerifiers';
import type { CheckedSkill } from './skill';

export interface WebServiceOptions {
  /** The same skill the Lambda handler runs (createSkill), built with the SKILL_ID to accept. */
  skill: CheckedSkill;
  maxBodyBytes: number;
  /** Where refusals are counted and logged (one per service by default). */
  refusals?: RefusalLog;
  /** Certificate download settings (timeout, failure cache, budget); defaults in lambda/certificateChains.ts. */
  certificates?: RequestVerifierOptions['certificates'];
}

/** The service: its express app and the refusal log it writes to (for the server's own refusals). */
export interface WebService extends Express {
  refusals: RefusalLog;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'bad request',
  404: 'not found',
  413: 'request body too large',
  415: 'unsupported media type',
  500: 'internal error',
};

function sendError(res: Response, status: number): void {
  res.status(status).json({ error: ERROR_TEXT[status] ?? 'bad request' });
}

export function createWebService({ skill, maxBodyBytes, refusals, certificates }: WebServiceOptions): WebService {
  const verifier = new RequestVerifier({ skillId: skill.expectedSkillId, certificates });
  const refused = refusals ?? new RefusalLog();
  skill.appendAdditionalUserAgent('self-hosted');

  /** A 200 is a debug line when it has gone out; refusals are recorded as they are answered. */
  const timing: RequestHandler = (_req, res, next) => {
    const started = performance.now();
    res.locals.started = started;
    res.on('finish', () => {
      if (res.statusCode === 200)
        log('debug', 'webRequest', { status: 200, ms: Math.round(performance.now() - started) });
    });
    next();
  };

  function refuse(res: Response, status: number, reason: string, detail?: string): void {
    const started = res.locals.started as number | undefined;
    const ms = started === undefined ? undefined : Math.round(performance.now() - started);
    refused.record({ status, reason, detail }, ms === undefined ? {} : { ms });
    sendError(res, status);
  }

  const verifyAndDispatch: RequestHandler = async (req, res) => {
    let event;
    try {
      event = await verifier.verify(typeof req.body === 'string' ? req.body : '', req.headers);
    } catch (err) {
      if (!(err instanceof RequestRefusedError)) throw err;
      refuse(res, 400, err.reason, err.detail);
      return;
    }
    res.json(await skill.invoke(event));
  };

  /** Body errors (too large, cut off, unknown charset) and anything unexpected, as short JSON. */
  const errors: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    // Cut off by a deadline: 'clientError' below has already answered and counted it (its body
    // reader only notices later, and must not count it a second time).
    if (req.socket.destroyed) return;
    const status = Number((err as { status?: unknown }).status);
    if (status >= 400 && status < 500) {
      const type = (err as { type?: unknown }).type;
      refuse(
        res,
        status === 413 || status === 415 ? status : 400,
        status === 413 ? 'bodyTooLarge' : 'body',
        typeof type === 'string' ? type : undefined,
      );
      return;
    }
    log('error', 'webServiceError', { errorName: err instanceof Error ? err.name : typeof err });
    refuse(res, 500, 'internalError');
  };

  const app = express() as WebService;
  app.refusals = refused;
  app.disable('x-powered-by');
  app.disable('etag');
  app.post('/', timing, express.text({ type: () => true, limit: maxBodyBytes }), verifyAndDispatch);
  // For a load balancer or proxy: the process is up. Says nothing about the skill.
  app.get('/health', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use((_req, res) => refuse(res, 404, 'notFound'));
  app.use(errors);
  return app;
}

export interface HttpServerOptions {
  /** PEM files: HTTPS; without them plain HTTP, for a TLS-terminating proxy in front. */
  tlsCertPath?: string;
  tlsKeyPath?: string;
  /** Open connections at most; more are dropped as they arrive. */
  maxConnections: number;
  /** Overrides for tests; the defaults are SOCKET_TIMEOUTS. */
  timeouts?: Partial<Record<keyof typeof SOCKET_TIMEOUTS, number>>;
}

/**
 * Alexa sends a small body at once and waits 8 s for the whole answer: a client slower than a
 * few seconds to send its request is not Alexa. Node enforces the first two only every
 * `checkEveryMs` (30 s by default, which let slow-drip sockets live up to 40 s).
 */
export const SOCKET_TIMEOUTS = {
  /** From connection to the end of the headers. */
  headersMs: 3_000,
  /** From connection to the end of the body. */
  requestMs: 5_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: 5_000,
  /** TLS: from connection to the end of the handshake. */
  handshakeMs: 3_000,
  checkEveryMs: 500,
} as const;

/** What stopGracefully needs of a server made by createHttpServer. */
interface Lifecycle {
  stopping: boolean;
  /** Responses not yet finished. */
  inFlight: Set<ServerResponse>;
}
const lifecycles = new WeakMap<Server, Lifecycle>();

/** The app on an HTTP or HTTPS server with prompt timeouts and a connection cap (not yet listening). */
export function createHttpServer(app: WebService, options: HttpServerOptions): Server {
  const t = { ...SOCKET_TIMEOUTS, ...options.timeouts };
  const settings = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionsCheckingInterval: t.checkEveryMs,
  };
  const server =
    options.tlsCertPath && options.tlsKeyPath
      ? createTlsServer(
          {
            ...settings,
            handshakeTimeout: t.handshakeMs,
            cert: readFileSync(options.tlsCertPath),
            key: readFileSync(options.tlsKeyPath),
          },
          app,
        )
      : createPlainServer(settings, app);
  server.maxConnections = options.maxConnections;
  // Emitted (Node ≥ 18.6) for each connection refused at maxConnections.
  server.on('drop', () => app.refusals.record({ status: 0, reason: 'connectionLimit' }));
  // Requests cut off by the timeouts above, or that are not HTTP: counted, then answered and closed
  // as Node itself does (a bare status line unless an answer has begun; then the socket is destroyed,
  // never left half-open for a client that does not close its side).
  server.on(
    'clientError',
    (err: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent?: boolean } }) => {
      if (err.code !== 'ECONNRESET') {
        const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
        app.refusals.record({ status, reason: status === 408 ? 'requestTimeout' : 'http', detail: err.code });
        if (socket.writable && !socket._httpMessage?.headersSent) {
          socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        }
      }
      socket.destroy();
    },
  );

  const lifecycle: Lifecycle = { stopping: false, inFlight: new Set() };
  lifecycles.set(server, lifecycle);
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (lifecycle.stopping) res.setHeader('Connection', 'close');
    lifecycle.inFlight.add(res);
    res.on('close', () => {
      lifecycle.inFlight.delete(res);
      // A connection whose answer went out as keep-alive before the stop is idle now: close it.
      if (lifecycle.stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  return server;
}

/**
 * Stops taking connections and lets requests in flight finish, their answers saying
 * `Connection: close`; idle keep-alive connections close at once. Resolves true when all are
 * done, false if some were still running after `graceMs` and had to be cut. Flushes the
 * refusal counts.
 */
export function stopGracefully(server: Server, app: WebService, graceMs: number): Promise<boolean> {
  const lifecycle = lifecycles.get(server);
  if (lifecycle) {
    lifecycle.stopping = true;
    for (const res of lifecycle.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  }
  return new Promise((resolve) => {
    let forced = false;
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearTimeout(deadline);
      app.refusals.flush();
      resolve(!forced);
    });
    server.closeIdleConnections();
  });
}
