/**
 * fast-check generators of Alexa request envelopes for property-based tests (test/fuzz.test.ts,
 * test/observability.test.ts): structurally valid ones of every kind, odd in every way the
 * envelope allows, and ways to break an envelope's structure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { prompts, topics } from '../../content';
import * as texting from '../../content/texting';

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

/**
 * Ways to break an envelope so that it cannot be dispatched (each must be refused): not an
 * object, no request or no request type, no context.System or no application id, an
 * IntentRequest without an intent name. `null` counts as missing.
 */
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
    .oneof(fc.integer(), fc.constant(''), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant([]))
    .map((v) => ['request.type', (e: Loose) => ({ ...e, request: { ...e.request, type: v } })] as [string, Corruption]),
  fc
    .oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant('SideEffectsIntent'),
      fc.constant([{ name: 'EmergencyIntent' }]),
      fc.constant({ name: 7 }),
      fc.constant({ name: null }),
      fc.constant({ name: '' }),
      fc.constant({ slots: {} }),
    )
    .map(
      (intentValue) =>
        [
          'request.intent',
          (e: Loose) => ({ ...e, request: { ...e.request, type: 'IntentRequest', intent: intentValue } }),
        ] as [string, Corruption],
    ),
  fc
    .constantFrom(undefined, null, 'context', [])
    .map((v) => ['context', (e: Loose) => ({ ...e, context: v })] as [string, Corruption]),
  fc
    .constantFrom(undefined, null, 'System', [])
    .map(
      (v) => ['context.System', (e: Loose) => ({ ...e, context: { ...e.context, System: v } })] as [string, Corruption],
    ),
  fc
    .constantFrom(undefined, null, 'amzn1.ask.skill.x', [])
    .map(
      (v) =>
        [
          'context.System.application',
          (e: Loose) => ({ ...e, context: { ...e.context, System: { ...e.context.System, application: v } } }),
        ] as [string, Corruption],
    ),
  fc.constantFrom(undefined, null, 12, '', {}).map(
    (v) =>
      [
        'applicationId',
        (e: Loose) => ({
          ...e,
          context: { ...e.context, System: { ...e.context.System, application: { applicationId: v } } },
        }),
      ] as [string, Corruption],
  ),
);

/**
 * Harmless oddities: what Alexa's own samples, older devices and hand-written test events do
 * that the envelope's types do not strictly allow, and that carry nothing the skill needs.
 * `null` where a field is optional (older published samples carry `null` tokens), `[]` where an
 * optional object belongs, and an optional field of another type. Each one means "absent": the
 * request must be answered as if the field were not there.
 *
 * Each oddity changes `e` in place and says whether it applied (a field of another request type,
 * or under a part the envelope does not have, is left alone).
 */
type Oddity = [string, (e: Loose) => boolean];

function set(parent: Loose | undefined, key: string, value: unknown): boolean {
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return false;
  parent[key] = value;
  return true;
}

/** The object at `path` under `e`, made if missing (so an oddity can sit under a part the generator left out). */
function ensure(e: unknown, ...path: string[]): Loose | undefined {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return undefined;
  let at = e as Loose;
  for (const key of path) {
    if (typeof at[key] !== 'object' || at[key] === null || Array.isArray(at[key])) at[key] = {};
    at = at[key];
  }
  return at;
}

const hasIntent = (e: Loose): boolean => typeof e.request.intent === 'object' && e.request.intent !== null;
const firstSlot = (e: Loose): Loose | undefined => {
  const slots = hasIntent(e) ? e.request.intent.slots : undefined;
  const key = slots && typeof slots === 'object' ? Object.keys(slots)[0] : undefined;
  return key === undefined ? undefined : slots[key];
};

const NULL_ODDITIES: Oddity[] = [
  ['session.attributes: null', (e) => set(e.session, 'attributes', null)],
  ['context.System.apiAccessToken: null', (e) => set(e.context.System, 'apiAccessToken', null)],
  ['request.timestamp: null', (e) => set(e.request, 'timestamp', null)],
  ['context.System.user.accessToken: null', (e) => set(ensure(e, 'context', 'System', 'user'), 'accessToken', null)],
  ['session.user.accessToken: null', (e) => set(ensure(e.session, 'user'), 'accessToken', null)],
  ['context.System.device: null', (e) => set(e.context.System, 'device', null)],
  ['context.System.user: null', (e) => set(e.context.System, 'user', null)],
  ['context.System.user.permissions: null', (e) => set(ensure(e, 'context', 'System', 'user'), 'permissions', null)],
  [
    'permissions.consentToken: null',
    (e) => set(ensure(e, 'context', 'System', 'user', 'permissions'), 'consentToken', null),
  ],
  ['permissions.scopes: null', (e) => set(ensure(e, 'context', 'System', 'user', 'permissions'), 'scopes', null)],
  ['context.System.device.deviceId: null', (e) => set(ensure(e, 'context', 'System', 'device'), 'deviceId', null)],
  [
    'device.supportedInterfaces: null',
    (e) => set(ensure(e, 'context', 'System', 'device'), 'supportedInterfaces', null),
  ],
  [
    'supportedInterfaces[APL]: null',
    (e) => set(ensure(e, 'context', 'System', 'device', 'supportedInterfaces'), 'Alexa.Presentation.APL', null),
  ],
  ['context.System.apiEndpoint: null', (e) => set(e.context.System, 'apiEndpoint', null)],
  ['context.Viewport: null', (e) => set(e.context, 'Viewport', null)],
  ['request.locale: null', (e) => set(e.request, 'locale', null)],
  ['request.requestId: null', (e) => set(e.request, 'requestId', null)],
  ['version: null', (e) => set(e, 'version', null)],
  ['session: null', (e) => set(e, 'session', null)],
  ['session.new: null', (e) => set(e.session, 'new', null)],
  ['session.sessionId: null', (e) => set(e.session, 'sessionId', null)],
  ['session.user: null', (e) => set(e.session, 'user', null)],
  ['session.application: null', (e) => set(e.session, 'application', null)],
  ['request.dialogState: null', (e) => hasIntent(e) && set(e.request, 'dialogState', null)],
  ['intent.confirmationStatus: null', (e) => hasIntent(e) && set(e.request.intent, 'confirmationStatus', null)],
  ['intent.slots: null', (e) => hasIntent(e) && set(e.request.intent, 'slots', null)],
  [
    'a slot: null',
    (e) =>
      hasIntent(e) && set(ensure(e.request.intent, 'slots'), Object.keys(e.request.intent.slots ?? {})[0] ?? 'x', null),
  ],
  ['slot.value: null', (e) => set(firstSlot(e), 'value', null)],
  ['slot.resolutions: null', (e) => set(firstSlot(e), 'resolutions', null)],
  ['request.reason: null', (e) => e.request.type === 'SessionEndedRequest' && set(e.request, 'reason', null)],
  ['request.error: null', (e) => e.request.type === 'SessionEndedRequest' && set(e.request, 'error', null)],
  ['request.cause: null', (e) => e.request.type === 'SessionResumedRequest' && set(e.request, 'cause', null)],
  [
    'request.arguments: null',
    (e) => e.request.type === 'Alexa.Presentation.APL.UserEvent' && set(e.request, 'arguments', null),
  ],
];

const ARRAY_ODDITIES: Oddity[] = [
  ['session.attributes: []', (e) => set(e.session, 'attributes', [])],
  ['intent.slots: []', (e) => hasIntent(e) && set(e.request.intent, 'slots', [])],
  ['context.System.user.permissions: []', (e) => set(ensure(e, 'context', 'System', 'user'), 'permissions', [])],
  ['permissions.scopes: []', (e) => set(ensure(e, 'context', 'System', 'user', 'permissions'), 'scopes', [])],
  ['device.supportedInterfaces: []', (e) => set(ensure(e, 'context', 'System', 'device'), 'supportedInterfaces', [])],
  ['context.Viewport: []', (e) => set(e.context, 'Viewport', [])],
  ['context.System.device: []', (e) => set(e.context.System, 'device', [])],
  ['context.System.user: []', (e) => set(e.context.System, 'user', [])],
];

/** An optional field of another type: nothing the skill could use, so it is as good as absent. */
const WRONG_TYPE_ODDITIES: Oddity[] = [
  ['request.locale: 1033', (e) => set(e.request, 'locale', 1033)],
  ['request.timestamp: epoch number', (e) => set(e.request, 'timestamp', 1714567890)],
  ['request.requestId: 42', (e) => set(e.request, 'requestId', 42)],
  ['context.System.apiEndpoint: 443', (e) => set(e.context.System, 'apiEndpoint', 443)],
  ['context.System.apiAccessToken: {}', (e) => set(e.context.System, 'apiAccessToken', {})],
  ['context.System.user: "me"', (e) => set(e.context.System, 'user', 'me')],
  ['user.userId: 7', (e) => set(ensure(e, 'context', 'System', 'user'), 'userId', 7)],
  [
    'device.supportedInterfaces: "APL"',
    (e) => set(ensure(e, 'context', 'System', 'device'), 'supportedInterfaces', 'APL'),
  ],
  ['session: "abc"', (e) => set(e, 'session', 'abc')],
  ['session.new: "true"', (e) => set(e.session, 'new', 'true')],
  ['session.attributes: "x"', (e) => set(e.session, 'attributes', 'x')],
  ['intent.slots: {a: "b"}', (e) => hasIntent(e) && set(e.request.intent, 'slots', { a: 'b' })],
  ['slot.value: 5', (e) => set(firstSlot(e), 'value', 5)],
  [
    'request.arguments: {0: "x"}',
    (e) => e.request.type === 'Alexa.Presentation.APL.UserEvent' && set(e.request, 'arguments', { 0: 'x' }),
  ],
];

export const HARMLESS_ODDITIES: readonly Oddity[] = [...NULL_ODDITIES, ...ARRAY_ODDITIES, ...WRONG_TYPE_ODDITIES];

/**
 * Structurally valid envelopes for `applicationId` with one to four harmless oddities each (at
 * least one of them applied), and the names of those applied.
 */
export function oddEnvelopeArb(
  endpoints: Endpoints,
  applicationId: string,
): fc.Arbitrary<{ oddities: string[]; event: RequestEnvelope }> {
  return fc
    .tuple(
      envelopeArb(endpoints, applicationId),
      fc.array(fc.constantFrom(...HARMLESS_ODDITIES), { minLength: 1, maxLength: 4 }),
    )
    .map(([valid, chosen]) => {
      const event = JSON.parse(JSON.stringify(valid)) as Loose;
      const oddities = chosen.filter(([, apply]) => apply(event)).map(([name]) => name);
      if (oddities.length === 0) {
        event.request.timestamp = null;
        oddities.push('request.timestamp: null');
      }
      return { oddities, event: event as RequestEnvelope };
    });
}

/** Values an independent probe puts in place of a field: none of them is personal, all are odd somewhere. */
const MUTANTS: unknown[] = [null, [], {}, '', 0, true, 'x'];

/** Every path in `value` (keys of objects, indexes of arrays), parents before children. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [[...prefix, key], ...pathsOf((value as Loose)[key], [...prefix, key])]);
}

/**
 * Valid envelopes with one field, anywhere in the envelope, replaced by one of MUTANTS: the way an
 * independent probe mutates requests. `path` names the field (`context.System.user.userId`).
 */
export function mutatedEnvelopeArb(
  endpoints: Endpoints,
  applicationId: string,
): fc.Arbitrary<{ path: string; mutant: unknown; event: RequestEnvelope }> {
  return fc
    .tuple(envelopeArb(endpoints, applicationId), fc.nat(), fc.constantFrom(...MUTANTS))
    .map(([valid, pick, mutant]) => {
      const event = JSON.parse(JSON.stringify(valid)) as Loose;
      const paths = pathsOf(event);
      const path = paths[pick % paths.length];
      let parent = event;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path.at(-1)!] = mutant;
      return { path: path.join('.'), mutant, event: event as RequestEnvelope };
    });
}
