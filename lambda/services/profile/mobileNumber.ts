import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { log } from '../../log';
import { loggableRequestId } from '../../requestTypes';
import { AbortableApiClient } from './abortableApiClient';

/**
 * The listener's mobile number from the Alexa customer profile API, read fresh on every call
 * (`GET {apiEndpoint}/v2/accounts/~current/settings/Profile.mobileNumber`). The number is
 * returned to the caller and never logged or kept.
 */
export type MobileNumberLookup =
  /** As the API gives it, e.g. `{countryCode: "+1", phoneNumber: "609-555-0142"}`. */
  | { kind: 'number'; countryCode?: string; phoneNumber: string }
  /** 204: no mobile number on the account. */
  | { kind: 'none' }
  /** 403: the listener has not granted `alexa::profile:mobile_number:read`. */
  | { kind: 'forbidden' }
  /** 401, 429, 5xx, a network error or the deadline: try again another time. */
  | { kind: 'unavailable' };

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = 'Profile.Ups Error';
  }
}

export async function lookUpMobileNumber(input: HandlerInput, timeoutMs: number): Promise<MobileNumberLookup> {
  const started = performance.now();
  const result = await lookUp(input, timeoutMs);
  // The outcome and status only: never the number, not even part of it.
  log('info', 'profileLookup', {
    requestId: loggableRequestId(input.requestEnvelope.request.requestId),
    result: result.lookup.kind,
    statusCode: result.statusCode,
    errorName: result.errorName,
    ms: Math.round(performance.now() - started),
  });
  return result.lookup;
}

interface Attempt {
  lookup: MobileNumberLookup;
  statusCode?: number;
  errorName?: string;
}

async function lookUp(input: HandlerInput, timeoutMs: number): Promise<Attempt> {
  try {
    // Without `.withApiClient(...)` on the skill builder there is no factory: a wiring bug.
    if (!input.serviceClientFactory)
      throw new ProfileError('no service client factory (skill built without an API client)');
    // Alexa always sends one; without it ask-sdk's client would call http://localhost.
    if (!/^https?:\/\/[^/?#]+/.test(input.requestEnvelope.context.System.apiEndpoint ?? '')) {
      throw new ProfileError('the request carries no apiEndpoint');
    }
    const signal = AbortSignal.timeout(timeoutMs);
    let phone;
    try {
      phone = await upsClient(input, input.serviceClientFactory, signal).getProfileMobileNumber();
    } catch (err) {
      // The request and its socket were destroyed at the deadline.
      if (signal.aborted) throw new ProfileError(`no answer within ${timeoutMs} ms`);
      throw err;
    }
    const phoneNumber = phone?.phoneNumber?.trim();
    if (!phoneNumber) return { lookup: { kind: 'none' }, statusCode: 204 };
    return { lookup: { kind: 'number', countryCode: phone?.countryCode, phoneNumber }, statusCode: 200 };
  } catch (err) {
    const statusCode = (err as { statusCode?: unknown }).statusCode;
    const status = typeof statusCode === 'number' ? statusCode : undefined;
    const errorName = err instanceof Error ? err.name : typeof err;
    if (status === 403) return { lookup: { kind: 'forbidden' }, statusCode: status, errorName };
    return { lookup: { kind: 'unavailable' }, statusCode: status, errorName };
  }
}

/**
 * The profile API client for one lookup: a service client factory of the kind ask-sdk built for
 * this request (the SDK's own, or the build's lazy stand-in for it: both take an ApiConfiguration),
 * configured as ask-sdk configures it (the request's apiEndpoint and apiAccessToken), but with an
 * API client that gives up, socket and all, when `signal` fires.
 */
function upsClient(
  input: HandlerInput,
  factory: services.ServiceClientFactory,
  signal: AbortSignal,
): services.ups.UpsServiceClient {
  const Factory = factory.constructor as new (
    configuration: services.ApiConfiguration,
  ) => services.ServiceClientFactory;
  const { apiEndpoint, apiAccessToken } = input.requestEnvelope.context.System;
  return new Factory({
    apiClient: new AbortableApiClient(signal),
    apiEndpoint,
    authorizationValue: apiAccessToken ?? '',
  }).getUpsServiceClient();
}
