/**
 * Alexa's signing-certificate chains for the self-hosted endpoint (lambda/server.ts): which
 * `SignatureCertChainUrl` values may be downloaded at all, and the download itself, bounded.
 *
 * Anyone can put any URL in that header, so the endpoint must never fetch what a forger names:
 *  - the URL is normalised first and only Amazon's form passes (checkCertificateUrl): https,
 *    host s3.amazonaws.com (any case), port 443 or none, a path that starts with /echo.api/ once
 *    dot segments are resolved, as Amazon's rules for web services say; what is downloaded and
 *    cached is that normalised URL, never the raw header;
 *  - a download has a deadline and a size limit, concurrent requests for one URL share it;
 *  - a chain that passed the chain check is kept until its signing certificate expires; a URL
 *    that failed is not tried again for `failureTtlMs`; and only `downloadsPerMinute` downloads
 *    start in any minute, so forged URLs, however many and however varied, cost a bounded
 *    number of outbound requests.
 * The chain check itself (dates, echo-api.amazon.com, trust) is passed in: ask-sdk-express-adapter's.
 */
import { X509Certificate } from 'node:crypto';
import https from 'node:https';

export const AMAZON_CERT_HOST = 's3.amazonaws.com';
export const AMAZON_CERT_PATH = '/echo.api/';

/** Why a certificate URL or chain was not usable; `detail` is our own wording, never the input. */
export class CertificateError extends Error {
  constructor(
    readonly kind: 'certificateUrl' | 'certificate' | 'certificateUnavailable',
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'CertificateError';
  }
}

/**
 * The URL to download for `raw`, normalised, or a CertificateError('certificateUrl'). Stricter
 * than Amazon's rules in one way: backslashes, percent-encoded dots, slashes and backslashes,
 * user names, queries and fragments never appear in Amazon's URLs, and are refused rather than
 * interpreted.
 */
export function checkCertificateUrl(raw: string): URL {
  const refuse = (detail: string): never => {
    throw new CertificateError('certificateUrl', detail);
  };
  if (/\\|%2e|%2f|%5c/i.test(raw)) refuse('a backslash, or an encoded dot, slash or backslash');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a URL');
  }
  if (url.protocol !== 'https:') refuse('not https');
  if (url.hostname !== AMAZON_CERT_HOST) refuse(`not ${AMAZON_CERT_HOST}`);
  // URL drops the default port: any port left is not 443.
  if (url.port !== '') refuse('not port 443');
  if (url.username || url.password || url.search || url.hash) refuse('a user name, query or fragment');
  // URL has resolved `.` and `..` (also `%2e` forms, refused above anyway): this is the real path.
  if (!url.pathname.startsWith(AMAZON_CERT_PATH)) refuse(`not under ${AMAZON_CERT_PATH}`);
  return url;
}

export interface CertificateChainsOptions {
  /** Checks a downloaded chain (throws if it is not a current, trusted echo-api.amazon.com chain). */
  validate: (pem: string) => void;
  /** Deadline for one download, connection included. */
  timeoutMs?: number;
  /** How long a URL that failed (download or chain check) is refused without another try. */
  failureTtlMs?: number;
  /** Downloads that may start in any 60 s, all URLs together. */
  downloadsPerMinute?: number;
  /** Larger answers are abandoned (Amazon's chain is a few KB). */
  maxBytes?: number;
  now?: () => number;
}

export const CERTIFICATE_DEFAULTS = {
  // S3 answers in well under a second; Alexa gives the whole request 8 s.
  timeoutMs: 2_000,
  failureTtlMs: 60_000,
  downloadsPerMinute: 10,
  maxBytes: 64 * 1024,
} as const;

/** How many URLs of each kind are remembered (oldest forgotten first). */
const MAX_GOOD = 16;
const MAX_FAILED = 1_024;
const MINUTE = 60_000;

interface Failure {
  until: number;
  error: CertificateError;
}

export class CertificateChains {
  private readonly good = new Map<string, { pem: string; until: number }>();
  private readonly failed = new Map<string, Failure>();
  private readonly pending = new Map<string, Promise<string>>();
  private readonly started: number[] = [];
  private readonly validate: (pem: string) => void;
  private readonly timeoutMs: number;
  private readonly failureTtlMs: number;
  private readonly downloadsPerMinute: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: CertificateChainsOptions) {
    this.validate = options.validate;
    this.timeoutMs = options.timeoutMs ?? CERTIFICATE_DEFAULTS.timeoutMs;
    this.failureTtlMs = options.failureTtlMs ?? CERTIFICATE_DEFAULTS.failureTtlMs;
    this.downloadsPerMinute = options.downloadsPerMinute ?? CERTIFICATE_DEFAULTS.downloadsPerMinute;
    this.maxBytes = options.maxBytes ?? CERTIFICATE_DEFAULTS.maxBytes;
    this.now = options.now ?? Date.now;
  }

  /** The checked chain (PEM) at `url` (from checkCertificateUrl), or a CertificateError. */
  async get(url: URL): Promise<string> {
    const key = url.href;
    const now = this.now();
    const cached = this.good.get(key);
    if (cached && cached.until > now) return cached.pem;
    if (cached) this.good.delete(key);
    const failure = this.failed.get(key);
    if (failure && failure.until > now) throw failure.error;
    if (failure) this.failed.delete(key);

    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    this.spendDownload(now);
    const load = this.load(key).finally(() => this.pending.delete(key));
    this.pending.set(key, load);
    return load;
  }

  /** Counts a download against the minute's budget, or refuses it (without marking the URL as failed). */
  private spendDownload(now: number): void {
    while (this.started.length > 0 && this.started[0]! <= now - MINUTE) this.started.shift();
    if (this.started.length >= this.downloadsPerMinute) {
      throw new CertificateError('certificateUnavailable', 'download budget spent for this minute');
    }
    this.started.push(now);
  }

  private async load(key: string): Promise<string> {
    try {
      const pem = await this.download(key);
      try {
        this.validate(pem);
      } catch (err) {
        throw new CertificateError('certificate', err instanceof Error ? err.message.slice(0, 200) : 'invalid chain');
      }
      remember(this.good, key, { pem, until: expiry(pem) }, MAX_GOOD);
      return pem;
    } catch (err) {
      const error =
        err instanceof CertificateError ? err : new CertificateError('certificateUnavailable', 'download failed');
      remember(this.failed, key, { until: this.now() + this.failureTtlMs, error }, MAX_FAILED);
      throw error;
    }
  }

  private download(key: string): Promise<string> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (pem: string | undefined, detail = '') => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        if (pem === undefined) {
          request.destroy();
          reject(new CertificateError('certificateUnavailable', detail));
        } else resolve(pem);
      };
      const request = https.get(key, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          settle(undefined, `status ${res.statusCode ?? 0}`);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxBytes) settle(undefined, `more than ${this.maxBytes} bytes`);
          else chunks.push(chunk);
        });
        res.on('end', () => settle(Buffer.concat(chunks).toString('utf8')));
        res.on('error', () => settle(undefined, 'download cut off'));
      });
      const deadline = setTimeout(() => settle(undefined, `no answer within ${this.timeoutMs} ms`), this.timeoutMs);
      // The error's code only (ENOTFOUND, ECONNRESET…): its message would name hosts and addresses.
      request.on('error', (err: NodeJS.ErrnoException) => settle(undefined, err.code ?? 'download failed'));
    });
  }
}

/** When a checked chain stops being usable: its signing certificate's notAfter. */
function expiry(pem: string): number {
  try {
    return Date.parse(new X509Certificate(pem).validTo);
  } catch {
    return Date.now() + MINUTE;
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
