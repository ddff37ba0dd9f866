/**
 * A conversation with the skill as a device would hold it: utterances become requests (through
 * the Nlu), session id and attributes carry from turn to turn, and the session opens and closes
 * the way Alexa opens and closes it.
 *
 * Session rules (Alexa's, simplified):
 *  - "open baclofen guide" → LaunchRequest in a new session; "ask baclofen guide X" → X as the
 *    first IntentRequest of a new session; any other utterance with no session open also starts
 *    one (so a piped transcript can begin with a question).
 *  - A response keeps the session open when shouldEndSession is false. When it is true, the
 *    session is over (Alexa sends no SessionEndedRequest for that). When it is absent, the session
 *    ends on a device without a screen and stays open on an Echo Show (`screen: true`).
 *  - A response carrying Connections.StartConnection hands the listener to another task (for
 *    voice-forward consent, Alexa's own permission prompt); the session is suspended, not ended.
 *    The next utterance answers that prompt — yes → ACCEPTED, no → DENIED, anything else →
 *    NOT_ANSWERED — and goes back to the skill as a SessionResumedRequest. A test can instead
 *    answer with `send(sessionResumedRequest(...))` or `answerConnection(...)`.
 *  - "exit" / "goodbye" sends SessionEndedRequest (USER_INITIATED); Alexa sends no intent.
 *  - If the skill throws, the session is over (Alexa would say there was a problem).
 */
import type {
  Directive,
  Permissions,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SupportedInterfaces,
  ui,
} from 'ask-sdk-model';
import { builtinIntentFor, loadModel, modelPathFor, Nlu, type Resolution } from './nlu';
import {
  consentCause,
  DEFAULT_API_ACCESS_TOKEN,
  envelope,
  intentRequest,
  launchRequest,
  newSessionId,
  sessionEndedRequest,
  sessionResumedRequest,
  type ConsentResult,
  type EnvelopeOptions,
} from './requests';

/** The Lambda entry point: `export async function handler(event, context?)`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SkillHandler = (event: RequestEnvelope, context?: any) => Promise<ResponseEnvelope>;

export interface ConversationOptions {
  /** Default: an Nlu over skill-package/interactionModels/custom/en-US.json, loaded on first use. */
  nlu?: Nlu;
  /** Simulate an Echo Show (APL-capable device with a viewport). */
  screen?: boolean;
  userId?: string;
  deviceId?: string;
  locale?: string;
  applicationId?: string;
  apiEndpoint?: string;
  apiAccessToken?: string;
  supportedInterfaces?: SupportedInterfaces;
  /** Permission scopes the listener has already granted (e.g. 'alexa::profile:mobile_number:read'). */
  grantedScopes?: string[];
  /** Passed to the handler as its Lambda context. */
  lambdaContext?: unknown;
}

export interface PendingConnection {
  uri: string;
  token?: string;
  /** Permission scopes asked for, when the connection is AskForPermissionsConsent. */
  scopes: string[];
  directive: Directive;
}

export interface Turn {
  /** What was said ('' for a request passed to send()). */
  utterance: string;
  /** How the Nlu understood it (absent for launches, exits and sent requests). */
  resolution?: Resolution;
  request: RequestEnvelope;
  response: ResponseEnvelope;
  /** The speech as heard: SSML tags removed, entities decoded, whitespace collapsed. */
  speech: string;
  ssml: string;
  reprompt?: string;
  repromptSsml?: string;
  card?: { title: string; text: string };
  directives: Directive[];
  /** Text found in the datasources of any APL RenderDocument directive. */
  screen: string[];
  /** A Connections.StartConnection this response started, waiting for its answer. */
  connection?: PendingConnection;
  sessionOpen: boolean;
  /** False when nothing reached the skill ("exit" with no session open; a replayed reprompt). */
  sent: boolean;
}

const CONSENT_URI = /^connection:\/\/AMAZON\.AskForPermissionsConsent\//;

export class Conversation {
  private nluInstance?: Nlu;
  private sessionId?: string;
  private isNew = false;
  private open = false;
  private sessionAttributes: Record<string, unknown> = {};
  private pending?: PendingConnection;
  private lastReprompt?: { text: string; ssml: string };
  private repromptReplayed = false;
  private readonly granted: Set<string>;

  constructor(
    private readonly handler: SkillHandler,
    private readonly opts: ConversationOptions = {},
  ) {
    this.nluInstance = opts.nlu;
    this.granted = new Set(opts.grantedScopes ?? []);
  }

  get nlu(): Nlu {
    const locale = this.opts.locale ?? 'en-US';
    this.nluInstance ??= new Nlu(loadModel(modelPathFor(locale)), { applicationId: this.opts.applicationId, locale });
    return this.nluInstance;
  }

  /** True while a session is open (or suspended for a connection) and the next utterance continues it. */
  get sessionOpen(): boolean {
    return this.open;
  }

  /** The session attributes the skill returned last (what the next request carries). */
  get attributes(): Record<string, unknown> {
    return this.sessionAttributes;
  }

  get currentSessionId(): string | undefined {
    return this.open ? this.sessionId : undefined;
  }

  /** The Connections.StartConnection waiting for an answer, if any. */
  get pendingConnection(): PendingConnection | undefined {
    return this.pending;
  }

  hasPermission(scope: string): boolean {
    return this.granted.has(scope);
  }

  grant(scope: string): void {
    this.granted.add(scope);
  }

  revoke(scope: string): void {
    this.granted.delete(scope);
  }

  /** One utterance, the way the listener would say it to a device. */
  async say(text: string): Promise<Turn> {
    const invocation = this.nlu.parseInvocation(text);
    switch (invocation.kind) {
      case 'exit':
        return this.exit(text);
      case 'launch':
        this.startSession();
        return this.deliver(text, launchRequest(this.envelopeOptions()));
      case 'oneshot': {
        this.startSession();
        const resolution = this.nlu.resolve(invocation.utterance);
        return this.deliver(
          text,
          intentRequest(resolution.intent, resolution.slots, this.envelopeOptions()),
          resolution,
        );
      }
      case 'utterance': {
        if (this.pending && this.open) return this.answerConsentPrompt(text);
        if (!this.open) this.startSession();
        const resolution = this.nlu.resolve(invocation.utterance);
        return this.deliver(
          text,
          intentRequest(resolution.intent, resolution.slots, this.envelopeOptions()),
          resolution,
        );
      }
    }
  }

  /**
   * Sends a request of your own. A bare request (e.g. `{type: 'SessionResumedRequest', …}`) is
   * wrapped in the current session (a new one if none is open); a whole envelope is sent as is,
   * and its session (if any) becomes the conversation's.
   */
  async send(request: Request | RequestEnvelope): Promise<Turn> {
    if (isEnvelope(request)) {
      if (request.session) {
        this.sessionId = request.session.sessionId;
        this.isNew = request.session.new;
        this.open = true;
      }
      return this.deliver('', request);
    }
    if (!this.open) this.startSession();
    return this.deliver('', envelope(request, this.envelopeOptions()));
  }

  /** Answers the pending Connections.StartConnection (voice-forward consent) with a SessionResumedRequest. */
  async answerConnection(result: ConsentResult): Promise<Turn> {
    const pending = this.pending;
    if (!pending) throw new Error('Conversation: no Connections.StartConnection is waiting for an answer');
    if (result === 'ACCEPTED') pending.scopes.forEach((s) => this.granted.add(s));
    if (!this.open) this.startSession();
    return this.deliver('', sessionResumedRequest(consentCause(result, pending.token), this.envelopeOptions()));
  }

  /**
   * The listener says nothing. The first time, Alexa plays the reprompt (nothing reaches the
   * skill); the next time, or with no reprompt, the session ends with EXCEEDED_MAX_REPROMPTS.
   */
  async silence(): Promise<Turn> {
    if (!this.open) throw new Error('Conversation: silence() with no session open');
    if (this.lastReprompt && !this.repromptReplayed) {
      this.repromptReplayed = true;
      const request = sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', this.envelopeOptions());
      return this.unsentTurn('', request, this.lastReprompt);
    }
    return this.deliver('', sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', this.envelopeOptions()));
  }

  /** Forgets the session (as if the listener walked away and the session timed out). */
  reset(): void {
    this.open = false;
    this.sessionId = undefined;
    this.sessionAttributes = {};
    this.pending = undefined;
    this.lastReprompt = undefined;
  }

  // -------------------------------------------------------------------------------------------

  private startSession(): void {
    this.sessionId = newSessionId();
    this.isNew = true;
    this.open = true;
    this.sessionAttributes = {};
    this.pending = undefined;
    this.lastReprompt = undefined;
  }

  private permissions(): Permissions | undefined {
    if (this.granted.size === 0) return undefined;
    const scopes: Record<string, { status: 'GRANTED' }> = {};
    for (const s of this.granted) scopes[s] = { status: 'GRANTED' };
    return { consentToken: this.opts.apiAccessToken ?? DEFAULT_API_ACCESS_TOKEN, scopes } as Permissions;
  }

  private envelopeOptions(): EnvelopeOptions {
    const o = this.opts;
    return {
      session: { sessionId: this.sessionId ?? newSessionId(), new: this.isNew, attributes: this.sessionAttributes },
      locale: o.locale,
      applicationId: o.applicationId,
      userId: o.userId,
      deviceId: o.deviceId,
      apiEndpoint: o.apiEndpoint,
      apiAccessToken: o.apiAccessToken,
      supportedInterfaces: o.supportedInterfaces,
      permissions: this.permissions(),
      screen: o.screen,
    };
  }

  private async exit(text: string): Promise<Turn> {
    const request = sessionEndedRequest('USER_INITIATED', this.envelopeOptions());
    if (!this.open) return this.unsentTurn(text, request);
    this.pending = undefined;
    const turn = await this.deliver(text, request);
    this.open = false;
    return { ...turn, sessionOpen: false };
  }

  private async answerConsentPrompt(text: string): Promise<Turn> {
    const answer = builtinIntentFor(text) ?? this.nlu.resolve(text).intent;
    const result: ConsentResult =
      answer === 'AMAZON.YesIntent' ? 'ACCEPTED' : answer === 'AMAZON.NoIntent' ? 'DENIED' : 'NOT_ANSWERED';
    const turn = await this.answerConnection(result);
    return { ...turn, utterance: text };
  }

  private async deliver(utterance: string, request: RequestEnvelope, resolution?: Resolution): Promise<Turn> {
    let response: ResponseEnvelope;
    try {
      response = await this.handler(request, this.opts.lambdaContext);
    } catch (err) {
      this.open = false;
      this.pending = undefined;
      throw err;
    }
    if (!response || typeof response !== 'object' || !response.response) {
      this.open = false;
      throw new Error(`Conversation: the skill returned no response envelope for ${request.request.type}`);
    }
    this.isNew = false;
    const turn = describe(utterance, request, response, resolution);
    const ended = request.request.type === 'SessionEndedRequest';
    const r = response.response;
    const connection = connectionOf(turn.directives);
    this.pending = connection;
    if (ended) this.open = false;
    else if (connection) this.open = true;
    else if (r.shouldEndSession === false) this.open = true;
    else if (r.shouldEndSession === true) this.open = false;
    else this.open = Boolean(this.opts.screen);

    this.sessionAttributes = this.open ? structuredClone(response.sessionAttributes ?? {}) : {};
    this.lastReprompt =
      turn.reprompt !== undefined ? { text: turn.reprompt, ssml: turn.repromptSsml ?? '' } : undefined;
    this.repromptReplayed = false;
    return { ...turn, connection, sessionOpen: this.open };
  }

  private unsentTurn(utterance: string, request: RequestEnvelope, replay?: { text: string; ssml: string }): Turn {
    return {
      utterance,
      request,
      response: { version: '1.0', response: {} },
      speech: replay?.text ?? '',
      ssml: replay?.ssml ?? '',
      directives: [],
      screen: [],
      sessionOpen: this.open,
      sent: false,
    };
  }
}

function isEnvelope(value: Request | RequestEnvelope): value is RequestEnvelope {
  return (
    typeof (value as RequestEnvelope).request === 'object' && typeof (value as RequestEnvelope).context === 'object'
  );
}

function connectionOf(directives: Directive[]): PendingConnection | undefined {
  const d = directives.find((x) => x.type === 'Connections.StartConnection') as
    | { type: string; uri: string; token?: string; input?: { permissionScopes?: Array<{ permissionScope: string }> } }
    | undefined;
  if (!d) return undefined;
  const scopes = CONSENT_URI.test(d.uri) ? (d.input?.permissionScopes ?? []).map((p) => p.permissionScope) : [];
  return { uri: d.uri, token: d.token, scopes, directive: d as Directive };
}

function speechOf(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

function cardOf(card: ui.Card | undefined): Turn['card'] {
  if (!card) return undefined;
  switch (card.type) {
    case 'Simple':
      return { title: card.title ?? '', text: card.content ?? '' };
    case 'Standard':
      return { title: card.title ?? '', text: card.text ?? '' };
    case 'AskForPermissionsConsent':
      return { title: 'Permission request', text: card.permissions.join(', ') };
    case 'LinkAccount':
      return { title: 'Link account', text: '' };
  }
}

function describe(
  utterance: string,
  request: RequestEnvelope,
  response: ResponseEnvelope,
  resolution?: Resolution,
): Turn {
  const r = response.response;
  const ssml = speechOf(r.outputSpeech);
  const repromptSsml = r.reprompt?.outputSpeech ? speechOf(r.reprompt.outputSpeech) : undefined;
  const directives = r.directives ?? [];
  return {
    utterance,
    ...(resolution ? { resolution } : {}),
    request,
    response,
    speech: stripSsml(ssml),
    ssml,
    ...(repromptSsml !== undefined ? { reprompt: stripSsml(repromptSsml), repromptSsml } : {}),
    ...(r.card ? { card: cardOf(r.card) } : {}),
    directives,
    screen: screenText(directives),
    sessionOpen: false,
    sent: true,
  };
}

/** The text a listener hears: tags removed (breaks and paragraphs become spaces), entities decoded. */
export function stripSsml(ssml: string): string {
  return ssml
    .replace(/<\/?(?:speak|p|s|break|audio)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Datasource keys that hold machinery rather than words on the screen. */
const NON_TEXT_KEY =
  /^(@?type|token|@?version|id|kind|event|events|intent|action|command|commands|arguments|layout|template|mode)$|url$|uri$|source$|image|color|colour|icon|logo|theme|style/i;

/** Readable strings in the datasources of APL RenderDocument directives (what an Echo Show displays), each once. */
export function screenText(directives: Directive[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (typeof node === 'string') {
      const text = node
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text || NON_TEXT_KEY.test(key) || out.includes(text)) return;
      if (/^(https?:|@|#[0-9a-f]{3,8}$|\$\{)/i.test(text)) return;
      if (/^(AMAZON\.)?[A-Za-z]+Intent$/.test(text)) return; // an intent name sent back as a touch event
      out.push(text);
    } else if (Array.isArray(node)) node.forEach((v) => walk(v, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const d of directives) {
    if (d.type === 'Alexa.Presentation.APL.RenderDocument') walk((d as { datasources?: unknown }).datasources);
  }
  return out;
}
