/**
 * Whether a request to the self-hosted endpoint (lambda/server.ts) is Alexa's, for this skill,
 * and current, checked cheapest first so a forged request costs next to nothing:
 *
 *   1. the body is JSON;                                          (parse)
 *   2. both signature headers are there, and SignatureCertChainUrl is Amazon's (normalised);
 *   3. request.timestamp is at most 150 s old (ask-sdk-express-adapter's TimestampVerifier,
 *      which allows skill events an hour) and at most MAX_FUTURE_SKEW_MS ahead (ours);
 *   4. a well-formed envelope for SKILL_ID (lambda/requestCheck.ts);
 *   5. only then the certificate chain (lambda/certificateChains.ts: downloaded once, bounded)
 *      and the chain check, and the `Signature-256` of the body against it, both done by
 *      ask-sdk-express-adapter's SkillRequestSignatureVerifier.
 *
 * A failure is a RequestRefusedError with a reason and a detail for the log; nothing of it goes
 * back to the caller. (Nothing here loads express.)
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import {
  CertificateChains,
  CertificateError,
  checkCertificateUrl,
  type CertificateChainsOptions,
} from './certificateChains';
import { checkRequest, RequestRejectedError } from './requestCheck';

/**
 * How far ahead of this host's clock a request may be stamped. Alexa stamps a request when it
 * sends it, in whole seconds, so a later time means a wrong clock or a forged stamp; this
 * leaves room for clocks a little apart. (The SDK's TimestampVerifier rejects only old requests.)
 */
export const MAX_FUTURE_SKEW_MS = 30_000;

export type RefusalReason =
  'malformed' | 'skillId' | 'timestamp' | 'signature' | 'certificateUrl' | 'certificate' | 'certificateUnavailable';

export class RequestRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** Our own words (field names, which rule): for the log, never request content. */
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'RequestRefusedError';
  }
}

/** Rejects requests stamped in the future (beyond MAX_FUTURE_SKEW_MS), and requests with no usable stamp. */
export class FutureTimestampVerifier implements Verifier {
  constructor(private readonly now: () => number = Date.now) {}

  async verify(body: string): Promise<void> {
    let stamp: unknown;
    try {
      stamp = (JSON.parse(body) as { request?: { timestamp?: unknown } }).request?.timestamp;
    } catch {
      throw new Error('Timestamp verification failed: the body is not JSON');
    }
    const time = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
    if (Number.isNaN(time)) throw new Error('Timestamp verification failed: no request.timestamp');
    if (time - this.now() > MAX_FUTURE_SKEW_MS) {
      throw new Error('Timestamp verification failed: the request is dated in the future');
    }
  }
}

/** The two steps of the SDK's SkillRequestSignatureVerifier used here (not in its typings). */
interface SdkSignatureChecks {
  _validateCertChain(pem: string): void;
  _validateRequestBody(pem: string, signature: string, body: string): void;
}

function sdkSignatureChecks(): SdkSignatureChecks {
  const sdk = new SkillRequestSignatureVerifier() as unknown as Partial<SdkSignatureChecks>;
  if (typeof sdk._validateCertChain !== 'function' || typeof sdk._validateRequestBody !== 'function') {
    throw new Error('ask-sdk-express-adapter no longer has the signature checks lambda/requestVerifiers.ts uses');
  }
  return sdk as SdkSignatureChecks;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export interface RequestVerifierOptions {
  /** SKILL_ID: the only skill whose requests pass. */
  skillId: string | undefined;
  /** Certificate download settings (timeouts, caches); the chain check is always the SDK's. */
  certificates?: Omit<CertificateChainsOptions, 'validate'>;
}

export class RequestVerifier {
  private readonly skillId: string | undefined;
  private readonly sdk = sdkSignatureChecks();
  private readonly chains: CertificateChains;
  private readonly past = new TimestampVerifier();
  private readonly future = new FutureTimestampVerifier();

  constructor(options: RequestVerifierOptions) {
    this.skillId = options.skillId;
    this.chains = new CertificateChains({
      ...options.certificates,
      validate: (pem) => this.sdk._validateCertChain(pem),
    });
  }

  /** The envelope in `body`, once every check has passed; else a RequestRefusedError. */
  async verify(body: string, headers: IncomingHttpHeaders): Promise<RequestEnvelope> {
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch {
      throw new RequestRefusedError('malformed', 'the body is not JSON');
    }

    const signature = header(headers, 'Signature-256');
    const certUrl = header(headers, 'SignatureCertChainUrl');
    if (!signature) throw new RequestRefusedError('signature', 'no Signature-256 header');
    if (!certUrl) throw new RequestRefusedError('certificateUrl', 'no SignatureCertChainUrl header');
    let url: URL;
    try {
      url = checkCertificateUrl(certUrl);
    } catch (err) {
      throw refusal(err);
    }

    try {
      await this.future.verify(body);
      await this.past.verify(body);
    } catch (err) {
      const detail = err instanceof Error ? err.message : '';
      throw new RequestRefusedError(
        'timestamp',
        /future/.test(detail)
          ? 'dated in the future'
          : /no request|not present/.test(detail)
            ? 'no timestamp'
            : 'too old',
      );
    }

    try {
      checkRequest(event, this.skillId);
    } catch (err) {
      if (err instanceof RequestRejectedError) {
        throw new RequestRefusedError(err.reason === 'skillId' ? 'skillId' : 'malformed', err.problem);
      }
      throw err;
    }

    let pem: string;
    try {
      pem = await this.chains.get(url);
    } catch (err) {
      throw refusal(err);
    }
    try {
      this.sdk._validateRequestBody(pem, signature, body);
    } catch {
      throw new RequestRefusedError('signature', 'the signature does not match the body');
    }
    return event as RequestEnvelope;
  }
}

function refusal(err: unknown): Error {
  return err instanceof CertificateError ? new RequestRefusedError(err.kind, err.detail) : (err as Error);
}
