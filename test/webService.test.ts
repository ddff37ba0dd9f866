/**
 * The self-hosted endpoint (`npm run serve`, lambda/server.ts) over real HTTP: requests signed
 * with a certificate chain made at test time (test/support/signing.ts), Amazon's certificate
 * host as a loopback server that counts downloads (CertificateHost), the trust store stubbed as
 * ask-sdk-express-adapter's own tests stub it, everything else (the SDK's chain, signature and
 * timestamp checks, ours, the skill) real.
 *
 *   valid → 200 with the skill's answer; bad signature, tampered body, wrong certificate URL,
 *   untrusted / expired / wrong-name certificate, stale or future timestamp, malformed envelope,
 *   another skill's id → 400 {"error":"bad request"}, never dispatched; oversize body → 413.
 *   Cheap checks come before any download; downloads are bounded (deadline, failures
 *   remembered, a budget per minute); refusals are logged without flooding; sockets that
 *   dawdle are closed; the built server stops cleanly on SIGTERM / SIGINT through npm.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope } from 'ask-sdk-model';
import { topics } from '../content';
import { CERTIFICATE_DEFAULTS } from '../lambda/certificateChains';
import { RefusalLog } from '../lambda/refusalLog';
import { MAX_FUTURE_SKEW_MS } from '../lambda/requestVerifiers';
import { createHttpServer, createWebService, type WebServiceOptions } from '../lambda/server';
import { createSkill } from '../lambda/skill';
import { intentRequest, launchRequest } from '../tools/alexa/requests';
import { captureLogs, type LogCapture } from './support/logCapture';
import { deadEndpoint } from './support/standins';
import { CertificateHost, TestCertificateAuthority, type TestSigner } from './support/signing';

const SKILL_ID = 'amzn1.ask.skill.5e1f0000-b057-4e00-8000-00000000abcd';
const OTHER_SKILL = 'amzn1.ask.skill.0ther000-0000-4000-8000-000000000001';
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const MAX_BODY_BYTES = 16 * 1024;
const SECOND = 1000;
const BAD_REQUEST = { error: 'bad request' };

const root = new TestCertificateAuthority();
const stranger = new TestCertificateAuthority('Someone Else Root CA');
const signer = root.issueSigner();
/** Chains the certificate host serves, by URL; only `root` is trusted. */
const chains = new Map<string, string>([[CERT_URL, signer.chainPem]]);

let world: CertificateHost;
let logs: LogCapture;
const originalEnv = { ...process.env };

interface Service {
  base: string;
  refusals: RefusalLog;
  server: Server;
  close(): Promise<void>;
}

/** The web service on a loopback port, as createHttpServer puts it on a socket. */
async function startService(
  options: Partial<WebServiceOptions> = {},
  timeouts?: Parameters<typeof createHttpServer>[1]['timeouts'],
  maxConnections = 64,
): Promise<Service> {
  const refusals = options.refusals ?? new RefusalLog();
  const app = createWebService({
    skill: createSkill({ skillId: SKILL_ID }),
    maxBodyBytes: MAX_BODY_BYTES,
    ...options,
    refusals,
  });
  const server = createHttpServer(app, { maxConnections, timeouts });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refusals,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let service: Service;

beforeAll(async () => {
  process.env = { ...originalEnv, LOG_LEVEL: 'info', SKILL_STORE: 'memory' };
  // Many tests below download forged URLs on purpose: a budget no test here reaches.
  service = await startService({ certificates: { downloadsPerMinute: 10_000 } });
});
afterAll(async () => {
  process.env = { ...originalEnv };
  await service.close();
});
beforeEach(async () => {
  world = await CertificateHost.start(chains, [root]);
  logs = captureLogs();
});
afterEach(async () => {
  service.refusals.flush();
  logs.restore();
  await world.close();
});

interface Sent {
  status: number;
  type: string;
  text: string;
}

async function post(body: string, headers: Record<string, string>, base = service.base, path = '/'): Promise<Sent> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** An envelope for this skill stamped `offsetMs` from now (Alexa stamps whole seconds). */
function envelope(offsetMs = 0, applicationId = SKILL_ID): RequestEnvelope {
  const timestamp = new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return intentRequest('SideEffectsIntent', {}, { applicationId, timestamp });
}

/** Posts `event` as Alexa would: the body signed by `by`, the chain at `certUrl`. */
function sendSigned(event: unknown, by: TestSigner = signer, certUrl = CERT_URL, base = service.base): Promise<Sent> {
  const body = JSON.stringify(event);
  return post(body, { SignatureCertChainUrl: certUrl, 'Signature-256': by.sign(body) }, base);
}

/** True when the skill answered something (a request line was logged): a refused request never gets that far. */
function dispatched(): boolean {
  return logs.entries().some((e) => e.event === 'request');
}

/** What the operator's log says about refusals so far in this test. */
function refusalLines(): Array<Record<string, unknown>> {
  return logs.entries().filter((e) => e.event === 'webRequestRefused');
}

/**
 * 400 with `{"error":"bad request"}` and nothing else, never dispatched, and the log names the
 * reason (and our detail). Ends the refusal log's interval, so the next refusal is logged anew.
 */
function expectRefused(sent: Sent, reason: string, detail?: RegExp): void {
  expect(sent.status).toBe(400);
  expect(sent.type).toMatch(/^application\/json/);
  expect(JSON.parse(sent.text)).toEqual(BAD_REQUEST);
  expect(dispatched()).toBe(false);
  const line = refusalLines().at(-1);
  expect(line).toEqual(expect.objectContaining({ level: 'warn', status: 400, reason }));
  if (detail) expect(line?.detail).toMatch(detail);
  service.refusals.flush();
}

describe('a request signed by Alexa', () => {
  test("is verified and answered: 200 with the skill's response; the chain is downloaded once", async () => {
    const sent = await sendSigned(envelope());
    expect(sent.status).toBe(200);
    const reply = JSON.parse(sent.text);
    expect(reply.version).toBe('1.0');
    expect(reply.response.outputSpeech.ssml).toContain((topics.sideEffects as { intro: string }).intro);
    expect(world.downloads).toEqual([CERT_URL]);
    expect(dispatched()).toBe(true);
    expect((await sendSigned(envelope())).status).toBe(200);
    expect(world.downloads).toEqual([CERT_URL]);
  });

  test('stamped 100 s ago, or a few seconds ahead of this clock: still answered', async () => {
    expect((await sendSigned(envelope(-100 * SECOND))).status).toBe(200);
    expect((await sendSigned(envelope(10 * SECOND))).status).toBe(200);
  });

  test('a launch works the same way', async () => {
    const launch = launchRequest({ applicationId: SKILL_ID });
    expect((await sendSigned(launch)).status).toBe(200);
  });

  test.each([
    ['with dot segments that stay under /echo.api/', 'https://s3.amazonaws.com/echo.api/../echo.api/rotated.pem'],
    ['with the host in capitals and port 443', 'https://S3.AMAZONAWS.COM:443/echo.api/rotated.pem'],
    ['with the scheme in capitals', 'HTTPS://s3.amazonaws.com/echo.api/./rotated.pem'],
  ])(
    "a certificate URL %s (Amazon's rules: normalise, then check) is downloaded in its normal form",
    async (_what, url) => {
      const normal = 'https://s3.amazonaws.com/echo.api/rotated.pem';
      chains.set(normal, signer.chainPem);
      expect((await sendSigned(envelope(), signer, url)).status).toBe(200);
      // The first of these downloads it; the others find the same normalised URL cached.
      expect(world.downloads.every((d) => d === normal)).toBe(true);
    },
  );
});

describe('forged or replayed requests are refused with 400 and never reach the skill', () => {
  test("signed with a key that is not the certificate's", async () => {
    const impostor = stranger.issueSigner();
    const body = JSON.stringify(envelope());
    expectRefused(
      await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': impostor.sign(body) }),
      'signature',
      /does not match/,
    );
  });

  test('a body changed after signing', async () => {
    const event = envelope();
    const body = JSON.stringify(event);
    const signature = signer.sign(body);
    const tampered = body.replace('SideEffectsIntent', 'TextNumberIntent');
    expect(tampered).not.toBe(body);
    expectRefused(
      await post(tampered, { SignatureCertChainUrl: CERT_URL, 'Signature-256': signature }),
      'signature',
      /does not match/,
    );
  });

  test('a signature that is not base64 RSA at all', async () => {
    const body = JSON.stringify(envelope());
    expectRefused(
      await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': 'bm90IGEgc2lnbmF0dXJl' }),
      'signature',
      /does not match/,
    );
  });

  test('no signature or no certificate URL', async () => {
    const body = JSON.stringify(envelope());
    expectRefused(await post(body, { SignatureCertChainUrl: CERT_URL }), 'signature', /no Signature-256/);
    expectRefused(
      await post(body, { 'Signature-256': signer.sign(body) }),
      'certificateUrl',
      /no SignatureCertChainUrl/,
    );
  });

  test.each([
    ['http instead of https', 'http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem', /not https/],
    ['another host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-12.pem', /not s3/],
    ['the host with a trailing dot', 'https://s3.amazonaws.com./echo.api/echo-api-cert-12.pem', /not s3/],
    ['another bucket path', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-12.pem', /not under/],
    ['another port', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert-12.pem', /not port 443/],
    ['/echo.api/../ out of the bucket', 'https://s3.amazonaws.com/echo.api/../other/echo-api-cert-12.pem', /not under/],
    ['/echo.api/%2e%2e/ out of the bucket', 'https://s3.amazonaws.com/echo.api/%2e%2e/other/cert.pem', /encoded/],
    ['/echo.api/%2E%2E/ out of the bucket', 'https://s3.amazonaws.com/echo.api/%2E%2E/other/cert.pem', /encoded/],
    ['/echo.api/.%2e/ out of the bucket', 'https://s3.amazonaws.com/echo.api/.%2e/other/cert.pem', /encoded/],
    ['backslashes', 'https://s3.amazonaws.com/echo.api\\..\\other\\cert.pem', /backslash/],
    ['a backslash after the prefix', 'https://s3.amazonaws.com/echo.api/..\\other/cert.pem', /backslash/],
    ['an encoded slash', 'https://s3.amazonaws.com/echo.api/..%2Fother/cert.pem', /encoded/],
    ['an encoded backslash', 'https://s3.amazonaws.com/echo.api/..%5cother/cert.pem', /encoded/],
    ['a user name', 'https://forger@s3.amazonaws.com/echo.api/echo-api-cert-12.pem', /user name/],
    ['a query', 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem?v=2', /query/],
    ['no URL at all', 'echo-api-cert-12.pem', /not a URL/],
  ])('a certificate URL with %s: refused before anything is downloaded', async (_what, url, why) => {
    expectRefused(await sendSigned(envelope(), signer, url), 'certificateUrl', why);
    expect(world.downloads).toEqual([]);
  });

  test('a chain that does not lead to a trusted root', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/untrusted.pem';
    const untrusted = stranger.issueSigner();
    chains.set(url, untrusted.chainPem);
    expectRefused(await sendSigned(envelope(), untrusted, url), 'certificate', /not trusted/);
    expect(world.downloads).toEqual([url]);
  });

  test('a certificate that has expired, or is not for echo-api.amazon.com', async () => {
    const expired = root.issueSigner({
      notBefore: new Date(Date.now() - 48 * 3600e3),
      notAfter: new Date(Date.now() - 3600e3),
    });
    chains.set('https://s3.amazonaws.com/echo.api/expired.pem', expired.chainPem);
    expectRefused(
      await sendSigned(envelope(), expired, 'https://s3.amazonaws.com/echo.api/expired.pem'),
      'certificate',
      /expired/,
    );

    const elsewhere = root.issueSigner({ altNames: ['example.com'] });
    chains.set('https://s3.amazonaws.com/echo.api/elsewhere.pem', elsewhere.chainPem);
    expectRefused(
      await sendSigned(envelope(), elsewhere, 'https://s3.amazonaws.com/echo.api/elsewhere.pem'),
      'certificate',
      /echo-api\.amazon\.com domain missing/,
    );
  });

  test('a certificate URL where nothing is found', async () => {
    expectRefused(
      await sendSigned(envelope(), signer, 'https://s3.amazonaws.com/echo.api/missing.pem'),
      'certificateUnavailable',
      /status 404/,
    );
  });

  test('stamped more than 150 s ago (a replay), even with a valid signature', async () => {
    expectRefused(await sendSigned(envelope(-151 * SECOND)), 'timestamp', /too old/);
    expectRefused(await sendSigned(envelope(-3600 * SECOND)), 'timestamp', /too old/);
  });

  test('stamped in the future, beyond the clock skew allowed', async () => {
    expectRefused(await sendSigned(envelope(MAX_FUTURE_SKEW_MS + 5 * SECOND)), 'timestamp', /future/);
    expectRefused(await sendSigned(envelope(24 * 3600 * SECOND)), 'timestamp', /future/);
  });

  test('signed, but for another skill', async () => {
    expectRefused(await sendSigned(envelope(0, OTHER_SKILL)), 'skillId', /not this skill's/);
  });

  test('signed, but not a request envelope', async () => {
    const event = { ...envelope(), context: undefined };
    expectRefused(await sendSigned(event), 'malformed', /context is missing/);
    expectRefused(
      await post('{"request":', { SignatureCertChainUrl: CERT_URL, 'Signature-256': signer.sign('{"request":') }),
      'malformed',
      /not JSON/,
    );
  });
});

describe('cheap checks come before any certificate download', () => {
  const FORGED_URL = 'https://s3.amazonaws.com/echo.api/forged.pem';

  test.each([
    ['stamped an hour ago', () => JSON.stringify(envelope(-3600 * SECOND)), 'timestamp'],
    ['stamped a day ahead', () => JSON.stringify(envelope(24 * 3600 * SECOND)), 'timestamp'],
    [
      'with no timestamp',
      () => JSON.stringify({ ...envelope(), request: { ...envelope().request, timestamp: undefined } }),
      'timestamp',
    ],
    ['for another skill', () => JSON.stringify(envelope(0, OTHER_SKILL)), 'skillId'],
    ['without a context', () => JSON.stringify({ ...envelope(), context: undefined }), 'malformed'],
    ['that is not JSON', () => 'not json at all', 'malformed'],
  ])('a forged request %s is refused with no download', async (_what, body, reason) => {
    const text = body();
    expectRefused(await post(text, { SignatureCertChainUrl: FORGED_URL, 'Signature-256': signer.sign(text) }), reason);
    expect(world.downloads).toEqual([]);
  });

  test('a URL that failed is not downloaded again: 20 forged requests naming it, 1 download', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/forged-missing.pem';
    const forge = () => sendSigned(envelope(), signer, url);
    for (let i = 0; i < 10; i += 1) expect((await forge()).status).toBe(400);
    const together = await Promise.all(Array.from({ length: 10 }, forge));
    expect(together.map((s) => s.status)).toEqual(Array(10).fill(400));
    expect(world.downloads).toEqual([url]);
  });

  test('nor is one whose chain failed the check, even when asked for at once by many', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/forged-untrusted.pem';
    const untrusted = stranger.issueSigner();
    chains.set(url, untrusted.chainPem);
    const sent = await Promise.all(Array.from({ length: 10 }, () => sendSigned(envelope(), untrusted, url)));
    expect(sent.map((s) => s.status)).toEqual(Array(10).fill(400));
    expect((await sendSigned(envelope(), untrusted, url)).status).toBe(400);
    expect(world.downloads).toEqual([url]);
  });

  test('forged URLs all different: downloads stop at the budget per minute; a cached chain still works', async () => {
    const own = await startService();
    try {
      expect((await sendSigned(envelope(), signer, CERT_URL, own.base)).status).toBe(200);
      const forged = Array.from({ length: 25 }, (_, i) => `https://s3.amazonaws.com/echo.api/forged-${i}.pem`);
      for (const url of forged) expect((await sendSigned(envelope(), signer, url, own.base)).status).toBe(400);
      expect(world.downloads).toHaveLength(CERTIFICATE_DEFAULTS.downloadsPerMinute);
      expect((await sendSigned(envelope(), signer, CERT_URL, own.base)).status).toBe(200);
      expect(world.downloads).toHaveLength(CERTIFICATE_DEFAULTS.downloadsPerMinute);
    } finally {
      await own.close();
    }
  });

  test('a certificate host that never answers: refused at the download deadline, the download abandoned, not retried', async () => {
    const own = await startService({ certificates: { timeoutMs: 200 } });
    const url = 'https://s3.amazonaws.com/echo.api/stalled.pem';
    world.stall(url);
    try {
      const sent = await sendSigned(envelope(), signer, url, own.base);
      expect([sent.status, JSON.parse(sent.text)]).toEqual([400, BAD_REQUEST]);
      await world.abandonment(url);
      expect(world.abandoned).toEqual([url]);
      expect((await sendSigned(envelope(), signer, url, own.base)).status).toBe(400);
      expect(world.downloads).toEqual([url]);
    } finally {
      await own.close();
    }
  });
});

describe('error answers are short JSON: nothing of the request, nothing of the server', () => {
  function expectBare(sent: Sent, status: number, error: string): void {
    expect(sent.status).toBe(status);
    expect(sent.type).toMatch(/^application\/json/);
    expect(JSON.parse(sent.text)).toEqual({ error });
    expect(sent.text).not.toMatch(/AskSdk|Error|ECONN|s3\.amazonaws|echo\.api|<|\/other/);
  }

  test('a certificate download that fails (connection reset): 400 with no word of why', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/reset.pem';
    world.reset(url);
    const sent = await sendSigned(envelope(), signer, url);
    expectBare(sent, 400, 'bad request');
    // The operator's log has the reason (the error's code, not its message).
    expect(refusalLines().at(-1)).toEqual(
      expect.objectContaining({ reason: 'certificateUnavailable', detail: 'ECONNRESET' }),
    );
  });

  test('a certificate URL where nothing is found: 400, the URL not echoed', async () => {
    expectBare(
      await sendSigned(envelope(), signer, 'https://s3.amazonaws.com/echo.api/missing.pem'),
      400,
      'bad request',
    );
  });

  test('a path that is not the skill: 404, the path not echoed', async () => {
    expectBare(await post('{}', {}, service.base, '/other'), 404, 'not found');
    const get = await fetch(`${service.base}/other`);
    expect([get.status, await get.json()]).toEqual([404, { error: 'not found' }]);
  });

  test('a body over the limit: 413', async () => {
    expectBare(await post('x'.repeat(MAX_BODY_BYTES + 1), {}), 413, 'request body too large');
  });
});

describe('the body size limit', () => {
  function oversized(): string {
    const event = envelope();
    (event.session!.attributes as Record<string, unknown>) = { padding: 'x'.repeat(MAX_BODY_BYTES) };
    return JSON.stringify(event);
  }

  test('a body over MAX_REQUEST_BYTES is refused with 413 before it is read or verified', async () => {
    const body = oversized();
    const sent = await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': signer.sign(body) });
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.text)).toEqual({ error: 'request body too large' });
    expect(world.downloads).toEqual([]);
    expect(dispatched()).toBe(false);
  });

  test('also when it comes in chunks with no Content-Length', async () => {
    const body = oversized();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${service.base}/`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            SignatureCertChainUrl: CERT_URL,
            'Signature-256': signer.sign(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < body.length; i += 1024) req.write(body.slice(i, i + 1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(dispatched()).toBe(false);
  });

  test('a body just under the limit is verified and answered', async () => {
    const event = envelope();
    (event.session!.attributes as Record<string, unknown>) = { padding: 'x'.repeat(MAX_BODY_BYTES - 2048) };
    expect((await sendSigned(event)).status).toBe(200);
  });
});

describe('refused requests are logged without flooding the log', () => {
  test('200 refusals of two kinds: one line for each kind at once, then one line of totals', async () => {
    const refusals = new RefusalLog();
    const own = await startService({ refusals });
    try {
      const unsigned = JSON.stringify(envelope());
      for (let batch = 0; batch < 20; batch += 1) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            i < 3 ? post('not json', {}, own.base) : post(unsigned, { SignatureCertChainUrl: CERT_URL }, own.base),
          ),
        );
      }
      expect(refusalLines()).toEqual([
        expect.objectContaining({ status: 400, reason: expect.any(String) }),
        expect.objectContaining({ status: 400, reason: expect.any(String) }),
      ]);
      expect(
        refusalLines()
          .map((l) => l.reason)
          .sort(),
      ).toEqual(['malformed', 'signature']);
      refusals.flush();
      const totals = logs.entries().filter((e) => e.event === 'webRequestsRefused');
      expect(totals).toEqual([
        expect.objectContaining({ count: 200, reasons: { malformed: 60, signature: 140 }, seconds: 60 }),
      ]);
      // Never the body or a header.
      expect(logs.lines.join('\n')).not.toMatch(/not json|SideEffectsIntent|echo-api-cert/);
    } finally {
      await own.close();
    }
  });

  test('a quiet interval writes no totals line', async () => {
    const refusals = new RefusalLog();
    refusals.record({ status: 400, reason: 'timestamp', detail: 'too old' });
    refusals.flush();
    refusals.flush();
    expect(logs.entries().map((e) => e.event)).toEqual(['webRequestRefused']);
  });
});

describe('sockets that dawdle are closed, and connections are capped', () => {
  const quick = { headersMs: 300, requestMs: 600, checkEveryMs: 50 };

  /** A raw connection: what it has received, and a promise of its close. */
  function open(base: string): { socket: Socket; received: () => string; closed: Promise<void> } {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    return { socket, received: () => received, closed };
  }

  /** Writes `chunk` every 50 ms until the connection closes. */
  function drip(socket: Socket, chunk: string): () => void {
    const timer = setInterval(() => {
      if (socket.writable) socket.write(chunk);
    }, 50);
    return () => clearInterval(timer);
  }

  test('a body sent a byte at a time is cut off at the request deadline: 408, and counted', async () => {
    const own = await startService({}, quick);
    try {
      const { socket, received, closed } = open(own.base);
      socket.write(
        'POST / HTTP/1.1\r\nHost: skill\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      );
      const stop = drip(socket, ' ');
      await closed;
      stop();
      expect(received()).toMatch(/^HTTP\/1\.1 408 /);
      own.refusals.flush();
      expect(refusalLines()).toEqual([expect.objectContaining({ status: 408, reason: 'requestTimeout' })]);
    } finally {
      await own.close();
    }
  });

  test('headers sent a line at a time are cut off at the headers deadline', async () => {
    const own = await startService({}, quick);
    try {
      const { socket, received, closed } = open(own.base);
      socket.write('POST / HTTP/1.1\r\n');
      const stop = drip(socket, 'X-Padding: x\r\n');
      await closed;
      stop();
      expect(received()).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await own.close();
    }
  });

  test('a connection that sends nothing is closed', async () => {
    const own = await startService({}, quick);
    try {
      const { closed } = open(own.base);
      await closed;
    } finally {
      await own.close();
    }
  });

  test('connections beyond maxConnections are dropped at once; those open are still served', async () => {
    const own = await startService({}, undefined, 2);
    try {
      const first = open(own.base);
      const second = open(own.base);
      const health = 'GET /health HTTP/1.1\r\nHost: skill\r\n\r\n';
      for (const c of [first, second]) {
        c.socket.write(health);
        await new Promise<void>((resolve) => c.socket.once('data', () => resolve()));
      }
      const third = open(own.base);
      await third.closed;
      expect(third.received()).toBe('');
      const before = first.received().length;
      first.socket.write(health);
      await new Promise<void>((resolve) => first.socket.once('data', () => resolve()));
      expect(first.received().slice(before)).toMatch(/^HTTP\/1\.1 200 [\s\S]*ok$/);
      own.refusals.flush();
      expect(refusalLines()).toEqual([expect.objectContaining({ status: 0, reason: 'connectionLimit' })]);
      first.socket.destroy();
      second.socket.destroy();
    } finally {
      await own.close();
    }
  });
});

describe('the service', () => {
  test('GET /health answers ok; other paths and methods are not the skill', async () => {
    const health = await fetch(`${service.base}/health`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    expect((await fetch(`${service.base}/`)).status).toBe(404);
    expect((await fetch(`${service.base}/other`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  test('a refused request is logged with its status and reason, never its body or headers', async () => {
    const event = envelope(-3600 * SECOND);
    await sendSigned(event);
    expect(refusalLines()).toEqual([
      expect.objectContaining({ level: 'warn', status: 400, reason: 'timestamp', ms: expect.any(Number) }),
    ]);
    expect(logs.lines.join('\n')).not.toContain(signer.sign(JSON.stringify(event)).slice(0, 20));
    expect(logs.lines.join('\n')).not.toContain(event.request.requestId);
  });

  test('express and the adapter stay out of the Lambda bundle', () => {
    const metafile = join(__dirname, '../build/metafile.json');
    if (!existsSync(metafile)) throw new Error('build/metafile.json is missing: run npm run build (npm test does)');
    const inputs = Object.keys(JSON.parse(readFileSync(metafile, 'utf8')).inputs as Record<string, unknown>);
    expect(inputs.length).toBeGreaterThan(20);
    expect(
      inputs.filter((i) =>
        /node_modules\/(express|body-parser|ask-sdk-express-adapter|node-forge)\/|lambda\/(server|requestVerifiers|certificateChains|refusalLog)\.ts/.test(
          i,
        ),
      ),
    ).toEqual([]);
  });
});

describe('npm run serve (the built bundle, in its own process)', () => {
  const repo = join(__dirname, '..');
  let scratch: string;

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['tools/build-server.mjs', '--quiet'], { cwd: repo });
    scratch = mkdtempSync(join(tmpdir(), 'serve-test-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  interface Running {
    child: ChildProcess;
    output: () => string;
    exit: Promise<number | string>;
    /** Resolves when `text` shows in the output; rejects if the process exits first. */
    waitFor: (text: string) => Promise<void>;
  }

  /**
   * Starts the server with `env`, as `command` (default: node build/server/serve.cjs); resolves
   * once it logs that it is serving (or exits). `exit` gives the exit code, or the signal's name.
   */
  function serve(
    env: Record<string, string>,
    command = [process.execPath, 'build/server/serve.cjs'],
  ): Promise<Running> {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: repo,
      // Its own process group, so a test can clean up everything it started (see kill below).
      detached: true,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        LOG_LEVEL: 'info',
        SKILL_STORE: 'memory',
        SMS_PROVIDER: 'outbox',
        ...env,
      },
    });
    let output = '';
    const watchers: Array<() => void> = [];
    const exit = new Promise<number | string>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
    );
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      watchers.forEach((w) => w());
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => output.includes(text) && resolve();
        watchers.push(check);
        check();
        void exit.then(() =>
          output.includes(text) ? resolve() : reject(new Error(`exited without "${text}":\n${output}`)),
        );
      });
    const running = { child, output: () => output, exit, waitFor };
    return new Promise((resolve) => {
      void waitFor('"event":"serving"').then(
        () => resolve(running),
        () => resolve(running),
      );
    });
  }

  /** Ends whatever a test started and left running (the whole process group). */
  function kill(child: ChildProcess): void {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  /** Nothing accepts connections on `port` any more. */
  async function refused(port: string): Promise<boolean> {
    return fetch(`http://127.0.0.1:${port}/health`).then(
      () => false,
      () => true,
    );
  }

  test('refuses to start without SKILL_ID, saying where to find it', async () => {
    const { exit, output } = await serve({ PORT: '3999' });
    expect(await exit).toBe(1);
    expect(output()).toContain('SKILL_ID is not set');
    expect(output()).toContain('View Skill ID');
  });

  test('refuses to start without SMS_PROVIDER: the local outbox would claim texts were sent', async () => {
    const { exit, output } = await serve({ SKILL_ID, PORT: '3999', SMS_PROVIDER: '' });
    expect(await exit).toBe(1);
    expect(output()).toContain('SMS_PROVIDER is not set');
  });

  test('refuses a HOST it could not listen on, saying what HOST may be', async () => {
    const { exit, output } = await serve({ SKILL_ID, PORT: '3999', HOST: 'not a host/' });
    expect(await exit).toBe(1);
    expect(output()).toContain('HOST must be an IP address');
  });

  test('HOST: listens on that address only', async () => {
    const port = new URL(await deadEndpoint()).port;
    const { child, exit, output } = await serve({ SKILL_ID, PORT: port, HOST: '127.0.0.1' });
    try {
      expect(output()).toContain('"host":"127.0.0.1"');
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).text()).toBe('ok');
      // Another loopback address of this machine: nothing listens there.
      expect(
        await fetch(`http://127.0.0.2:${port}/health`).then(
          () => 'answered',
          () => 'refused',
        ),
      ).toBe('refused');
    } finally {
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });

  test.each([
    ['SIGTERM', 'to npm, as a process manager sends it', false],
    ['SIGINT', 'to npm and the server at once, as Ctrl-C in a terminal sends it', true],
  ] as const)(
    '%s %s reaches the server: no new connections, the request in flight is answered, exit 0',
    async (signal, _how, toGroup) => {
      const port = new URL(await deadEndpoint()).port;
      const running = await serve({ SKILL_ID, PORT: port }, ['npm', 'run', '--silent', 'serve']);
      try {
        expect(running.output()).toContain('"event":"serving"');
        // A request the server has begun (it said 100 Continue to its headers), its body not yet sent.
        const body = JSON.stringify(envelope());
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            expect: '100-continue',
          },
        });
        const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
          req.once('response', (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          });
          req.once('error', reject);
        });
        req.flushHeaders();
        await new Promise((resolve) => req.once('continue', resolve));

        // To the group, npm forwards the signal as well: the server gets it twice.
        if (toGroup) process.kill(-running.child.pid!, signal);
        else running.child.kill(signal);
        await running.waitFor('"event":"stopping"');
        expect(await refused(port)).toBe(true);
        req.end(body);
        expect(await answered).toEqual({ status: 400, text: JSON.stringify({ error: 'bad request' }) });
        expect(await running.exit).toBe(0);
        expect(running.output()).toContain('"event":"stopped","drained":true');
        expect(await refused(port)).toBe(true);
      } finally {
        kill(running.child);
      }
    },
  );

  test('plain HTTP on PORT (behind a TLS-terminating proxy): health, and unsigned requests refused', async () => {
    const port = new URL(await deadEndpoint()).port;
    const { child, exit } = await serve({ SKILL_ID, PORT: port });
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).text()).toBe('ok');
      const unsigned = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify(envelope()) });
      expect([unsigned.status, await unsigned.json()]).toEqual([400, { error: 'bad request' }]);
    } finally {
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });

  test('HTTPS with TLS_CERT_FILE and TLS_KEY_FILE', async () => {
    const { certificatePem, privateKeyPem } = root.issueServerCertificate('localhost');
    writeFileSync(join(scratch, 'cert.pem'), certificatePem);
    writeFileSync(join(scratch, 'key.pem'), privateKeyPem);
    const port = new URL(await deadEndpoint()).port;
    const { child, exit } = await serve({
      SKILL_ID,
      PORT: port,
      TLS_CERT_FILE: join(scratch, 'cert.pem'),
      TLS_KEY_FILE: join(scratch, 'key.pem'),
    });
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpsRequest(
          { host: '127.0.0.1', servername: 'localhost', port, path: '/health', ca: root.certificatePem },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(body).toBe('ok');
    } finally {
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });
});
