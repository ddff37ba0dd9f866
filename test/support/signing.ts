/**
 * A local stand-in for Amazon's request signing, for tests of the self-hosted endpoint: a root
 * CA and a signing certificate for echo-api.amazon.com made at test time (node-forge, which
 * ask-sdk-express-adapter itself uses), the `Signature-256` of a body, and stubs for the two
 * things the SDK's verifier takes from the outside world, as the SDK's own tests stub them:
 * the certificate download (`https.get` of SignatureCertChainUrl) and the trust store
 * (`generateCAStore` over Node's root certificates).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { EventEmitter } from 'node:events';
import https from 'node:https';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

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
 * Serves `chains` (URL → PEM) to the SDK's certificate download and trusts only `roots` in
 * its chain check. Returns the URLs the verifier downloaded, and a restore function.
 */
export function stubCertificateWorld(
  chains: Map<string, string>,
  roots: TestCertificateAuthority[],
): { downloads: string[]; restore: () => void } {
  const downloads: string[] = [];
  const get = jest.spyOn(https, 'get').mockImplementation(((
    url: string | URL,
    callback?: (res: IncomingMessage) => void,
  ) => {
    const href = String(url);
    downloads.push(href);
    const pem = chains.get(href);
    const response = Readable.from(pem === undefined ? [] : [pem]) as unknown as IncomingMessage;
    response.statusCode = pem === undefined ? 404 : 200;
    process.nextTick(() => callback?.(response));
    const request = new EventEmitter() as ClientRequest;
    request.end = (() => request) as ClientRequest['end'];
    return request;
  }) as unknown as typeof https.get);
  const store = jest
    .spyOn(verifierHelper, 'generateCAStore')
    .mockImplementation(() => forge.pki.createCaStore(roots.map((r) => r.certificatePem)));
  return {
    downloads,
    restore: () => {
      get.mockRestore();
      store.mockRestore();
    },
  };
}
