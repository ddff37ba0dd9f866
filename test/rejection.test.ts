/**
 * Requests the skill must not answer: events for another skill (SKILL_ID) and events it cannot
 * dispatch (no request or request type, no context.System or application id, an IntentRequest
 * without an intent name). Both are refused before dispatch with a `Skill.Request Error`, logged
 * on one line without the body, and nothing is sent anywhere. Everything else is answered:
 * `null` tokens, `[]` slots and other harmless oddities mean "absent", never a failed turn.
 */
import { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillHandler } from '../tools/alexa/conversation';
import { intentRequest, launchRequest } from '../tools/alexa/requests';
import { prompts } from '../content';
import { createSkill } from '../lambda/skill';
import { captureLogs, type LogCapture } from './support/logCapture';
import { ProfileStandin } from './support/standins';

const OUR_SKILL = 'amzn1.ask.skill.1d7f3c52-4a8e-4b1f-9c0d-2e6a5b4c3d21';
const OTHER_SKILL = 'amzn1.ask.skill.9b8a7c6d-5e4f-4321-8765-0fedcba98765';
const USER = 'amzn1.ask.account.REJECTIONTESTUSER';
const DEVICE = 'amzn1.ask.device.REJECTIONTESTDEVICE';
const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';
const originalEnv = { ...process.env };

let logs: LogCapture;
let profile: ProfileStandin;

beforeAll(async () => {
  profile = await ProfileStandin.start();
  profile.hasNumber('+16095550142');
});
afterAll(async () => {
  process.env = { ...originalEnv };
  await profile.close();
});
beforeEach(() => {
  process.env = { ...originalEnv, LOG_LEVEL: 'info', SKILL_STORE: 'memory', SMS_PROVIDER: 'outbox' };
  profile.requests.length = 0;
  logs = captureLogs();
});
afterEach(() => logs.restore());

/** The Lambda handler as a fresh container with `env` would load it (SKILL_ID is read at cold start). */
async function lambdaWith(env: Record<string, string | undefined>): Promise<SkillHandler> {
  Object.assign(process.env, env);
  let loaded: SkillHandler | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = (await import('../lambda')).handler as SkillHandler;
  });
  return loaded!;
}

function rejections(): Array<Record<string, unknown>> {
  return logs.entries().filter((e) => e.event === 'requestRejected');
}

describe('SKILL_ID', () => {
  test('a request for this skill is answered', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const reply = await handler(launchRequest({ applicationId: OUR_SKILL }));
    expect(reply.response.outputSpeech).toBeDefined();
    expect(rejections()).toEqual([]);
  });

  test('a request for another skill is rejected before dispatch: no answer, no outside call, one log line', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    // "text me the number" with the permission granted would call the profile API if dispatched.
    const event = intentRequest(
      'TextNumberIntent',
      {},
      {
        applicationId: OTHER_SKILL,
        userId: USER,
        deviceId: DEVICE,
        apiEndpoint: profile.url,
        permissions: { consentToken: 'token', scopes: { [MOBILE_NUMBER_SCOPE]: { status: 'GRANTED' } } },
      },
    );
    const failure = await handler(event).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'Skill.Request Error', reason: 'skillId' });
    expect(profile.requests).toHaveLength(0);

    const lines = logs.entries();
    expect(rejections()).toEqual([
      expect.objectContaining({
        level: 'warn',
        reason: 'skillId',
        requestId: event.request.requestId,
        requestType: 'IntentRequest',
        Rejected: 1,
      }),
    ]);
    // Nothing was dispatched: no request line, no handler ran.
    expect(lines.filter((l) => l.event === 'request')).toEqual([]);
    // Not the body: neither skill id, nor the user, nor the device.
    for (const secret of [OTHER_SKILL, OUR_SKILL, USER, DEVICE, 'TextNumberIntent']) {
      expect(logs.lines.join('\n')).not.toContain(secret);
    }
  });

  test('the session must be for this skill too', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const event = launchRequest({ applicationId: OUR_SKILL });
    event.session!.application.applicationId = OTHER_SKILL;
    await expect(handler(event)).rejects.toMatchObject({ name: 'Skill.Request Error', reason: 'skillId' });
  });

  test('unset, any skill id is answered (the local console, tests)', async () => {
    const handler = await lambdaWith({ SKILL_ID: undefined });
    const reply = await handler(launchRequest({ applicationId: OTHER_SKILL }));
    expect(reply.response.outputSpeech).toBeDefined();
  });

  test('a SKILL_ID that is not a skill id stops the cold start, naming the variable', async () => {
    await expect(lambdaWith({ SKILL_ID: 'baclofen-guide' })).rejects.toThrow(/SKILL_ID/);
  });

  test("ask-sdk's own check (withSkillId) is configured as a second line behind ours", async () => {
    const skill = createSkill({ skillId: OUR_SKILL });
    expect(skill.expectedSkillId).toBe(OUR_SKILL);
    expect(createSkill().expectedSkillId).toBeUndefined();
    // Skipping our check: ask-sdk's CustomSkill.invoke refuses the other skill's request by itself.
    const sdkInvoke = Skill.prototype.invoke;
    await expect(sdkInvoke.call(skill, launchRequest({ applicationId: OTHER_SKILL }))).rejects.toThrow(
      'CustomSkill ID verification failed',
    );
  });
});

describe('events that cannot be dispatched', () => {
  const valid = (): RequestEnvelope => intentRequest('SideEffectsIntent', {}, { apiEndpoint: profile.url });

  const cases: Array<[string, () => unknown, RegExp]> = [
    ['not an object', () => 'LaunchRequest', /not an object/],
    ['null', () => null, /not an object/],
    ['an array', () => [valid()], /not an object/],
    ['no request', () => ({ ...valid(), request: undefined }), /request is missing/],
    ['request null', () => ({ ...valid(), request: null }), /request is missing/],
    ['request not an object', () => ({ ...valid(), request: 'IntentRequest' }), /request must be an object/],
    ['no request type', () => ({ ...valid(), request: { ...valid().request, type: undefined } }), /request\.type/],
    ['request type null', () => ({ ...valid(), request: { ...valid().request, type: null } }), /request\.type/],
    ['request type a number', () => ({ ...valid(), request: { ...valid().request, type: 7 } }), /request\.type/],
    ['request type empty', () => ({ ...valid(), request: { ...valid().request, type: '' } }), /request\.type/],
    [
      'an intent request without intent',
      () => ({ ...valid(), request: { ...valid().request, intent: undefined } }),
      /request\.intent is missing/,
    ],
    [
      'an intent request with intent null',
      () => ({ ...valid(), request: { ...valid().request, intent: null } }),
      /request\.intent is missing/,
    ],
    [
      'an intent name that is not a string',
      () => ({ ...valid(), request: { ...valid().request, intent: { name: ['SideEffectsIntent'] } } }),
      /request\.intent\.name/,
    ],
    [
      'an intent name that is null',
      () => ({ ...valid(), request: { ...valid().request, intent: { name: null } } }),
      /request\.intent\.name is missing/,
    ],
    ['no context', () => ({ ...valid(), context: undefined }), /context is missing/],
    ['no context.System', () => ({ ...valid(), context: {} }), /context\.System is missing/],
    ['context.System null', () => ({ ...valid(), context: { System: null } }), /context\.System is missing/],
    [
      'no application',
      () => ({ ...valid(), context: { System: { ...valid().context.System, application: undefined } } }),
      /context\.System\.application is missing/,
    ],
    [
      'no application id',
      () => ({ ...valid(), context: { System: { ...valid().context.System, application: {} } } }),
      /applicationId is missing/,
    ],
    [
      'an application id that is null',
      () => ({ ...valid(), context: { System: { ...valid().context.System, application: { applicationId: null } } } }),
      /applicationId is missing/,
    ],
    [
      'an application id that is not a string',
      () => ({ ...valid(), context: { System: { ...valid().context.System, application: { applicationId: 12 } } } }),
      /applicationId must be a non-empty string/,
    ],
  ];

  test.each(cases)('%s: rejected with a Skill.Request Error that says what is wrong', async (_name, make, problem) => {
    const handler = await lambdaWith({ SKILL_ID: undefined });
    const failure = await handler(make() as RequestEnvelope).then(
      () => undefined,
      (err: unknown) => err,
    );
    // A fresh container's class: compare by name.
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'Skill.Request Error', reason: 'malformed' });
    expect((failure as Error).message).toMatch(problem);
    expect(rejections()).toEqual([expect.objectContaining({ reason: 'malformed', Rejected: 1, Reason: 'malformed' })]);
    expect(logs.entries().filter((l) => l.event === 'request')).toEqual([]);
    expect(profile.requests).toHaveLength(0);
  });

  test('a field hidden in a JSON __proto__ member does not count as there', async () => {
    const handler = await lambdaWith({ SKILL_ID: undefined });
    const event = JSON.parse(
      JSON.stringify(valid()).replace('"intent":', '"__proto__":{"intent":{"name":"EmergencyIntent"}},"other":'),
    ) as RequestEnvelope;
    await expect(handler(event)).rejects.toMatchObject({ reason: 'malformed', message: /request\.intent is missing/ });
  });

  test('the same events, well formed, are answered (the rule is on the shape, not the content)', async () => {
    const handler = await lambdaWith({ SKILL_ID: undefined });
    const reply = await handler(valid());
    expect(reply.response.outputSpeech).toBeDefined();
  });
});

describe('harmless oddities: answered as if the field were absent', () => {
  type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const sessionId = 'amzn1.echo-api.session.11111111-2222-4333-8444-555555555555';
  /** A request in the middle of a session (the disclaimer already given), for this skill. */
  const base = (name: string): Loose =>
    intentRequest(
      name,
      {},
      {
        applicationId: OUR_SKILL,
        userId: USER,
        deviceId: DEVICE,
        apiEndpoint: profile.url,
        apiAccessToken: 'token',
        session: { sessionId, new: false, attributes: { disclaimerGiven: true } },
      },
    ) as unknown as Loose;

  function speechOf(reply: ResponseEnvelope): string {
    return (reply.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  }

  /** Where an oddity sits, and what it is. */
  const oddities: Array<[string, string[], unknown]> = [
    ['session.attributes: null', ['session', 'attributes'], null],
    ['session.attributes: []', ['session', 'attributes'], []],
    ['context.System.apiAccessToken: null', ['context', 'System', 'apiAccessToken'], null],
    ['request.timestamp: null', ['request', 'timestamp'], null],
    ['context.System.user.accessToken: null', ['context', 'System', 'user', 'accessToken'], null],
    ['session.user.accessToken: null', ['session', 'user', 'accessToken'], null],
    ['context.System.device: null', ['context', 'System', 'device'], null],
    ['intent.slots: []', ['request', 'intent', 'slots'], []],
    ['intent.slots: null', ['request', 'intent', 'slots'], null],
    ['a slot value: null', ['request', 'intent', 'slots', 'topic', 'value'], null],
    ['context.System.user.permissions: []', ['context', 'System', 'user', 'permissions'], []],
    ['permissions.consentToken: null', ['context', 'System', 'user', 'permissions', 'consentToken'], null],
    ['device.supportedInterfaces: []', ['context', 'System', 'device', 'supportedInterfaces'], []],
    ['context.Viewport: []', ['context', 'Viewport'], []],
    ['request.locale: null', ['request', 'locale'], null],
    ['request.requestId: null', ['request', 'requestId'], null],
    ['request.locale: 1033', ['request', 'locale'], 1033],
    ['device.supportedInterfaces: "APL"', ['context', 'System', 'device', 'supportedInterfaces'], 'APL'],
    ['session.new: null', ['session', 'new'], null],
  ];

  /** The object at `path` (made if missing, or replaced if it is not an object). */
  function parentOf(e: Loose, path: string[]): Loose {
    let at = e;
    for (const key of path.slice(0, -1)) {
      if (typeof at[key] !== 'object' || at[key] === null || Array.isArray(at[key])) at[key] = {};
      at = at[key];
    }
    return at;
  }
  const setAt = (e: Loose, path: string[], value: unknown) => (parentOf(e, path)[path.at(-1)!] = value);
  const deleteAt = (e: Loose, path: string[]) => delete parentOf(e, path)[path.at(-1)!];

  test.each(oddities)('%s: the same answer as without the field, with SKILL_ID set', async (_name, path, value) => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const without = base('SideEffectsIntent');
    deleteAt(without, path);
    const expected = speechOf(await handler(without as RequestEnvelope));
    expect(expected).toContain('side effects');
    const event = base('SideEffectsIntent');
    setAt(event, path, value);
    const sent = JSON.stringify(event);
    const reply = await handler(event as RequestEnvelope);
    expect(speechOf(reply)).toBe(expected);
    expect(rejections()).toEqual([]);
    expect(logs.entries().filter((l) => l.event === 'handlerError' || l.event === 'invokeError')).toEqual([]);
    // The caller's event is left as it was: the skill dispatches a normalised copy.
    expect(JSON.stringify(event)).toBe(sent);
  });

  test('an EmergencyIntent full of nulls and empty lists is answered with 911', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const event = base('EmergencyIntent');
    for (const [, path, value] of oddities) setAt(event, path, value);
    const reply = await handler(event as RequestEnvelope);
    expect(speechOf(reply)).toContain('<say-as interpret-as="digits">911</say-as>');
    expect(rejections()).toEqual([]);
  });

  test('a request in the shape of older published samples (null tokens, null attributes) is answered', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const sample = {
      version: '1.0',
      session: {
        new: true,
        sessionId,
        application: { applicationId: OUR_SKILL },
        attributes: null,
        user: { userId: USER, accessToken: null },
      },
      context: {
        System: {
          application: { applicationId: OUR_SKILL },
          user: { userId: USER, accessToken: null, permissions: null },
          device: { deviceId: DEVICE, supportedInterfaces: {} },
          apiEndpoint: 'https://api.amazonalexa.com',
          apiAccessToken: null,
        },
      },
      request: {
        type: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.0000000-0000-0000-0000-00000000000',
        timestamp: null,
        locale: 'en-US',
      },
    };
    const reply = await handler(sample as unknown as RequestEnvelope);
    expect(prompts.launch.some((greeting) => speechOf(reply).includes(greeting))).toBe(true);
    expect(reply.response.reprompt).toBeDefined();
  });

  test('a request for another skill is refused whatever oddities it carries', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const event = base('EmergencyIntent');
    for (const [, path, value] of oddities) setAt(event, path, value);
    event.context.System.application = { applicationId: OTHER_SKILL };
    await expect(handler(event as RequestEnvelope)).rejects.toMatchObject({ reason: 'skillId' });
    // Only the session says another skill: refused too; a null there means no session application.
    const sessionOnly = base('EmergencyIntent');
    sessionOnly.session.application = { applicationId: OTHER_SKILL };
    await expect(handler(sessionOnly as RequestEnvelope)).rejects.toMatchObject({ reason: 'skillId' });
    const numeric = base('EmergencyIntent');
    numeric.session.application = { applicationId: 12 };
    await expect(handler(numeric as RequestEnvelope)).rejects.toMatchObject({ reason: 'skillId' });
    const nullSessionApp = base('EmergencyIntent');
    nullSessionApp.session.application = null;
    expect(speechOf(await handler(nullSessionApp as RequestEnvelope))).toContain('911');
  });

  test('a CanFulfillIntentRequest without an intent is answered NO, silently', async () => {
    const handler = await lambdaWith({ SKILL_ID: OUR_SKILL });
    const event = base('SideEffectsIntent');
    event.request = { type: 'CanFulfillIntentRequest', requestId: event.request.requestId, intent: null };
    delete event.session;
    const reply = await handler(event as RequestEnvelope);
    expect(reply.response.canFulfillIntent).toEqual({ canFulfill: 'NO' });
    expect(reply.response.outputSpeech).toBeUndefined();
  });
});
