/**
 * What the skill writes to its logs: one structured line per request (request id, type, intent,
 * outcome, latency) carrying the request's metrics in CloudWatch Embedded Metric Format, and
 * never any personal data: across a whole run of varied requests (conversations, texting that
 * succeeds and fails, screens, rejected events, thousands of generated envelopes) no line holds
 * the phone number, the user or device id, an access or consent token, a session id or anything
 * the listener said.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import * as reply from '../lambda/reply';
import { describeError } from '../lambda/log';
import { METRICS_NAMESPACE, textingOutcomes } from '../lambda/metrics';
import { createSkill } from '../lambda/skill';
import { Conversation } from '../tools/alexa/conversation';
import { intentRequest, launchRequest, sessionEndedRequest } from '../tools/alexa/requests';
import { envelopeArb } from './support/envelopes';
import { captureLogs, phoneNumberLeaks, type LogCapture } from './support/logCapture';
import { deadEndpoint, ProfileStandin, SnsStandin } from './support/standins';

const SKILL_ID = 'amzn1.ask.skill.0b5e7ab1-e000-4000-8000-00000000cafe';
const PHONE = '+16095550142';
const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';
/** Distinctive personal values: none may appear in any log line. */
const USER = 'amzn1.ask.account.PRIVATEUSERIDXQZJ';
const DEVICE = 'amzn1.ask.device.PRIVATEDEVICEIDWKV';
const ACCESS_TOKEN = 'PRIVATE-API-ACCESS-TOKEN-HHJ';
const CONSENT_TOKEN = 'PRIVATE-CONSENT-TOKEN-MMB';
const SAID = 'PRIVATE-UTTERANCE-TTR';
const SESSION = 'amzn1.echo-api.session.PRIVATESESSIONIDQ';

const skill = createSkill({ skillId: SKILL_ID });
const handle = (event: RequestEnvelope) => skill.invoke(event);
let profile: ProfileStandin;
let sns: SnsStandin;
let logs: LogCapture;
const originalEnv = { ...process.env };

beforeAll(async () => {
  [profile, sns] = await Promise.all([ProfileStandin.start(), SnsStandin.start()]);
  profile.hasNumber(PHONE);
});
afterAll(async () => {
  process.env = { ...originalEnv };
  await Promise.all([profile.close(), sns.close()]);
});
beforeEach(() => {
  process.env = {
    ...originalEnv,
    LOG_LEVEL: 'debug',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'standin',
    AWS_SECRET_ACCESS_KEY: 'standin',
    AWS_ENDPOINT_URL_SNS: sns.url,
    SMS_PROVIDER: 'sns',
    SKILL_STORE: 'memory',
    PROFILE_TIMEOUT_MS: '300',
    SMS_TIMEOUT_MS: '300',
    TURN_BUDGET_MS: '900',
  };
  sns.answerWith = { kind: 'accept' };
  logs = captureLogs();
});
afterEach(() => logs.restore());

function listener(options: { screen?: boolean; apiEndpoint?: string; userId?: string } = {}): Conversation {
  return new Conversation(handle, {
    applicationId: SKILL_ID,
    userId: options.userId ?? USER,
    deviceId: DEVICE,
    apiAccessToken: ACCESS_TOKEN,
    apiEndpoint: options.apiEndpoint ?? profile.url,
    grantedScopes: [MOBILE_NUMBER_SCOPE],
    screen: options.screen,
  });
}

/** Personal values found in the captured lines (with the line), for a readable failure. */
function leaks(extra: string[] = []): string[] {
  const found = phoneNumberLeaks(logs.lines, PHONE);
  for (const secret of [USER, DEVICE, ACCESS_TOKEN, CONSENT_TOKEN, SAID, SESSION, ...extra]) {
    for (const line of logs.lines) if (line.includes(secret)) found.push(`${secret} in ${line}`);
  }
  return found;
}

function requestLines(): Array<Record<string, unknown>> {
  return logs.entries().filter((e) => e.event === 'request');
}

describe('no personal data in any log line', () => {
  test('a whole run: conversations, texting sent / refused / failed, screens, odd and rejected requests', async () => {
    const c = listener({ screen: true });
    for (const said of [
      'open baclofen guide',
      'what are the side effects',
      'yes',
      'more',
      'is it addictive',
      'i took too many pills',
      'text me the number',
      'yes',
      'repeat',
      'help',
      'stop',
    ]) {
      await c.say(said);
    }
    // Texting that fails in every way: profile API down, SNS rejecting, the daily limit.
    const down = listener({ apiEndpoint: await deadEndpoint() });
    await down.say('text me the number');
    sns.answerWith = { kind: 'error', status: 400, code: 'InvalidParameter' };
    const rejected = listener();
    await rejected.say('text me the number');
    await rejected.say('yes');
    process.env.SMS_DAILY_LIMIT = '0';
    await listener().say('text me the number');

    // Slot values, an unknown intent and a session that ended in error, all carrying what was said.
    const opts = {
      applicationId: SKILL_ID,
      userId: USER,
      deviceId: DEVICE,
      apiAccessToken: ACCESS_TOKEN,
      apiEndpoint: profile.url,
      permissions: { consentToken: CONSENT_TOKEN, scopes: { [MOBILE_NUMBER_SCOPE]: { status: 'GRANTED' as const } } },
      session: { sessionId: SESSION, new: false },
    };
    await handle(intentRequest('EmergencyIntent', { person: `${SAID} call 609-555-0142` }, opts));
    await handle(intentRequest(`Unknown${'Intent'}`, { query: SAID }, opts));
    const ended = sessionEndedRequest('ERROR', opts);
    (ended.request as { error?: unknown }).error = { type: 'INVALID_RESPONSE', message: `${SAID} 6095550142` };
    await handle(ended);
    // Rejected: another skill's request and a malformed one (the body is never logged).
    await handle(launchRequest({ ...opts, applicationId: 'amzn1.ask.skill.another-skill' })).catch(() => undefined);
    await handle({ ...launchRequest(opts), context: undefined } as unknown as RequestEnvelope).catch(() => undefined);

    expect(requestLines().length).toBeGreaterThan(15);
    expect(leaks()).toEqual([]);
  });

  test('2000 generated envelopes carrying personal values in every field that can hold them', async () => {
    const dead = await deadEndpoint();
    await fc.assert(
      fc.asyncProperty(envelopeArb({ profile: profile.url, dead }, SKILL_ID), async (event) => {
        // Personal values where Alexa puts them; what was said in every slot; a phone number
        // in the request id (never logged as given).
        const system = event.context.System;
        system.user = { userId: USER, permissions: { consentToken: CONSENT_TOKEN } };
        system.device = {
          ...system.device,
          deviceId: DEVICE,
          supportedInterfaces: system.device?.supportedInterfaces ?? {},
        };
        system.apiAccessToken = ACCESS_TOKEN;
        if (event.session) event.session = { ...event.session, sessionId: SESSION, user: { userId: USER } };
        if (event.request.type === 'IntentRequest') {
          for (const slot of Object.values(event.request.intent.slots ?? {})) slot.value = `${SAID} ${PHONE}`;
        }
        if (event.request.requestId.length < 12) event.request.requestId = `amzn1.call.${PHONE}`;
        await handle(event).catch(() => undefined);
      }),
      { numRuns: 2000 },
    );
    expect(requestLines().length).toBeGreaterThan(1500);
    expect(leaks()).toEqual([]);
  });
});

describe('request ids', () => {
  const REAL = 'amzn1.echo-api.request.6919844a-733e-4e89-893a-fdcb77e2ef0d';
  /** Request ids a forger (or a broken caller) could send, each carrying something personal. */
  const FORGED = [
    'amzn1.ask.account.XYZFORGEDUSERID',
    `amzn1.echo-api.request.${'amzn1.ask.account.XYZFORGEDUSERID'}`,
    'amzn1.echo-api.request.XYZFORGEDUSERIDAEHQ6ZK3ODMBLWJ5VQ2N4Y',
    `amzn1.echo-api.request.6919844a-733e-4e89-893a-fdcb77e2ef0d-${'6095550142'}`,
    'amzn1.call.6095550142',
    'amzn1.echo-api.request.6095550142',
  ];

  test.each(FORGED)('%s is never logged as it is, on any path', async (requestId) => {
    const opts = {
      applicationId: SKILL_ID,
      userId: USER,
      apiAccessToken: ACCESS_TOKEN,
      apiEndpoint: await deadEndpoint(),
      permissions: { consentToken: CONSENT_TOKEN, scopes: { [MOBILE_NUMBER_SCOPE]: { status: 'GRANTED' as const } } },
      requestId,
    };
    // Answered; answered after normalising; texting (profile lookup that fails); refused twice.
    await handle(intentRequest('SideEffectsIntent', {}, opts));
    const odd = intentRequest('EmergencyIntent', {}, opts) as unknown as { request: Record<string, unknown> };
    odd.request.timestamp = null;
    await handle(odd as unknown as RequestEnvelope);
    await handle(intentRequest('TextNumberIntent', {}, opts));
    await handle(launchRequest({ ...opts, applicationId: 'amzn1.ask.skill.another-skill' })).catch(() => undefined);
    await handle({ ...launchRequest(opts), context: null } as unknown as RequestEnvelope).catch(() => undefined);

    const withIds = logs.entries().filter((e) => 'requestId' in e);
    expect(withIds.map((e) => e.event)).toEqual(
      expect.arrayContaining(['request', 'requestNormalised', 'profileLookup', 'requestRejected']),
    );
    for (const entry of withIds) expect(entry.requestId).toBe('(not an id)');
    expect(logs.lines.filter((line) => line.includes('XYZFORGED') || line.includes('6095550142'))).toEqual([]);
  });

  test("Alexa's own request ids are logged as they are", async () => {
    await handle(launchRequest({ applicationId: SKILL_ID, requestId: REAL }));
    await handle(launchRequest({ applicationId: 'amzn1.ask.skill.another-skill', requestId: REAL })).catch(
      () => undefined,
    );
    expect(logs.entries().filter((e) => e.event === 'request' || e.event === 'requestRejected')).toEqual([
      expect.objectContaining({ event: 'request', requestId: REAL }),
      expect.objectContaining({ event: 'requestRejected', requestId: REAL }),
    ]);
  });
});

describe('one line per request', () => {
  test('request id, type, intent, locale, outcome and latency', async () => {
    const event = intentRequest('SideEffectsIntent', {}, { applicationId: SKILL_ID, locale: 'en-GB' });
    await handle(event);
    expect(requestLines()).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'request',
        requestId: event.request.requestId,
        requestType: 'IntentRequest',
        intent: 'SideEffectsIntent',
        locale: 'en-GB',
        outcome: 'topic:sideEffects',
        ms: expect.any(Number),
      }),
    ]);
  });

  test('a request the error handler answered is logged too, as an error', async () => {
    jest.spyOn(reply, 'respond').mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    const response = await handle(launchRequest({ applicationId: SKILL_ID }));
    expect(response.response.reprompt).toBeDefined();
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'handlerError', errorName: 'TypeError' }));
    expect(requestLines()).toEqual([expect.objectContaining({ outcome: 'error', Errors: 1 })]);
  });

  test('if even the error handler fails, the listener still hears an apology', async () => {
    jest.spyOn(reply, 'respond').mockImplementation(() => {
      throw new TypeError('boom');
    });
    try {
      const response = await handle(launchRequest({ applicationId: SKILL_ID }));
      expect((response.response.outputSpeech as { ssml: string }).ssml).toContain('Sorry, something went wrong');
      expect(response.response.shouldEndSession).toBe(false);
      expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'invokeError', level: 'error' }));
    } finally {
      jest.restoreAllMocks();
    }
  });
});

/** Checks one log line against the EMF specification; returns what is wrong. */
function emfProblems(line: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const aws = line._aws as { Timestamp?: unknown; CloudWatchMetrics?: unknown } | undefined;
  if (typeof aws !== 'object' || aws === null) return ['no _aws object'];
  if (!Number.isInteger(aws.Timestamp) || Math.abs((aws.Timestamp as number) - Date.now()) > 60_000) {
    problems.push('_aws.Timestamp is not now in epoch milliseconds');
  }
  if (!Array.isArray(aws.CloudWatchMetrics) || aws.CloudWatchMetrics.length === 0)
    return [...problems, 'no directives'];
  for (const directive of aws.CloudWatchMetrics as Array<Record<string, unknown>>) {
    if (typeof directive.Namespace !== 'string' || !/^[^:]{1,255}$/.test(directive.Namespace)) {
      problems.push('bad Namespace');
    }
    const dimensions = directive.Dimensions as unknown;
    if (!Array.isArray(dimensions) || dimensions.length === 0) problems.push('Dimensions must be a non-empty array');
    for (const set of (dimensions as unknown[]) ?? []) {
      if (!Array.isArray(set) || set.length > 30) problems.push('a DimensionSet must be an array of at most 30 keys');
      for (const key of (set as unknown[]) ?? []) {
        if (typeof line[key as string] !== 'string') problems.push(`dimension ${String(key)} has no string value`);
      }
    }
    const metrics = directive.Metrics as unknown;
    if (!Array.isArray(metrics) || metrics.length === 0 || metrics.length > 100) problems.push('bad Metrics');
    for (const metric of (metrics as Array<Record<string, unknown>>) ?? []) {
      if (typeof metric.Name !== 'string' || metric.Name.length === 0) problems.push('metric without Name');
      if (typeof line[metric.Name as string] !== 'number') problems.push(`metric ${String(metric.Name)} has no number`);
      if (metric.Unit !== undefined && !['Count', 'Milliseconds'].includes(metric.Unit as string)) {
        problems.push(`unexpected Unit ${String(metric.Unit)}`);
      }
    }
  }
  return problems;
}

describe('metrics in Embedded Metric Format', () => {
  async function metricsOf(event: RequestEnvelope): Promise<Record<string, unknown>> {
    const before = logs.lines.length;
    await handle(event).catch(() => undefined);
    const lines = logs.lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    const withMetrics = lines.filter((l) => '_aws' in l);
    expect(withMetrics).toHaveLength(1);
    expect(emfProblems(withMetrics[0])).toEqual([]);
    return withMetrics[0];
  }
  const opts = { applicationId: SKILL_ID, apiEndpoint: '', userId: USER };

  test("every request line is a valid EMF document in the skill's namespace, with every counter", async () => {
    const line = await metricsOf(launchRequest(opts));
    const directives = (line._aws as { CloudWatchMetrics: Array<{ Namespace: string; Metrics: { Name: string }[] }> })
      .CloudWatchMetrics;
    expect(directives.map((d) => d.Namespace)).toEqual([METRICS_NAMESPACE]);
    expect(directives[0].Metrics.map((m) => m.Name)).toEqual([
      'Requests',
      'Errors',
      'Emergencies',
      'TextsSent',
      'TextsRefused',
      'TextsFailed',
      'Latency',
    ]);
    expect(line).toMatchObject({ Service: 'baclofen-guide', Requests: 1, Errors: 0, Emergencies: 0, TextsSent: 0 });
  });

  test('answers per topic', async () => {
    const line = await metricsOf(intentRequest('WithdrawalIntent', {}, opts));
    expect(line).toMatchObject({ Topic: 'withdrawal', Answers: 1, Emergencies: 0 });
    const directives = (line._aws as { CloudWatchMetrics: Array<{ Dimensions: string[][] }> }).CloudWatchMetrics;
    expect(directives[1].Dimensions).toEqual([['Service', 'Topic']]);
  });

  test.each([
    ['EmergencyIntent', { Emergencies: 1 }],
    ['SelfHarmIntent', { Emergencies: 1 }],
    ['HelpLineNumberIntent', { Emergencies: 0, TextsSent: 0 }],
  ])('%s', async (intent, expected) => {
    const line = await metricsOf(intentRequest(intent, {}, opts));
    expect(line).toMatchObject(expected);
    expect(line).not.toHaveProperty('Topic');
  });

  test('texts sent, refused and failed', async () => {
    // Listeners of their own: earlier tests (and the generated envelopes) may have used up USER's
    // daily texts in the shared memory store.
    const c = listener({ userId: `${USER}.metrics.sent` });
    await c.say('text me the number');
    await c.say('yes');
    sns.answerWith = { kind: 'stall' };
    const failing = listener({ userId: `${USER}.metrics.failed` });
    await failing.say('text me the number');
    await failing.say('yes');
    process.env.SMS_DAILY_LIMIT = '0';
    await listener().say('text me the number');
    const outcomes = requestLines().map((l) => [l.outcome, l.TextsSent, l.TextsRefused, l.TextsFailed]);
    expect(outcomes).toEqual([
      ['texting:confirm', 0, 0, 0],
      ['texting:sent', 1, 0, 0],
      ['texting:confirm', 0, 0, 0],
      ['texting:sendUncertain', 0, 0, 1],
      ['texting:off', 0, 1, 0],
    ]);
    for (const line of requestLines()) expect(emfProblems(line)).toEqual([]);
  });

  test('rejected requests: Rejected by Reason', async () => {
    const line = await metricsOf(launchRequest({ ...opts, applicationId: 'amzn1.ask.skill.someone-else' }));
    expect(line).toMatchObject({ event: 'requestRejected', Rejected: 1, Reason: 'skillId' });
    expect(line).not.toHaveProperty('Requests');
  });

  test('every outcome of the texting flow counts as sent, refused, failed or a step', () => {
    const flow = readFileSync(resolve(__dirname, '../lambda/texting/flow.ts'), 'utf8');
    const used = [...new Set([...flow.matchAll(/'(texting:[A-Za-z]+)'/g)].map((m) => m[1]))];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((outcome) => !(outcome in textingOutcomes))).toEqual([]);
  });

  test('metrics go out at every LOG_LEVEL but silent; below info, on a line of their own', async () => {
    process.env.LOG_LEVEL = 'warn';
    const line = await metricsOf(intentRequest('WithdrawalIntent', {}, opts));
    expect(line).toMatchObject({ event: 'metrics', Answers: 1 });
    expect(line).not.toHaveProperty('requestId');
    process.env.LOG_LEVEL = 'silent';
    const before = logs.lines.length;
    await handle(intentRequest('WithdrawalIntent', {}, opts));
    expect(logs.lines.length).toBe(before);
  });
});

describe('error messages in logs', () => {
  test('mask digit runs a library may quote (a phone number in any spelling), keep the rest', () => {
    for (const spelled of ['+16095550142', '609-555-0142', '(609) 555-0142', '6095550142']) {
      const described = describeError(new Error(`Invalid parameter: PhoneNumber ${spelled} is not reachable`));
      expect(phoneNumberLeaks([JSON.stringify(described)], PHONE)).toEqual([]);
      expect(described.errorMessage).toBe('Invalid parameter: PhoneNumber <digits> is not reachable');
    }
    expect(describeError(new Error('HTTP 503 after 2 attempts')).errorMessage).toBe('HTTP 503 after 2 attempts');
  });
});
