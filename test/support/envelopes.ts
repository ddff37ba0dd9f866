/**
 * fast-check generators of Alexa request envelopes for property-based tests (test/fuzz.test.ts,
 * test/observability.test.ts): structurally valid ones of every kind, odd in every way the
 * envelope allows, and ways to break an envelope's structure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { prompts, texting, topics } from '../../content';

const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';

const model = JSON.parse(
  readFileSync(resolve(__dirname, '../../skill-package/interactionModels/custom/en-US.json'), 'utf8'),
) as { interactionModel: { languageModel: { intents: { name: string }[] } } };
const MODEL_INTENTS = model.interactionModel.languageModel.intents.map((i) => i.name);

/** Slot values and other free text: empty, whitespace, control characters, RTL overrides, emoji, SSML, very long. */
export const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 12000 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202Eesrever',
    'ba\u0301clofen',
    '🙂'.repeat(300),
    '<speak><audio src="https://example.com/x.mp3"/></speak>',
    '&amp; < > " \'',
    ']]>',
    'text me at 609 555 0142',
    '𝒷𝒶𝒸𝓁ℴ𝒻ℯ𝓃',
  ),
);

const intentName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MODEL_INTENTS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'AMAZON.ScrollDownIntent',
      'AMAZON.SelectIntent',
      'AMAZON.SendToPhoneIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.ShuffleOnIntent',
    ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z_.]{0,30}$/) },
  { weight: 1, arbitrary: oddText.filter((s) => s.length > 0) },
);

const slot = fc.record(
  {
    name: fc.string({ maxLength: 20 }),
    value: oddText,
    confirmationStatus: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED'),
    resolutions: fc.jsonValue(),
    slotValue: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

const intent = fc.record(
  {
    name: intentName,
    confirmationStatus: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED'),
    slots: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), slot, { maxKeys: 4 }),
  },
  { requiredKeys: ['name'] },
);

const topicIds = Object.keys(topics);
const listTopicIds = topicIds.filter((id) => 'items' in topics[id as keyof typeof topics]);

/** What the skill writes as "yes" offers, and shapes it never writes. */
const offer = fc.oneof(
  fc.record({ kind: fc.constant('topic'), topic: fc.constantFrom(...topicIds) }),
  fc.constantFrom(
    { kind: 'moreList' },
    { kind: 'readNumber' },
    { kind: 'repeatNumber' },
    { kind: 'repeatNumber', offerText: true },
    { kind: 'textNumber' },
    { kind: 'repeat' },
    { kind: 'anythingElse' },
  ),
  fc.record({ kind: fc.constant('confirmText'), id: fc.uuid() }),
  // Not what this version writes: unknown kinds, missing parts, wrong types.
  fc.record(
    { kind: fc.oneof(fc.string(), fc.constantFrom('topic', 'confirmText')), topic: fc.jsonValue(), id: fc.jsonValue() },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

/**
 * Session attributes come back from Alexa as the skill's last response set them, so their text
 * is the skill's own (real prompts here); their shape is fuzzed: other kinds, pages out of range,
 * wrong types, arbitrary JSON.
 */
const spokenBefore = fc.constantFrom(
  (topics.whatIs as { speech: string }).speech,
  prompts.fallback.speech,
  texting.sendFailed.speech,
  prompts.startOver.speech,
);
const sessionAttributes = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      disclaimerGiven: fc.oneof(fc.boolean(), fc.jsonValue()),
      pending: offer,
      list: fc.oneof(
        fc.record({ topic: fc.constantFrom(...listTopicIds), page: fc.integer({ min: -2, max: 6 }) }),
        fc.jsonValue(),
      ),
      last: fc.oneof(
        fc.record(
          {
            speech: spokenBefore,
            followUp: fc.record({
              question: fc.constant('Anything else?'),
              reprompt: fc.constant('Anything else?'),
              offer,
            }),
            card: fc.record({ title: fc.constant('Baclofen'), text: fc.constant('Summit Helps') }),
            screen: fc.oneof(
              fc.record({ kind: fc.constantFrom('home', 'helpLine', 'emergency', 'selfHarm', 'askYourDoctor') }),
              fc.record({ kind: fc.constant('topic'), topic: fc.constantFrom(...topicIds) }),
              fc.record({
                kind: fc.constant('list'),
                topic: fc.constantFrom(...listTopicIds),
                page: fc.integer({ min: -1, max: 5 }),
              }),
              fc.jsonValue(),
            ),
          },
          { requiredKeys: ['speech'] },
        ),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
);

export interface Endpoints {
  profile: string;
  dead: string;
}

function systemArb(endpoints: Endpoints, applicationId: string) {
  const user = fc.record(
    {
      userId: fc.oneof(fc.constant('amzn1.ask.account.FUZZ'), fc.string({ minLength: 1, maxLength: 80 })),
      permissions: fc.record(
        {
          consentToken: fc.string({ maxLength: 20 }),
          scopes: fc.constantFrom(
            { [MOBILE_NUMBER_SCOPE]: { status: 'GRANTED' } },
            { [MOBILE_NUMBER_SCOPE]: { status: 'DENIED' } },
            {},
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['userId'] },
  );
  const device = fc.record(
    {
      deviceId: fc.string({ maxLength: 40 }),
      supportedInterfaces: fc.oneof(
        fc.constant({}),
        fc.constant({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }),
        fc.constant({ AudioPlayer: {} }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
      ),
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      application: fc.constant({ applicationId }),
      user,
      device,
      // Loopback only: the profile stand-in, a closed port, or something that is not a URL.
      apiEndpoint: fc.constantFrom(endpoints.profile, endpoints.dead, 'not a url', 'ftp://127.0.0.1/', ''),
      apiAccessToken: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['application'] },
  );
}

const requestCommon = {
  requestId: fc.oneof(
    fc.uuid().map((u) => `amzn1.echo-api.request.${u}`),
    fc.string({ minLength: 1, maxLength: 60 }),
  ),
  timestamp: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  locale: fc.constantFrom('en-US', 'en-GB', 'en-IN', 'de-DE', 'ja-JP', 'es-MX', 'fr-CA', 'ar-SA', 'pt-BR', 'xx-XX'),
};

/** A request of `type`: its `fields` are each present or not, except those in `required`. */
function withType<T>(
  type: string | fc.Arbitrary<string>,
  fields: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: (keyof T)[] = [],
) {
  return fc.record(
    { type: typeof type === 'string' ? fc.constant(type) : type, ...requestCommon, ...fields },
    { requiredKeys: ['type', 'requestId', ...required] as never[] },
  );
}

const consentCause = fc.record(
  {
    type: fc.constantFrom('ConnectionCompleted', 'Other'),
    token: fc.oneof(fc.constant('textNumber:afterConsent'), fc.string()),
    status: fc.oneof(
      fc.record({ code: fc.oneof(fc.constantFrom('200', '400', '500', 200), fc.jsonValue()) }),
      fc.jsonValue(),
    ),
    result: fc.oneof(
      fc.record({ status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'MAYBE') }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

const request = fc.oneof(
  withType('LaunchRequest', {}),
  {
    weight: 6,
    arbitrary: withType(
      'IntentRequest',
      { intent, dialogState: fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED', 'UNKNOWN') },
      ['intent'],
    ),
  },
  withType('CanFulfillIntentRequest', { intent }, ['intent']),
  withType('SessionEndedRequest', {
    reason: fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', 'SOMETHING_NEW'),
    error: fc.record(
      {
        type: fc.constantFrom(
          'INVALID_RESPONSE',
          'DEVICE_COMMUNICATION_ERROR',
          'INTERNAL_SERVICE_ERROR',
          'ENDPOINT_TIMEOUT',
        ),
        message: oddText,
      },
      { requiredKeys: [] },
    ),
  }),
  withType('SessionResumedRequest', { cause: fc.oneof(consentCause, fc.jsonValue()) }),
  withType('Alexa.Presentation.APL.UserEvent', {
    token: fc.string(),
    arguments: fc.oneof(
      fc.constantFrom(['TextNumberIntent'], ['HelpLineNumberIntent'], ['AMAZON.MoreIntent'], []),
      fc.array(fc.jsonValue(), { maxLength: 4 }),
    ),
    source: fc.jsonValue(),
  }),
  withType('Alexa.Presentation.APL.RuntimeError', {
    token: fc.string(),
    errors: fc.array(fc.jsonValue(), { maxLength: 2 }),
  }),
  withType('Messaging.MessageReceived', { message: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }) }),
  withType(
    fc.constantFrom(
      'AudioPlayer.PlaybackStarted',
      'AudioPlayer.PlaybackFinished',
      'AudioPlayer.PlaybackStopped',
      'AudioPlayer.PlaybackNearlyFinished',
      'AudioPlayer.PlaybackFailed',
      'PlaybackController.NextCommandIssued',
      'PlaybackController.PauseCommandIssued',
      'PlaybackController.PlayCommandIssued',
      'PlaybackController.PreviousCommandIssued',
      'AlexaSkillEvent.SkillEnabled',
      'AlexaSkillEvent.SkillPermissionAccepted',
    ),
    { token: fc.string(), offsetInMilliseconds: fc.integer(), error: fc.jsonValue() },
  ),
  withType('Connections.Response', {
    name: fc.constantFrom('Buy', 'Upsell', 'AskFor'),
    status: fc.jsonValue(),
    payload: fc.jsonValue(),
    token: fc.string(),
  }),
  withType('System.ExceptionEncountered', {
    error: fc.record({ type: fc.constantFrom('INVALID_RESPONSE', 'INTERNAL_ERROR'), message: fc.string() }),
    cause: fc.record({ requestId: fc.string() }),
  }),
  // Request types nobody has heard of yet.
  withType(fc.stringMatching(/^[A-Z][A-Za-z]{1,12}(\.[A-Z][A-Za-z]{1,12}){0,2}$/), { payload: fc.jsonValue() }),
);

/** Structurally valid envelopes for `applicationId`, calling only the loopback `endpoints`. */
export function envelopeArb(endpoints: Endpoints, applicationId: string): fc.Arbitrary<RequestEnvelope> {
  const session = fc.record(
    {
      new: fc.boolean(),
      sessionId: fc.uuid().map((u) => `amzn1.echo-api.session.${u}`),
      application: fc.constant({ applicationId }),
      user: fc.constant({ userId: 'amzn1.ask.account.FUZZ' }),
      attributes: sessionAttributes,
    },
    { requiredKeys: ['sessionId'] },
  );
  return (
    fc
      .record(
        {
          version: fc.constant('1.0'),
          session,
          context: fc.record(
            { System: systemArb(endpoints, applicationId), Viewport: fc.jsonValue() },
            { requiredKeys: ['System'] },
          ),
          request,
        },
        { requiredKeys: ['context', 'request'] },
      )
      // As Lambda hands it over: parsed JSON.
      .map((e) => JSON.parse(JSON.stringify(e)) as RequestEnvelope)
  );
}

/** An envelope being broken: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
export type Corruption = (e: Loose) => unknown;

/** Ways to break an envelope's structure (each must be rejected). */
export const corruption: fc.Arbitrary<[string, Corruption]> = fc.oneof(
  fc.constant<[string, Corruption]>(['not an object', () => 'LaunchRequest']),
  fc
    .jsonValue()
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
    .map((v) => ['a JSON value', () => v] as [string, Corruption]),
  fc.constant<[string, Corruption]>(['no request', (e) => ({ ...e, request: undefined })]),
  fc
    .jsonValue()
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
    .map((v) => ['request not an object', (e: Loose) => ({ ...e, request: v })] as [string, Corruption]),
  fc
    .oneof(fc.integer(), fc.constant(''), fc.constant(null), fc.boolean())
    .map((v) => ['request.type', (e: Loose) => ({ ...e, request: { ...e.request, type: v } })] as [string, Corruption]),
  fc.constant<[string, Corruption]>(['request.requestId', (e) => ({ ...e, request: { ...e.request, requestId: 42 } })]),
  fc.constant<[string, Corruption]>([
    'request.locale',
    (e) => ({ ...e, request: { ...e.request, locale: ['en-US'] } }),
  ]),
  fc
    .oneof(
      fc.constant(undefined),
      fc.constant('SideEffectsIntent'),
      fc.constant({ name: 7 }),
      fc.constant({ slots: {} }),
      fc.constant({ name: 'X', slots: [] }),
      fc.constant({ name: 'X', slots: { a: { value: 5 } } }),
    )
    .map(
      (intentValue) =>
        [
          'request.intent',
          (e: Loose) => ({ ...e, request: { ...e.request, type: 'IntentRequest', intent: intentValue } }),
        ] as [string, Corruption],
    ),
  fc.constant<[string, Corruption]>(['no context', (e) => ({ ...e, context: undefined })]),
  fc.constant<[string, Corruption]>(['context.System', (e) => ({ ...e, context: { System: 'System' } })]),
  fc.constant<[string, Corruption]>([
    'applicationId',
    (e) => ({ ...e, context: { System: { ...e.context.System, application: { applicationId: 12 } } } }),
  ]),
  fc.constant<[string, Corruption]>([
    'user',
    (e) => ({ ...e, context: { System: { ...e.context.System, user: 'me' } } }),
  ]),
  fc.constant<[string, Corruption]>([
    'device',
    (e) => ({ ...e, context: { System: { ...e.context.System, device: { supportedInterfaces: [] } } } }),
  ]),
  fc.constant<[string, Corruption]>([
    'apiEndpoint',
    (e) => ({ ...e, context: { System: { ...e.context.System, apiEndpoint: 443 } } }),
  ]),
  fc.constant<[string, Corruption]>(['session', (e) => ({ ...e, session: 'abc' })]),
  fc.constant<[string, Corruption]>([
    'session.sessionId',
    (e) => ({ ...e, session: { ...e.session, sessionId: undefined } }),
  ]),
  fc.constant<[string, Corruption]>([
    'session.attributes',
    (e) => ({ ...e, session: { sessionId: 's', ...e.session, attributes: 'x' } }),
  ]),
  fc.constant<[string, Corruption]>([
    'arguments',
    (e) => ({ ...e, request: { ...e.request, type: 'Alexa.Presentation.APL.UserEvent', arguments: { 0: 'x' } } }),
  ]),
);
