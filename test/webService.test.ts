/**
 * The self-hosted endpoint (`npm run serve`, lambda/server.ts) over real HTTP: requests signed
 * with a certificate chain made at test time (test/support/signing.ts), the certificate download
 * and the trust store stubbed as ask-sdk-express-adapter's own tests stub them, everything else
 * (the SDK's signature, chain and timestamp verifiers, ours, the skill) real.
 *
 *   valid → 200 with the skill's answer; bad signature, tampered body, wrong certificate URL,
 *   untrusted / expired / wrong-name certificate, stale or future timestamp, malformed envelope,
 *   another skill's id → 400, never dispatched; oversize body → 413.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope } from 'ask-sdk-model';
import { topics } from '../content';
import { MAX_FUTURE_SKEW_MS } from '../lambda/requestVerifiers';
import { createWebService } from '../lambda/server';
import { createSkill } from '../lambda/skill';
import { intentRequest, launchRequest } from '../tools/alexa/requests';
import { captureLogs, type LogCapture } from './support/logCapture';
import { deadEndpoint } from './support/standins';
import { stubCertificateWorld, TestCertificateAuthority, type TestSigner } from './support/signing';

const SKILL_ID = 'amzn1.ask.skill.5e1f0000-b057-4e00-8000-00000000abcd';
const OTHER_SKILL = 'amzn1.ask.skill.0ther000-0000-4000-8000-000000000001';
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const MAX_BODY_BYTES = 16 * 1024;
const SECOND = 1000;

const root = new TestCertificateAuthority();
const stranger = new TestCertificateAuthority('Someone Else Root CA');
const signer = root.issueSigner();
/** Chains the stubbed S3 serves, by URL; only `root` is trusted. */
const chains = new Map<string, string>([[CERT_URL, signer.chainPem]]);

let server: Server;
let base: string;
let world: ReturnType<typeof stubCertificateWorld>;
let logs: LogCapture;
const originalEnv = { ...process.env };

beforeAll(async () => {
  process.env = { ...originalEnv, LOG_LEVEL: 'info', SKILL_STORE: 'memory' };
  const app = createWebService({ skill: createSkill({ skillId: SKILL_ID }), maxBodyBytes: MAX_BODY_BYTES });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = { ...originalEnv };
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  world = stubCertificateWorld(chains, [root]);
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
  world.restore();
});

interface Sent {
  status: number;
  text: string;
}

async function post(body: string, headers: Record<string, string>): Promise<Sent> {
  const res = await fetch(`${base}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** An envelope for this skill stamped `offsetMs` from now (Alexa stamps whole seconds). */
function envelope(offsetMs = 0, applicationId = SKILL_ID): RequestEnvelope {
  const timestamp = new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return intentRequest('SideEffectsIntent', {}, { applicationId, timestamp });
}

/** Posts `event` as Alexa would: the body signed by `by`, the chain at `certUrl`. */
function sendSigned(event: unknown, by: TestSigner = signer, certUrl = CERT_URL): Promise<Sent> {
  const body = JSON.stringify(event);
  return post(body, { SignatureCertChainUrl: certUrl, 'Signature-256': by.sign(body) });
}

/** True when the skill answered something (a request line was logged): a rejected request never gets that far. */
function dispatched(): boolean {
  return logs.entries().some((e) => e.event === 'request');
}

function expectRejected(sent: Sent, why: RegExp): void {
  expect(sent.status).toBe(400);
  expect(sent.text).toMatch(/^AskSdk\.Request verification failed Error, /);
  expect(sent.text).toMatch(why);
  expect(dispatched()).toBe(false);
}

describe('a request signed by Alexa', () => {
  test("is verified and answered: 200 with the skill's response", async () => {
    const sent = await sendSigned(envelope());
    expect(sent.status).toBe(200);
    const reply = JSON.parse(sent.text);
    expect(reply.version).toBe('1.0');
    expect(reply.response.outputSpeech.ssml).toContain((topics.sideEffects as { intro: string }).intro);
    expect(world.downloads).toEqual([CERT_URL]);
    expect(dispatched()).toBe(true);
  });

  test('stamped 100 s ago, or a few seconds ahead of this clock: still answered', async () => {
    expect((await sendSigned(envelope(-100 * SECOND))).status).toBe(200);
    expect((await sendSigned(envelope(10 * SECOND))).status).toBe(200);
  });

  test('a launch works the same way', async () => {
    const launch = launchRequest({ applicationId: SKILL_ID });
    expect((await sendSigned(launch)).status).toBe(200);
  });
});

describe('forged or replayed requests are refused with 400 and never reach the skill', () => {
  test("signed with a key that is not the certificate's", async () => {
    const impostor = stranger.issueSigner();
    const body = JSON.stringify(envelope());
    expectRejected(
      await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': impostor.sign(body) }),
      /signature does not match/,
    );
  });

  test('a body changed after signing', async () => {
    const event = envelope();
    const body = JSON.stringify(event);
    const signature = signer.sign(body);
    const tampered = body.replace('SideEffectsIntent', 'TextNumberIntent');
    expect(tampered).not.toBe(body);
    expectRejected(
      await post(tampered, { SignatureCertChainUrl: CERT_URL, 'Signature-256': signature }),
      /signature does not match/,
    );
  });

  test('a signature that is not base64 RSA at all', async () => {
    const body = JSON.stringify(envelope());
    expectRejected(
      await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': 'bm90IGEgc2lnbmF0dXJl' }),
      /signature does not match/,
    );
  });

  test('no signature or no certificate URL', async () => {
    const body = JSON.stringify(envelope());
    expectRejected(await post(body, { SignatureCertChainUrl: CERT_URL }), /Missing Signature/);
    expectRejected(await post(body, { 'Signature-256': signer.sign(body) }), /Missing Certificate/);
  });

  test.each([
    ['http instead of https', 'http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem', /protocol/],
    ['another host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-12.pem', /host name/],
    ['another bucket path', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-12.pem', /path/],
    ['another port', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert-12.pem', /port/],
  ])('a certificate URL on %s: refused before anything is downloaded', async (_what, url, why) => {
    chains.set(url, signer.chainPem);
    expectRejected(await sendSigned(envelope(), signer, url), why);
    expect(world.downloads).toEqual([]);
  });

  test('a chain that does not lead to a trusted root', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/untrusted.pem';
    const untrusted = stranger.issueSigner();
    chains.set(url, untrusted.chainPem);
    expectRejected(await sendSigned(envelope(), untrusted, url), /Certificate is not trusted/);
    expect(world.downloads).toEqual([url]);
  });

  test('a certificate that has expired, or is not for echo-api.amazon.com', async () => {
    const expired = root.issueSigner({
      notBefore: new Date(Date.now() - 48 * 3600e3),
      notAfter: new Date(Date.now() - 3600e3),
    });
    chains.set('https://s3.amazonaws.com/echo.api/expired.pem', expired.chainPem);
    expectRejected(await sendSigned(envelope(), expired, 'https://s3.amazonaws.com/echo.api/expired.pem'), /expired/);

    const elsewhere = root.issueSigner({ altNames: ['example.com'] });
    chains.set('https://s3.amazonaws.com/echo.api/elsewhere.pem', elsewhere.chainPem);
    expectRejected(
      await sendSigned(envelope(), elsewhere, 'https://s3.amazonaws.com/echo.api/elsewhere.pem'),
      /echo-api\.amazon\.com domain missing/,
    );
  });

  test('a certificate URL where nothing is found', async () => {
    expectRejected(
      await sendSigned(envelope(), signer, 'https://s3.amazonaws.com/echo.api/missing.pem'),
      /status code: 404/,
    );
  });

  test('stamped more than 150 s ago (a replay), even with a valid signature', async () => {
    expectRejected(await sendSigned(envelope(-151 * SECOND)), /Timestamp verification failed/);
    expectRejected(await sendSigned(envelope(-3600 * SECOND)), /Timestamp verification failed/);
  });

  test('stamped in the future, beyond the clock skew allowed', async () => {
    expectRejected(await sendSigned(envelope(MAX_FUTURE_SKEW_MS + 5 * SECOND)), /dated in the future/);
    expectRejected(await sendSigned(envelope(24 * 3600 * SECOND)), /dated in the future/);
  });

  test('signed, but for another skill', async () => {
    expectRejected(await sendSigned(envelope(0, OTHER_SKILL)), /not this skill's/);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'requestRejected', reason: 'skillId' }));
  });

  test('signed, but not a request envelope', async () => {
    const event = { ...envelope(), context: undefined };
    expectRejected(await sendSigned(event), /context is missing/);
    expectRejected(
      await post('{"request":', { SignatureCertChainUrl: CERT_URL, 'Signature-256': signer.sign('{"request":') }),
      /not JSON/,
    );
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
    expect(sent.text).toBe('Request body too large');
    expect(world.downloads).toEqual([]);
    expect(dispatched()).toBe(false);
  });

  test('also when it comes in chunks with no Content-Length', async () => {
    const body = oversized();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${base}/`,
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

describe('the service', () => {
  test('GET /health answers ok; other paths and methods are not the skill', async () => {
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/other`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  test('every refused request is logged with its status, never its body or headers', async () => {
    await sendSigned(envelope(-3600 * SECOND));
    const refused = logs.entries().filter((e) => e.event === 'webRequestRefused');
    expect(refused).toEqual([expect.objectContaining({ level: 'warn', status: 400, ms: expect.any(Number) })]);
    expect(logs.lines.join('\n')).not.toContain(signer.sign(JSON.stringify(envelope())).slice(0, 20));
  });

  test('express and the adapter stay out of the Lambda bundle', () => {
    const metafile = join(__dirname, '../build/metafile.json');
    if (!existsSync(metafile)) throw new Error('build/metafile.json is missing: run npm run build (npm test does)');
    const inputs = Object.keys(JSON.parse(readFileSync(metafile, 'utf8')).inputs as Record<string, unknown>);
    expect(inputs.length).toBeGreaterThan(20);
    expect(
      inputs.filter((i) =>
        /node_modules\/(express|body-parser|ask-sdk-express-adapter|node-forge)\/|lambda\/(server|requestVerifiers)\.ts/.test(
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

  /** Starts build/server/serve.cjs with `env`; resolves once it logs that it is serving (or exits). */
  function serve(
    env: Record<string, string>,
  ): Promise<{ child: ChildProcess; output: () => string; exit: Promise<number> }> {
    const child = spawn(process.execPath, ['build/server/serve.cjs'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', SKILL_STORE: 'memory', SMS_PROVIDER: 'outbox', ...env },
    });
    let output = '';
    const exit = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
    return new Promise((resolve) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"event":"serving"')) resolve({ child, output: () => output, exit });
      };
      child.stdout.on('data', seen);
      child.stderr.on('data', seen);
      void exit.then(() => resolve({ child, output: () => output, exit }));
    });
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

  test('plain HTTP on PORT (behind a TLS-terminating proxy): health, and unsigned requests refused', async () => {
    const port = new URL(await deadEndpoint()).port;
    const { child, exit } = await serve({ SKILL_ID, PORT: port });
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).text()).toBe('ok');
      const unsigned = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify(envelope()) });
      expect(unsigned.status).toBe(400);
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
      await exit;
    }
  });
});
