import type { SmsProviderName } from '../../config';

/** One text message: E.164 destination and the body from `content/texting.ts`. */
export interface TextMessage {
  to: string;
  body: string;
}

export interface SmsReceipt {
  /** The provider's id for the accepted message (safe to log). */
  messageId: string;
}

export interface SendOptions {
  /** Deadline for this send; default SMS_TIMEOUT_MS. The texting flow passes less when the turn's time is short. */
  timeoutMs?: number;
}

/** An SMS provider. `send` resolves only when the provider has accepted the message. */
export interface SmsSender {
  readonly provider: SmsProviderName;
  send(message: TextMessage, options?: SendOptions): Promise<SmsReceipt>;
}

/**
 * Why a send failed:
 * - `rejected`: the provider refused the message with a 4xx answer, so it did not take it;
 * - `timeout`: no answer in time; the provider may still deliver it;
 * - `unavailable`: the provider answered 5xx, or the request did not complete (network,
 *   credentials, configuration): it may or may not have taken the message.
 */
export type SmsFailure = 'rejected' | 'timeout' | 'unavailable';

export type SmsScope = 'Sns' | 'EndUserMessaging' | 'Outbox';

/** The message never carries the phone number or the body: it is logged. */
export class SmsError extends Error {
  constructor(
    readonly scope: SmsScope,
    readonly failure: SmsFailure,
    /** The provider's error code (e.g. `InvalidParameter`, `ThrottlingException`) or the error class. */
    readonly code?: string,
    readonly statusCode?: number,
  ) {
    super(`${failure}${code ? ` (${code})` : ''}${statusCode ? ` HTTP ${statusCode}` : ''}`);
    this.name = `Sms.${scope} Error`;
  }

  /** Only the provider's refusal (a 4xx) proves the message was not taken. */
  get provenNotSent(): boolean {
    return this.failure === 'rejected';
  }
}

/**
 * Maps whatever an AWS SDK v3 call threw to an SmsError, without keeping the SDK's message
 * (a provider's message can quote the destination number).
 */
export function smsErrorFromAws(scope: SmsScope, err: unknown, signal: AbortSignal): SmsError {
  if (err instanceof SmsError) return err;
  if (signal.aborted) return new SmsError(scope, 'timeout', 'Deadline');
  const meta = (err as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const name = err instanceof Error ? err.name : 'Unknown';
  const status = meta?.httpStatusCode;
  // A service exception carries the HTTP status of the provider's error answer. A 4xx refuses the
  // request; a 5xx says something went wrong on the provider's side, possibly after it took the message.
  if (status !== undefined && status >= 400 && status < 500) return new SmsError(scope, 'rejected', name, status);
  return new SmsError(scope, 'unavailable', name, status);
}
