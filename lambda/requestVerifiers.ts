/**
 * Checks of our own for the self-hosted endpoint (lambda/server.ts), run by
 * ask-sdk-express-adapter next to its signature, certificate-chain and timestamp verifiers.
 * A failure here is a verification failure: the adapter answers 400 and never dispatches.
 * (Types only from the adapter: nothing here loads express.)
 */
import type { Verifier } from 'ask-sdk-express-adapter';
import { RequestRejectedError } from './requestCheck';
import { logRejection, type CheckedSkill } from './skill';

/**
 * How far ahead of this host's clock a request may be stamped. Alexa stamps a request when it
 * sends it, in whole seconds, so a later time means a wrong clock or a forged stamp; this
 * leaves room for clocks a little apart. (The SDK's TimestampVerifier rejects only old requests.)
 */
export const MAX_FUTURE_SKEW_MS = 30_000;

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

/**
 * The skill's own envelope and SKILL_ID check, run at verification time so a malformed request
 * or one for another skill is a 400 (the adapter turns errors thrown while dispatching into 500s).
 */
export class EnvelopeVerifier implements Verifier {
  constructor(private readonly skill: CheckedSkill) {}

  async verify(body: string): Promise<void> {
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch {
      const err = new RequestRejectedError('malformed', 'the body is not JSON');
      logRejection(undefined, err);
      throw err;
    }
    this.skill.check(event);
  }
}
