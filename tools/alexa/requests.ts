/**
 * Request envelopes as Alexa sends them to a custom skill (ask-sdk-model types), for the
 * console, the conversation driver and tests. Ids and timestamps look like real ones.
 */
import { randomUUID } from 'node:crypto';
import type {
  Cause,
  interfaces,
  LaunchRequest,
  Request,
  RequestEnvelope,
  Session,
  SessionEndedReason,
  SessionEndedRequest,
  SessionResumedRequest,
  IntentRequest,
  Slot,
  SupportedInterfaces,
  User,
  Permissions,
  DialogState,
} from 'ask-sdk-model';

export const PLACEHOLDER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
/** Stable ids for the local console's listener and device, so per-user data persists across runs. */
export const CONSOLE_USER_ID = 'amzn1.ask.account.LOCALCONSOLEUSER0000000000000000000000000000000000000000';
export const CONSOLE_DEVICE_ID = 'amzn1.ask.device.LOCALCONSOLEDEVICE000000000000000000000000000000000000000';
export const DEFAULT_API_ENDPOINT = 'https://api.amazonalexa.com';
export const DEFAULT_API_ACCESS_TOKEN = 'local.console.api-access-token';

export interface SessionOptions {
  sessionId: string;
  new: boolean;
  attributes?: Record<string, unknown>;
}

export interface EnvelopeOptions {
  /** The session the request belongs to. Omitted: a fresh one (new: true, no attributes). */
  session?: SessionOptions;
  /** Set false to send no session at all (requests outside a session). */
  withSession?: boolean;
  locale?: string;
  /** Default: env SKILL_ID, else the placeholder skill id. */
  applicationId?: string;
  userId?: string;
  deviceId?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  supportedInterfaces?: SupportedInterfaces;
  /** The listener's granted permissions: consentToken (and optionally scopes), as Alexa puts them on the user. */
  permissions?: Permissions;
  /** Simulate an Echo Show: APL support and a hub, landscape, medium viewport. */
  screen?: boolean;
  /** Override the request id / timestamp (tests that need stable output). */
  requestId?: string;
  timestamp?: string;
}

export function newRequestId(): string {
  return `amzn1.echo-api.request.${randomUUID()}`;
}

export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

function applicationIdOf(opts: EnvelopeOptions): string {
  return opts.applicationId ?? process.env.SKILL_ID ?? PLACEHOLDER_SKILL_ID;
}

/** Fields every request carries. */
function common(opts: EnvelopeOptions): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: opts.requestId ?? newRequestId(),
    // Alexa sends whole seconds: 2024-05-01T12:00:00Z.
    timestamp: opts.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    locale: opts.locale ?? 'en-US',
  };
}

/** Echo Show 8 ("hub landscape medium", 1280×800). */
export const ECHO_SHOW_VIEWPORT: interfaces.viewport.ViewportState = {
  experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
  mode: 'HUB',
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  currentPixelWidth: 1280,
  currentPixelHeight: 800,
  touch: ['SINGLE'],
  keyboard: ['DIRECTION'],
  video: { codecs: ['H_264_42', 'H_264_41'] },
};

/** Wraps a request in an envelope: version, session and context.System as a device sends them. */
export function envelope(request: Request, opts: EnvelopeOptions = {}): RequestEnvelope {
  const application = { applicationId: applicationIdOf(opts) };
  const user: User = {
    userId: opts.userId ?? CONSOLE_USER_ID,
    ...(opts.permissions ? { permissions: opts.permissions } : {}),
  };
  const supportedInterfaces: SupportedInterfaces = {
    ...(opts.supportedInterfaces ?? {}),
    ...(opts.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {}),
  };
  const sessionOpts = opts.session ?? { sessionId: newSessionId(), new: true, attributes: {} };
  const session: Session = {
    new: sessionOpts.new,
    sessionId: sessionOpts.sessionId,
    application,
    user,
    ...(sessionOpts.attributes && Object.keys(sessionOpts.attributes).length > 0
      ? { attributes: structuredClone(sessionOpts.attributes) as Record<string, unknown> }
      : sessionOpts.new
        ? {}
        : { attributes: {} }),
  };
  return {
    version: '1.0',
    ...(opts.withSession === false ? {} : { session }),
    context: {
      System: {
        application,
        user,
        device: { deviceId: opts.deviceId ?? CONSOLE_DEVICE_ID, supportedInterfaces },
        apiEndpoint: opts.apiEndpoint ?? DEFAULT_API_ENDPOINT,
        apiAccessToken: opts.apiAccessToken ?? DEFAULT_API_ACCESS_TOKEN,
      },
      ...(opts.screen ? { Viewport: ECHO_SHOW_VIEWPORT } : {}),
    },
    request,
  };
}

export function launchRequest(opts: EnvelopeOptions = {}): RequestEnvelope {
  const request: LaunchRequest = { type: 'LaunchRequest', ...common(opts) };
  return envelope(request, opts);
}

/**
 * An IntentRequest. `slots` takes Slot objects (as the Nlu produces) or plain strings for
 * slot values: `intentRequest('EmergencyIntent', { person: 'son' })`.
 */
export function intentRequest(
  intentName: string,
  slots: Record<string, Slot | string | undefined> = {},
  opts: EnvelopeOptions & { dialogState?: DialogState } = {},
): RequestEnvelope {
  const filled: Record<string, Slot> = {};
  for (const [name, slot] of Object.entries(slots)) {
    if (slot === undefined) filled[name] = { name, confirmationStatus: 'NONE' };
    else if (typeof slot === 'string') filled[name] = { name, value: slot, confirmationStatus: 'NONE' };
    else filled[name] = slot;
  }
  const request: IntentRequest = {
    type: 'IntentRequest',
    ...common(opts),
    dialogState: opts.dialogState ?? 'COMPLETED',
    intent: {
      name: intentName,
      confirmationStatus: 'NONE',
      ...(Object.keys(filled).length > 0 ? { slots: filled } : {}),
    },
  };
  return envelope(request, opts);
}

export function sessionEndedRequest(reason: SessionEndedReason, opts: EnvelopeOptions = {}): RequestEnvelope {
  const request: SessionEndedRequest = { type: 'SessionEndedRequest', ...common(opts), reason };
  return envelope(request, { ...opts, session: opts.session ?? { sessionId: newSessionId(), new: false } });
}

/** What Alexa sends when a skill connection (e.g. voice-forward consent) hands control back. */
export function sessionResumedRequest(cause: Cause, opts: EnvelopeOptions = {}): RequestEnvelope {
  const request: SessionResumedRequest = { type: 'SessionResumedRequest', ...common(opts), cause };
  return envelope(request, { ...opts, session: opts.session ?? { sessionId: newSessionId(), new: false } });
}

export type ConsentResult = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** The cause of a SessionResumedRequest answering AMAZON.AskForPermissionsConsent. */
export function consentCause(result: ConsentResult, token?: string): Cause {
  return {
    type: 'ConnectionCompleted',
    ...(token !== undefined ? { token } : {}),
    status: { code: '200', message: 'OK' },
    result: { status: result, isCardThrown: false },
  };
}
