/**
 * A local stand-in for Amazon's request signing, for tests of the self-hosted endpoint: a root
 * CA and a signing certificate for echo-api.amazon.com made at test time (node-forge, which
 * ask-sdk-express-adapter itself uses), the `Signature-256` of a body, and stubs for the two
 * things the endpoint takes from the outside world: Amazon's certificate host, as a loopback
 * server (CertificateHost), and the trust store (`generateCAStore` over Node's root
 * certificates), stubbed as the SDK's own tests stub it.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import http, {
  createServer,
  type IncomingMessage,
  type RequestOptions,
  type Server,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/** The part of node-forge's pki used here (node-forge ships no types). */
interface ForgeCertificate {
  publicKey: unknown;
  serialNumber: string;
  validity: { notBefore: Date; notAfter: Date };
  setSubject(attrs: object[]): void;
  setIssuer(attrs: object[]): void;
  setExtensions(exts: object[]): void;
  sign(key: unknown, md: unknown): void;
}
interface Forge {
  pki: {
    createCertificate(): ForgeCertificate;
    privateKeyFromPem(pem: string): unknown;
    publicKeyFromPem(pem: string): unknown;
    certificateToPem(cert: ForgeCertificate): string;
    createCaStore(certs: string[]): unknown;
  };
  md: { sha256: { create(): unknown } };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const forge = require('node-forge') as Forge;

/** The module whose generateCAStore the SDK's verifier calls at verification time. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const verifierHelper = require('ask-sdk-express-adapter/dist/verifier/helper') as {
  generateCAStore: (certs: readonly string[]) => unknown;
};

export const ALEXA_CERT_DOMAIN = 'echo-api.amazon.com';

interface KeyPair {
  privateKey: string;
  publicKey: string;
}

function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

const HOUR = 60 * 60 * 1000;
let serial = 1;

function certificate(options: {
  subject: string;
  subjectKey: KeyPair;
  issuer: string;
  issuerKey: KeyPair;
  ca: boolean;
  altNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
}): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(options.subjectKey.publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - HOUR);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 24 * HOUR);
  cert.setSubject([{ name: 'commonName', value: options.subject }]);
  cert.setIssuer([{ name: 'commonName', value: options.issuer }]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: options.ca },
    options.ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    ...(options.altNames
      ? [{ name: 'subjectAltName', altNames: options.altNames.map((value) => ({ type: 2, value })) }]
      : []),
  ]);
  cert.sign(forge.pki.privateKeyFromPem(options.issuerKey.privateKey), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** A certificate authority: its own certificate and the power to issue signing certificates. */
export class TestCertificateAuthority {
  private readonly key = keyPair();
  readonly certificatePem: string;

  constructor(readonly name = 'Baclofen Guide Test Root CA') {
    this.certificatePem = certificate({
      subject: name,
      subjectKey: this.key,
      issuer: name,
      issuerKey: this.key,
      ca: true,
    });
  }

  /** A TLS server certificate for `host` (and its key), for an HTTPS endpoint in a test. */
  issueServerCertificate(host: string): { certificatePem: string; privateKeyPem: string } {
    const key = keyPair();
    const certificatePem = certificate({
      subject: host,
      subjectKey: key,
      issuer: this.name,
      issuerKey: this.key,
      ca: false,
      altNames: [host],
    });
    return { certificatePem, privateKeyPem: key.privateKey };
  }

  /** A signing certificate (by default for echo-api.amazon.com, valid now), with the chain Alexa would serve. */
  issueSigner(options: { altNames?: string[]; notBefore?: Date; notAfter?: Date } = {}): TestSigner {
    const key = keyPair();
    const leaf = certificate({
      subject: ALEXA_CERT_DOMAIN,
      subjectKey: key,
      issuer: this.name,
      issuerKey: this.key,
      ca: false,
      altNames: options.altNames ?? [ALEXA_CERT_DOMAIN],
      notBefore: options.notBefore,
      notAfter: options.notAfter,
    });
    return new TestSigner(key.privateKey, `${leaf}${this.certificatePem}`);
  }
}

export class TestSigner {
  constructor(
    private readonly privateKey: string,
    /** Signing certificate first, then the CA: as at https://s3.amazonaws.com/echo.api/echo-api-cert-….pem. */
    readonly chainPem: string,
  ) {}

  /** The `Signature-256` header for `body`: base64 RSA-SHA256. */
  sign(body: string): string {
    return sign('sha256', Buffer.from(body, 'utf8'), this.privateKey).toString('base64');
  }
}

/**
 * Amazon's certificate host as a loopback stand-in. While it runs, `https.get` of an
 * https://s3.amazonaws.com/… URL (how the endpoint downloads SignatureCertChainUrl) is sent to a
 * real HTTP server on 127.0.0.1 instead, with the caller's options and callback, so timeouts and
 * aborted sockets are real; any other host fails as an unknown name would. It serves `chains`
 * (URL → PEM; 404 for anything else), records every download as the URL asked for, and can be
 * told to stall a URL (accept the request, never answer). The trust store (`generateCAStore`
 * over Node's root certificates) trusts only `roots`, as the SDK's own tests stub it.
 */
export class CertificateHost {
  /** Every download started, by URL (as Node parses it: what would go over the wire). */
  readonly downloads: string[] = [];
  /** Downloads of stalled URLs whose client hung up before an answer (a deadline at work). */
  readonly abandoned: string[] = [];
  private readonly onAbandon = new Set<() => void>();
  private readonly stalled = new Set<string>();
  private readonly resets = new Set<string>();
  private readonly open = new Set<ServerResponse>();
  private server?: Server;
  private readonly restores: Array<() => void> = [];

  private constructor(
    private readonly chains: Map<string, string>,
    private readonly roots: TestCertificateAuthority[],
  ) {}

  static async start(chains: Map<string, string>, roots: TestCertificateAuthority[]): Promise<CertificateHost> {
    const host = new CertificateHost(chains, roots);
    await host.listen();
    return host;
  }

  /** Requests for `url` are accepted and never answered. */
  stall(url: string): void {
    this.stalled.add(url);
  }

  /** Resolves once a download of `url` has been abandoned by its client (never, if none is). */
  abandonment(url: string): Promise<void> {
    return new Promise((resolve) => {
      const check = () => this.abandoned.includes(url) && resolve();
      this.onAbandon.add(check);
      check();
    });
  }

  /** Requests for `url` have their connection reset, as a network failure would. */
  reset(url: string): void {
    this.resets.add(url);
  }

  private async listen(): Promise<void> {
    const server = createServer((req, res) => {
      const url = `https://${AMAZON_CERT_HOST}${req.url ?? '/'}`;
      if (this.resets.has(url)) {
        req.socket.destroy();
        return;
      }
      if (this.stalled.has(url)) {
        this.open.add(res);
        res.on('close', () => {
          this.open.delete(res);
          if (!res.writableEnded) this.abandoned.push(url);
          this.onAbandon.forEach((notify) => notify());
        });
        return;
      }
      const pem = this.chains.get(url);
      res.writeHead(pem === undefined ? 404 : 200, { 'content-type': 'application/x-pem-file' });
      res.end(pem ?? 'Not Found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    const { port } = server.address() as AddressInfo;

    const get = jest.spyOn(https, 'get').mockImplementation(((
      url: string | URL,
      options?: RequestOptions | ((res: IncomingMessage) => void),
      callback?: (res: IncomingMessage) => void,
    ) => {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      }
      const target = new URL(String(url));
      // Counted as the download starts (not when it arrives), so no test can look too early.
      this.downloads.push(target.href);
      if (target.hostname !== AMAZON_CERT_HOST) {
        const elsewhere: RequestOptions = { ...options, host: 'elsewhere.invalid', path: '/', lookup: unknownHost };
        return http.get(elsewhere, callback);
      }
      return http.get(`http://127.0.0.1:${port}${target.pathname}${target.search}`, options ?? {}, callback);
    }) as unknown as typeof https.get);
    const store = jest
      .spyOn(verifierHelper, 'generateCAStore')
      .mockImplementation(() => forge.pki.createCaStore(this.roots.map((r) => r.certificatePem)));
    this.restores.push(
      () => get.mockRestore(),
      () => store.mockRestore(),
    );
  }

  async close(): Promise<void> {
    for (const restore of this.restores.splice(0)) restore();
    for (const res of this.open) res.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }
}

const AMAZON_CERT_HOST = 's3.amazonaws.com';

/** A DNS lookup that finds nothing, as for a host this machine cannot resolve. */
const unknownHost: NonNullable<RequestOptions['lookup']> = (hostname, _options, callback) => {
  const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  process.nextTick(() => (callback as (err: Error) => void)(err));
};
