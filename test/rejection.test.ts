/**
 * Requests the skill must not answer: events for another skill (SKILL_ID) and events that are
 * not Alexa request envelopes. Both are refused before dispatch with a `Skill.Request Error`,
 * logged on one line without the body, and nothing is sent anywhere.
 */
import { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SkillHandler } from '../tools/alexa/conversation';
import { intentRequest, launchRequest } from '../tools/alexa/requests';
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

describe('events that are not request envelopes', () => {
  const valid = (): RequestEnvelope => intentRequest('SideEffectsIntent', {}, { apiEndpoint: profile.url });

  const cases: Array<[string, () => unknown, RegExp]> = [
    ['not an object', () => 'LaunchRequest', /not an object/],
    ['null', () => null, /not an object/],
    ['an array', () => [valid()], /not an object/],
    ['no request', () => ({ ...valid(), request: undefined }), /request is missing/],
    ['request not an object', () => ({ ...valid(), request: 'IntentRequest' }), /request is missing or not an object/],
    ['no request type', () => ({ ...valid(), request: { ...valid().request, type: undefined } }), /request\.type/],
    ['request type a number', () => ({ ...valid(), request: { ...valid().request, type: 7 } }), /request\.type/],
    ['no request id', () => ({ ...valid(), request: { ...valid().request, requestId: '' } }), /request\.requestId/],
    [
      'an intent request without intent',
      () => ({ ...valid(), request: { ...valid().request, intent: undefined } }),
      /request\.intent/,
    ],
    [
      'an intent name that is not a string',
      () => ({ ...valid(), request: { ...valid().request, intent: { name: ['SideEffectsIntent'] } } }),
      /request\.intent\.name/,
    ],
    [
      'slots that are not objects',
      () => ({ ...valid(), request: { ...valid().request, intent: { name: 'SideEffectsIntent', slots: { a: 'b' } } } }),
      /slots/,
    ],
    ['a locale that is not a string', () => ({ ...valid(), request: { ...valid().request, locale: 1033 } }), /locale/],
    ['no context', () => ({ ...valid(), context: undefined }), /context is missing/],
    ['no context.System', () => ({ ...valid(), context: {} }), /context\.System/],
    [
      'no application id',
      () => ({ ...valid(), context: { System: { ...valid().context.System, application: {} } } }),
      /applicationId/,
    ],
    [
      'supportedInterfaces that is not an object',
      () => {
        const e = valid();
        (e.context.System.device as unknown as Record<string, unknown>).supportedInterfaces = 'APL';
        return e;
      },
      /supportedInterfaces/,
    ],
    ['a session that is not an object', () => ({ ...valid(), session: 'new' }), /session must be an object/],
    [
      'session attributes that are not an object',
      () => ({ ...valid(), session: { ...valid().session, attributes: [] } }),
      /session\.attributes/,
    ],
    [
      'screen event arguments that are not a list',
      () => ({
        ...valid(),
        request: { type: 'Alexa.Presentation.APL.UserEvent', requestId: 'amzn1.echo-api.request.x', arguments: 'x' },
      }),
      /arguments/,
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

  test('the same events, well formed, are answered (the rule is on the shape, not the content)', async () => {
    const handler = await lambdaWith({ SKILL_ID: undefined });
    const reply = await handler(valid());
    expect(reply.response.outputSpeech).toBeDefined();
  });
});
