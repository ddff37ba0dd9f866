/**
 * Texting the Summit Helps number, end to end through the Lambda handler, against loopback
 * stand-ins that speak the real protocols: the Alexa profile API (DefaultApiClient), SNS
 * awsQuery Publish and End User Messaging SendTextMessage (AWS SDK v3), DynamoDB (dynalite).
 * Nothing of the SDKs is mocked.
 *
 * Every test also checks that no log line carries the listener's phone number (afterEach).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { helpLine } from '../content';
import * as texting from '../content/texting';
import { handler } from '../lambda';
import { TEXT_NUMBER_AFTER_CONSENT } from '../lambda/texting/consentToken';
import { Conversation, stripSsml, type SkillHandler, type Turn } from '../tools/alexa/conversation';
import { intentRequest } from '../tools/alexa/requests';
import { certificationProblems } from './support/certification';
import { captureLogs, phoneNumberLeaks, type LogCapture } from './support/logCapture';
import {
  BlackHoleServer,
  deadEndpoint,
  DynamoDbProxy,
  TextingStandins,
  type DynamoItem,
  type DynamoDbStandin,
  type EndUserMessagingStandin,
  type ProfileStandin,
  type PutFault,
  type SnsStandin,
} from './support/standins';

const PHONE = '+16095550142';
const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';
const TABLE = 'baclofen-guide-texting-test';
/** What a listener hears when the provider may or may not have taken the text (5xx, timeout, reset). */
const MAY_OR_MAY_NOT_ARRIVE = 'the text may or may not arrive';
/** How the help-line number sounds once the SSML is stripped. */
const SPOKEN_HELP_LINE = helpLine.phoneDisplay;

let standins: TextingStandins;
let profile: ProfileStandin;
let sns: SnsStandin;
let eum: EndUserMessagingStandin;
let dynamo: DynamoDbStandin;
let logs: LogCapture;
let scratch: string;
const originalEnv = { ...process.env };
let userCounter = 0;

beforeAll(async () => {
  standins = await TextingStandins.start(TABLE);
  ({ profile, sns, eum, dynamo } = standins);
  scratch = await mkdtemp(join(tmpdir(), 'texting-test-'));
});

afterAll(async () => {
  process.env = { ...originalEnv };
  await standins?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  process.env = {
    ...originalEnv,
    LOG_LEVEL: 'info',
    ...standins.awsEnv(),
    PROFILE_TIMEOUT_MS: '300',
    SMS_TIMEOUT_MS: '400',
    STORE_TIMEOUT_MS: '600',
  };
  for (const name of [
    'SMS_DAILY_LIMIT',
    'SMS_ORIGINATION_NUMBER',
    'SMS_ORIGINATION_IDENTITY',
    'SMS_CONFIGURATION_SET',
  ]) {
    delete process.env[name];
  }
  standins.reset(PHONE);
  logs = captureLogs();
});

afterEach(() => {
  logs?.restore();
  // "No phone number in any log line in any test."
  expect(phoneNumberLeaks(logs.lines, PHONE)).toEqual([]);
});

type Listener = Conversation & { userId: string };

/**
 * A listener on a device. Each test gets a new listener (so daily counts do not mix) unless it
 * passes `userId` (the same person on a second device, or after a new Lambda container).
 */
function listener(
  options: { grantedScopes?: string[]; skill?: SkillHandler; userId?: string; screen?: boolean } = {},
): Listener {
  userCounter += 1;
  const userId =
    options.userId ??
    `amzn1.ask.account.TEXTINGTEST${'x'.repeat(4)}${String.fromCharCode(97 + (userCounter % 26))}${userCounter}`;
  const c = new Conversation(options.skill ?? handler, {
    apiEndpoint: profile.url,
    userId,
    grantedScopes: options.grantedScopes,
    screen: options.screen,
  });
  return Object.assign(c, { userId });
}

async function expectCertifiable(...turns: Turn[]): Promise<void> {
  for (const turn of turns) expect(await certificationProblems(turn.response)).toEqual([]);
}

/**
 * "text me the number" → (Alexa's consent prompt → "yes", ACCEPTED, unless already granted)
 * → the confirmation question.
 */
async function upToConfirmation(c: Conversation): Promise<Turn> {
  const needsConsent = !c.hasPermission(MOBILE_NUMBER_SCOPE);
  let confirm = await c.say('text me the number');
  if (needsConsent) {
    expect(confirm.connection?.token).toBe(TEXT_NUMBER_AFTER_CONSENT);
    confirm = await c.say('yes');
  }
  expect(confirm.speech).toContain('Should I text it to your phone ending in 42?');
  return confirm;
}

function expectNumberReadAloud(turn: Turn): void {
  expect(turn.speech.toLowerCase()).toContain(`the ${helpLine.name} number is ${SPOKEN_HELP_LINE}.`.toLowerCase());
  expect(turn.sessionOpen).toBe(true);
}

describe('a new listener asks for a text', () => {
  test('consent by voice, confirm, yes: exactly one SMS with their E.164 number and the help-line number', async () => {
    const c = listener();
    const launch = await c.say('open baclofen guide');

    // U: text me the number
    const asked = await c.say('text me the number');
    expect(asked.speech).toBe(texting.askPermission);
    expect(asked.connection).toMatchObject({
      uri: 'connection://AMAZON.AskForPermissionsConsent/2',
      token: TEXT_NUMBER_AFTER_CONSENT,
      scopes: [MOBILE_NUMBER_SCOPE],
    });
    expect(asked.directives[0]).toMatchObject({
      type: 'Connections.StartConnection',
      input: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: MOBILE_NUMBER_SCOPE, consentLevel: 'ACCOUNT' }],
      },
    });
    expect(asked.response.response.reprompt).toBeUndefined();
    expect(asked.response.response.shouldEndSession).toBeUndefined();
    expect(profile.lookups).toHaveLength(0);

    // Alexa: Do you give Baclofen Guide permission…?  U: yes
    const confirm = await c.say('yes');
    expect(confirm.request.request.type).toBe('SessionResumedRequest');
    expect(confirm.speech).toBe(
      `I can text you the ${helpLine.name} number. Should I text it to your phone ending in 42?`,
    );
    expect(confirm.reprompt).toContain('ending in 42');
    expect(profile.lookups).toHaveLength(1);
    expect(profile.lookups[0].headers.authorization).toMatch(/^Bearer \S+/);
    expect(sns.attempts).toHaveLength(0);

    // U: yes
    const sent = await c.say('yes');
    expect(sent.speech).toBe(stripSsml(`${texting.sent.speech} ${texting.sent.followUp.question}`));
    expect(sent.card?.text).toContain(helpLine.phoneDisplay);
    expect(sns.attempts).toHaveLength(1);
    expect(sns.accepted).toHaveLength(1);
    const [sms] = sns.attempts;
    expect(sms.to).toBe(PHONE);
    expect(sms.body).toBe(texting.smsBody);
    expect(sms.body).toContain(helpLine.phoneDisplay);
    expect(sms.body).toContain('Baclofen Guide');
    expect(sms.body).toContain('Reply STOP to opt out');
    expect(sms.attributes).toEqual({ 'AWS.SNS.SMS.SMSType': 'Transactional' });
    // The number was read fresh for the send, not carried over from the confirmation.
    expect(profile.lookups).toHaveLength(2);

    await expectCertifiable(launch, asked, confirm, sent);

    // One line per SMS: provider, result, message id. And the request line says what happened.
    const entries = logs.entries();
    expect(entries).toContainEqual(
      expect.objectContaining({ event: 'sms', provider: 'sns', result: 'sent', messageId: sms.messageId }),
    );
    expect(entries).toContainEqual(expect.objectContaining({ event: 'request', outcome: 'texting:sent' }));
    expect(entries).toContainEqual(expect.objectContaining({ event: 'consent', outcome: 'accepted' }));
  });

  test('with SMS_ORIGINATION_NUMBER set, SNS gets it as the origination number', async () => {
    process.env.SMS_ORIGINATION_NUMBER = '+18005550100';
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    await c.say('yes');
    expect(sns.attempts).toHaveLength(1);
    expect(sns.attempts[0].attributes).toEqual({
      'AWS.SNS.SMS.SMSType': 'Transactional',
      'AWS.MM.SMS.OriginationNumber': '+18005550100',
    });
  });

  test('permission already granted: no consent prompt, straight to the confirmation', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const confirm = await c.say('can you text it to me');
    expect(confirm.connection).toBeUndefined();
    expect(confirm.speech).toContain('Should I text it to your phone ending in 42?');
    await expectCertifiable(confirm);
  });

  test('"yes" to "want me to text it to your phone?" starts the same flow', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const number = await c.say("what's the number for summit helps");
    expect(number.speech).toContain('Want me to say it again?');
    const again = await c.say('yes');
    expect(again.speech).toContain(SPOKEN_HELP_LINE);
    expect(again.speech).toContain('Want me to text it to your phone?');
    const confirm = await c.say('yes');
    expect(confirm.speech).toContain('ending in 42');
    const sent = await c.say('yes');
    expect(sent.speech).toContain("I've texted");
    expect(sns.accepted).toHaveLength(1);
    await expectCertifiable(number, again, confirm, sent);
  });

  test('"no" to the confirmation sends nothing and offers to read the number instead', async () => {
    const c = listener();
    await upToConfirmation(c);
    const declined = await c.say('no');
    expect(declined.speech).toBe("Okay, I won't text it. Want me to read you the number instead?");
    const read = await c.say('yes');
    expect(read.speech).toContain(SPOKEN_HELP_LINE);
    expect(sns.attempts).toHaveLength(0);
    await expectCertifiable(declined, read);
  });
});

describe('consent', () => {
  test.each(['DENIED', 'NOT_ANSWERED'] as const)(
    '%s: the number by voice, in the app card, and how to allow it later',
    async (result) => {
      const c = listener();
      await c.say('text me the number');
      const turn = await c.answerConnection(result);
      expectNumberReadAloud(turn);
      expect(turn.speech).toContain("It's also in your Alexa app.");
      expect(turn.speech).toContain('allow access to your mobile number');
      expect(turn.speech).toMatch(/Want me to say the number again\?$/);
      expect(turn.card?.text).toContain(helpLine.phoneDisplay);
      expect(profile.lookups).toHaveLength(0);
      expect(sns.attempts).toHaveLength(0);
      await expectCertifiable(turn);

      // "yes" says the number again, and does not offer another text.
      const again = await c.say('yes');
      expect(again.speech).toContain(SPOKEN_HELP_LINE);
      expect(again.speech).not.toContain('text');
    },
  );

  test('on an Echo Show the help-line screen shows the number too', async () => {
    const c = listener({ screen: true });
    await c.say('text me the number');
    const turn = await c.answerConnection('DENIED');
    expect(turn.screen.join(' ')).toContain(helpLine.phoneDisplay);
    await expectCertifiable(turn);
  });

  test('"no" to Alexa\'s permission question is DENIED', async () => {
    const c = listener();
    await c.say('text me the number');
    const turn = await c.say('no');
    expect(turn.request.request).toMatchObject({
      type: 'SessionResumedRequest',
      cause: { result: { status: 'DENIED' } },
    });
    expectNumberReadAloud(turn);
  });

  test('voice consent not available (connection error): the number by voice and a permission card', async () => {
    const c = listener();
    const asked = await c.say('text me the number');
    const turn = await c.send({
      type: 'SessionResumedRequest',
      requestId: 'amzn1.echo-api.request.consent-unavailable',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      cause: {
        type: 'ConnectionCompleted',
        token: asked.connection?.token,
        status: { code: '400', message: 'Bad Request' },
      },
    } as RequestEnvelope['request']);
    expect(turn.speech).toContain("I've sent a request to your Alexa app");
    expect(turn.speech).toContain(SPOKEN_HELP_LINE);
    expect(turn.response.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: [MOBILE_NUMBER_SCOPE],
    });
    expect(sns.attempts).toHaveLength(0);
    await expectCertifiable(turn);
  });

  test('a resumed session with another token is not taken for ours', async () => {
    const c = listener();
    await c.say('open baclofen guide');
    const turn = await c.send({
      type: 'SessionResumedRequest',
      requestId: 'amzn1.echo-api.request.other-token',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      cause: {
        type: 'ConnectionCompleted',
        token: 'somethingElse',
        status: { code: '200' },
        result: { status: 'ACCEPTED' },
      },
    } as RequestEnvelope['request']);
    expect(profile.lookups).toHaveLength(0);
    expect(turn.speech).not.toContain('ending in');
  });
});

describe('the number on file', () => {
  test('none on file (204): the number by voice', async () => {
    profile.answerWith = { kind: 'status', status: 204 };
    const c = listener();
    await c.say('text me the number');
    const turn = await c.say('yes');
    expect(turn.speech).toContain("I don't see a mobile number on your Amazon account");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    await expectCertifiable(turn);
  });

  test('403 although the request carries a consent token: asks by voice; 403 again after ACCEPTED: the card, no loop', async () => {
    profile.answerWith = { kind: 'status', status: 403 };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const asked = await c.say('text me the number');
    expect(asked.connection?.token).toBe(TEXT_NUMBER_AFTER_CONSENT);
    const turn = await c.say('yes');
    expect(turn.connection).toBeUndefined();
    expect(turn.response.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: [MOBILE_NUMBER_SCOPE],
    });
    expect(turn.speech).toContain(SPOKEN_HELP_LINE);
    expect(profile.lookups).toHaveLength(2);
  });

  test.each([401, 429, 500, 503])('profile API answers %i: the number by voice', async (status) => {
    profile.answerWith = { kind: 'status', status };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const turn = await c.say('text me the number');
    expect(turn.speech).toContain("Sorry, I couldn't get your mobile number just now.");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    await expectCertifiable(turn);
  });

  test('profile API never answers: the number by voice within PROFILE_TIMEOUT_MS', async () => {
    profile.answerWith = { kind: 'stall' };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const started = Date.now();
    const turn = await c.say('text me the number');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(turn.speech).toContain("Sorry, I couldn't get your mobile number just now.");
    expectNumberReadAloud(turn);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'profileLookup', result: 'unavailable' }));
  });

  test('the number as the API spells it is normalised to E.164 for the provider', async () => {
    profile.answerWith = { kind: 'number', countryCode: '+1', phoneNumber: '(609) 555 0142' };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    await c.say('yes');
    expect(sns.attempts.map((a) => a.to)).toEqual([PHONE]);
  });

  test.each([
    ['Canada', { countryCode: '+1', phoneNumber: '416-555-0142' }],
    ['the UK', { countryCode: '+44', phoneNumber: '7700 900142' }],
  ])('a number in %s is refused politely, with the number by voice', async (_where, number) => {
    profile.answerWith = { kind: 'number', ...number };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const turn = await c.say('text me the number');
    expect(turn.speech).toContain('I can only text U.S. phone numbers');
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    await expectCertifiable(turn);
  });
});

describe('daily limit', () => {
  async function textOnce(c: Conversation): Promise<Turn> {
    c.reset();
    await c.say('text me the number');
    return c.say('yes');
  }

  test('three texts a day; the fourth request hears the number instead, before any consent or lookup', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    for (let i = 0; i < 3; i++) expect((await textOnce(c)).speech).toContain("I've texted");
    expect(sns.accepted).toHaveLength(3);

    c.reset();
    const lookupsBefore = profile.lookups.length;
    const fourth = await c.say('text me the number');
    expect(fourth.speech).toContain("I've already sent the most texts I can for today.");
    expectNumberReadAloud(fourth);
    expect(fourth.connection).toBeUndefined();
    expect(profile.lookups).toHaveLength(lookupsBefore);
    expect(sns.attempts).toHaveLength(3);
    await expectCertifiable(fourth);
  });

  test('SMS_DAILY_LIMIT changes the limit, and it is checked again when "yes" comes', async () => {
    process.env.SMS_DAILY_LIMIT = '1';
    // The same listener on two devices, both at "Should I text it…?": only one "yes" may text.
    const kitchen = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const bedroom = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE], userId: kitchen.userId });
    expect((await kitchen.say('text me the number')).speech).toContain('ending in 42');
    expect((await bedroom.say('text me the number')).speech).toContain('ending in 42');

    expect((await kitchen.say('yes')).speech).toContain("I've texted");
    const refused = await bedroom.say('yes');
    expect(refused.speech).toContain("I've already sent the most texts I can for today.");
    expectNumberReadAloud(refused);
    expect(sns.attempts).toHaveLength(1);
  });

  test('the count lives in the store: a new container (fresh modules, new adapter) still refuses the fourth', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    for (let i = 0; i < 3; i++) await textOnce(c);
    expect(sns.accepted).toHaveLength(3);

    let freshHandler: SkillHandler | undefined;
    await jest.isolateModulesAsync(async () => {
      freshHandler = (await import('../lambda')).handler as SkillHandler;
    });
    expect(freshHandler).not.toBe(handler);
    const sameListenerNewContainer = listener({
      skill: freshHandler,
      userId: c.userId,
      grantedScopes: [MOBILE_NUMBER_SCOPE],
    });
    const fourth = await sameListenerNewContainer.say('text me the number');
    expect(fourth.speech).toContain("I've already sent the most texts I can for today.");
    expect(sns.attempts).toHaveLength(3);

    // What the store keeps: a hashed key, the day, a count and opaque confirmation ids. No number, no user id.
    const items = await dynamo.items(TABLE);
    const key = createHash('sha256').update(c.userId).digest('hex');
    const item = items.find((i) => i.id === key)!;
    expect(item).toBeDefined();
    expect(Object.keys(item).sort()).toEqual(['attributes', 'expiresAt', 'id', 'version']);
    expect(item.id).toMatch(/^[0-9a-f]{64}$/);
    expect(item.attributes).toEqual({
      dailyTexts: { day: new Date().toISOString().slice(0, 10), count: 3, confirmations: expect.any(Array) },
    });
    const stored = JSON.stringify(items);
    expect(stored).not.toContain('5550142');
    expect(stored).not.toContain('TEXTINGTEST');
    expect(Number(item.expiresAt)).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('never two texts for one "yes"', () => {
  test('a second "yes" after the text went out does not send another', async () => {
    const c = listener();
    await upToConfirmation(c);
    await c.say('yes');
    const again = await c.say('yes');
    expect(sns.attempts).toHaveLength(1);
    expect(again.speech).not.toContain("I've texted");
  });

  test('the same "yes" request delivered twice (a retry) sends one text', async () => {
    const c = listener();
    await upToConfirmation(c);
    const sent = await c.say('yes');
    const retried = await c.send(sent.request);
    expect(sns.attempts).toHaveLength(1);
    expect(retried.speech).toContain("I won't send the same text twice.");
    expect(retried.speech).toContain(SPOKEN_HELP_LINE);
  });

  test('the same "yes" delivered twice at the same moment sends one text', async () => {
    const c = listener();
    await upToConfirmation(c);
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      {
        userId: c.userId,
        apiEndpoint: profile.url,
        session: { sessionId: c.currentSessionId!, new: false, attributes: c.attributes },
      },
    );
    const [a, b] = await Promise.all([handler(structuredClone(yes)), handler(structuredClone(yes))]);
    expect(sns.attempts).toHaveLength(1);
    const speeches = [a, b].map((r) => stripSsml((r.response.outputSpeech as { ssml: string }).ssml));
    expect(speeches.filter((s) => s.includes("I've texted"))).toHaveLength(1);
    expect(speeches.filter((s) => s.includes("I won't send the same text twice."))).toHaveLength(1);
  });
});

describe('the store: an answer lost after the write landed, a race lost to another request', () => {
  let proxy: DynamoDbProxy;
  beforeAll(async () => {
    proxy = await DynamoDbProxy.start(dynamo);
  });
  afterAll(() => proxy?.close());
  beforeEach(() => {
    proxy.putFaults.length = 0;
    proxy.requests.length = 0;
    process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.url;
  });

  const today = () => new Date().toISOString().slice(0, 10);

  /** What the store holds for `c`'s listener today: the count and the confirmations answered. */
  async function storedTexts(c: Listener): Promise<{ count: number; confirmations: unknown[] } | undefined> {
    const key = createHash('sha256').update(c.userId).digest('hex');
    const item = (await dynamo.items(TABLE)).find((i) => i.id === key);
    return (item?.attributes as { dailyTexts?: { count: number; confirmations: unknown[] } } | undefined)?.dailyTexts;
  }

  /** Another device of the same listener reserves one of today's texts just before the skill's write. */
  function anotherDeviceReserves(n: number): PutFault {
    return {
      kind: 'writeFirst',
      change: (item) => {
        const stored = (item?.attributes as { dailyTexts?: { day: string; count: number; confirmations: unknown[] } })
          ?.dailyTexts;
        const texts = stored?.day === today() ? stored : { count: 0, confirmations: [] };
        return {
          ...item,
          version: Number(item?.version ?? 0) + 1,
          attributes: {
            dailyTexts: {
              day: today(),
              count: texts.count + 1,
              confirmations: [...texts.confirmations, { id: `another-device-${n}`, attempt: `another-attempt-${n}` }],
            },
          },
        } satisfies DynamoItem;
      },
    };
  }

  test.each([
    ['the connection is reset', { kind: 'resetAfterWrite' }],
    ['DynamoDB answers 500', { kind: 'errorAfterWrite' }],
  ] as const)(
    'the reservation lands but %s before its answer: the retry knows the write is its own and texts',
    async (_what, fault) => {
      const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
      await upToConfirmation(c);
      proxy.putFaults.push(fault);
      const sent = await c.say('yes');
      expect(sent.speech).toContain("I've texted");
      expect(sent.speech).not.toContain("I won't send the same text twice.");
      expect(sns.accepted).toHaveLength(1);
      // The SDK did retry the write (its answer was lost), and one text was counted, not two.
      expect(proxy.operations.filter((o) => o === 'PutItem').length).toBeGreaterThanOrEqual(2);
      expect(await storedTexts(c)).toMatchObject({ count: 1 });
      // The same "yes" again is the retry that must not text twice.
      const again = await c.send(sent.request);
      expect(again.speech).toContain("I won't send the same text twice.");
      expect(sns.attempts).toHaveLength(1);
    },
  );

  test('every attempt of the write loses its answer (the SDK gives up): a re-read finds it is ours, and it texts', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await upToConfirmation(c);
    proxy.putFaults.push({ kind: 'resetAfterWrite' }, { kind: 'errorAfterWrite' });
    const sent = await c.say('yes');
    expect(sent.speech).toContain("I've texted");
    expect(sns.accepted).toHaveLength(1);
    expect(await storedTexts(c)).toMatchObject({ count: 1 });
  });

  test('other devices use up the day\'s texts while this "yes" retries: it hears the limit, not "couldn\'t send"', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await upToConfirmation(c);
    proxy.putFaults.push(anotherDeviceReserves(1), anotherDeviceReserves(2), anotherDeviceReserves(3));
    const turn = await c.say('yes');
    expect(turn.speech).toContain(texting.limitReached.speech.split('.')[0]);
    expect(turn.speech).not.toContain("couldn't send");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    expect(await storedTexts(c)).toMatchObject({ count: 3 });
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ event: 'request', outcome: 'texting:limitReached' }),
    );
  });

  test('another delivery of the same "yes" wins the race: "already sent", one text', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await upToConfirmation(c);
    const { id } = c.attributes.pending as { id: string };
    proxy.putFaults.push({
      kind: 'writeFirst',
      change: (item) => ({
        ...item,
        version: Number(item?.version ?? 0) + 1,
        attributes: { dailyTexts: { day: today(), count: 1, confirmations: [{ id, attempt: 'the-other-delivery' }] } },
      }),
    });
    const turn = await c.say('yes');
    expect(turn.speech).toContain("I won't send the same text twice.");
    expect(sns.attempts).toHaveLength(0);
  });

  test('a race that never settles is given up after a few tries: "couldn\'t send", nothing sent, nothing counted', async () => {
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await upToConfirmation(c);
    // Someone rewrites the item before every write of ours, without taking a text.
    const rewrite: PutFault = {
      kind: 'writeFirst',
      change: (item) => ({ ...item, version: Number(item?.version ?? 0) + 1, attributes: item?.attributes ?? {} }),
    };
    proxy.putFaults.push(...Array.from({ length: 50 }, () => rewrite));
    const turn = await c.say('yes');
    expect(turn.speech).toContain("Sorry, I couldn't send the text.");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    const writes = 50 - proxy.putFaults.length;
    expect(writes).toBeGreaterThan(2);
    expect(writes).toBeLessThanOrEqual(10);
    expect((await storedTexts(c))?.count ?? 0).toBe(0);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'request', outcome: 'texting:busy' }));
  });

  test('12 devices of one listener say "yes" at the same moment: 3 texted, 9 hear the limit, none "couldn\'t send"', async () => {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.url;
    // Generous deadlines: twelve turns at once on a busy 2-core machine must not time out here. The
    // turn's budget too: a reservation that lost two races on a loaded CI machine once finished too
    // late to start its send, or a send waited past 400 ms; the race, not the deadlines, is tested here.
    process.env.PROFILE_TIMEOUT_MS = '3000';
    process.env.STORE_TIMEOUT_MS = '3000';
    process.env.SMS_TIMEOUT_MS = '3000';
    process.env.TURN_BUDGET_MS = '30000';
    const first = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const devices = [
      first,
      ...Array.from({ length: 11 }, () => listener({ grantedScopes: [MOBILE_NUMBER_SCOPE], userId: first.userId })),
    ];
    for (const device of devices) await upToConfirmation(device);
    const turns = await Promise.all(devices.map((device) => device.say('yes')));
    const heard = turns.map((t) =>
      t.speech.includes("I've texted")
        ? 'sent'
        : t.speech.includes(texting.limitReached.speech.split('.')[0])
          ? 'limit'
          : t.speech,
    );
    // Tallied whole, so a failure shows what every device heard.
    const tally = heard.reduce<Record<string, number>>((t, h) => ({ ...t, [h]: (t[h] ?? 0) + 1 }), {});
    expect(tally).toEqual({ sent: 3, limit: 9 });
    expect(sns.accepted).toHaveLength(3);
  });
});

describe('provider and store faults: the number by voice, never "sent"', () => {
  test.each([
    ['SNS answers 500', 'sns', { kind: 'error', status: 500, code: 'InternalError' }],
    [
      'End User Messaging answers 503',
      'end-user-messaging',
      { kind: 'error', status: 503, code: 'ServiceUnavailable' },
    ],
  ] as const)(
    '%s: it may have taken the text, so the listener hears it may or may not arrive, and it stays counted',
    async (_what, provider, answer) => {
      process.env.SMS_PROVIDER = provider;
      process.env.SMS_DAILY_LIMIT = '1';
      const standin = provider === 'sns' ? sns : eum;
      standin.answerWith = answer;
      const c = listener();
      await upToConfirmation(c);
      const turn = await c.say('yes');
      expect(turn.speech).toContain(MAY_OR_MAY_NOT_ARRIVE);
      expectNumberReadAloud(turn);
      expect(turn.speech).not.toContain("I've texted");
      expect(standin.attempts).toHaveLength(1);
      expect(logs.entries()).toContainEqual(
        expect.objectContaining({ event: 'sms', provider, result: 'unavailable', statusCode: answer.status }),
      );
      expect(logs.entries()).toContainEqual(
        expect.objectContaining({ event: 'request', outcome: 'texting:sendUncertain' }),
      );
      await expectCertifiable(turn);

      // Not proven unsent, so it keeps its place in today's count (limit 1 here).
      standin.answerWith = { kind: 'accept' };
      c.reset();
      expect((await c.say('text me the number')).speech).toContain("I've already sent the most texts I can for today.");
      expect(standin.attempts).toHaveLength(1);
    },
  );

  test('SNS answers 500, then the same "yes" arrives again: no second text', async () => {
    sns.answerWith = { kind: 'error', status: 500, code: 'InternalError' };
    const c = listener();
    await upToConfirmation(c);
    const turn = await c.say('yes');
    expect(turn.speech).not.toContain("I've texted");
    // SNS may have delivered the first one: a retried "yes" must not send another.
    sns.answerWith = { kind: 'accept' };
    const retried = await c.send(turn.request);
    expect(sns.attempts).toHaveLength(1);
    expect(retried.speech).toContain("I won't send the same text twice.");
    expectNumberReadAloud(retried);
  });

  test('SNS rejects the message (400 InvalidParameter): "I couldn\'t send the text", and the text is given back', async () => {
    sns.answerWith = { kind: 'error', status: 400, code: 'InvalidParameter' };
    const c = listener();
    await upToConfirmation(c);
    const turn = await c.say('yes');
    expect(turn.speech).toContain("Sorry, I couldn't send the text.");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(1);
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ event: 'sms', provider: 'sns', result: 'rejected', statusCode: 400 }),
    );
    await expectCertifiable(turn);

    // A 4xx proves SNS did not take it, so it does not use up one of today's texts: three more still go through.
    sns.answerWith = { kind: 'accept' };
    for (let i = 0; i < 3; i++) {
      c.reset();
      await upToConfirmation(c);
      expect((await c.say('yes')).speech).toContain("I've texted");
    }
    expect(sns.accepted).toHaveLength(3);
  });

  test('SNS never answers: within SMS_TIMEOUT_MS the listener hears it may or may not arrive; a retried "yes" does not send again', async () => {
    sns.answerWith = { kind: 'stall' };
    const c = listener();
    await upToConfirmation(c);
    const started = Date.now();
    const turn = await c.say('yes');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(turn.speech).toContain(MAY_OR_MAY_NOT_ARRIVE);
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(1);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'sms', result: 'timeout' }));

    // The provider may still deliver it: the same "yes" again must not send a second text.
    sns.answerWith = { kind: 'accept' };
    const retried = await c.send(turn.request);
    expect(retried.speech).toContain("I won't send the same text twice.");
    expect(sns.attempts).toHaveLength(1);
  });

  test('DynamoDB down: "I couldn\'t send the text" and the number, no consent prompt, no SMS', async () => {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = await deadEndpoint();
    const c = listener();
    const turn = await c.say('text me the number');
    expect(turn.connection).toBeUndefined();
    expect(turn.speech).toContain("Sorry, I couldn't send the text.");
    expectNumberReadAloud(turn);
    expect(sns.attempts).toHaveLength(0);
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ event: 'textingFailure', part: 'store', errorName: 'Store.DynamoDb Error' }),
    );
    await expectCertifiable(turn);
  });

  test('DynamoDB stops answering between the confirmation and the "yes": no SMS, the number by voice', async () => {
    const c = listener();
    await upToConfirmation(c);
    const blackHole = await BlackHoleServer.start();
    try {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = blackHole.url;
      const started = Date.now();
      const turn = await c.say('yes');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(turn.speech).toContain("Sorry, I couldn't send the text.");
      expectNumberReadAloud(turn);
      expect(sns.attempts).toHaveLength(0);
      expect(logs.entries()).toContainEqual(
        expect.objectContaining({ event: 'textingFailure', part: 'store', failure: 'timeout' }),
      );
    } finally {
      await blackHole.close();
    }
  });

  test('SMS_PROVIDER with a typo: the number by voice, nothing sent', async () => {
    process.env.SMS_PROVIDER = 'smss';
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    const turn = await c.say('text me the number');
    expect(turn.speech).toContain("Sorry, I couldn't send the text.");
    expect(sns.attempts).toHaveLength(0);
  });
});

describe('other providers and stores', () => {
  test('End User Messaging: SendTextMessage with the origination identity and configuration set', async () => {
    process.env.SMS_PROVIDER = 'end-user-messaging';
    process.env.SMS_ORIGINATION_IDENTITY = 'arn:aws:sms-voice:us-east-1:111122223333:phone-number/phone-abc';
    process.env.SMS_CONFIGURATION_SET = 'baclofen-guide-events';
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    const sent = await c.say('yes');
    expect(sent.speech).toContain("I've texted");
    expect(sns.attempts).toHaveLength(0);
    expect(eum.attempts).toHaveLength(1);
    expect(eum.attempts[0]).toMatchObject({
      to: PHONE,
      body: texting.smsBody,
      attributes: {
        MessageType: 'TRANSACTIONAL',
        OriginationIdentity: 'arn:aws:sms-voice:us-east-1:111122223333:phone-number/phone-abc',
        ConfigurationSetName: 'baclofen-guide-events',
      },
    });
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({
        event: 'sms',
        provider: 'end-user-messaging',
        result: 'sent',
        messageId: eum.attempts[0].messageId,
      }),
    );
  });

  test('End User Messaging rejects (ValidationException): the number by voice', async () => {
    process.env.SMS_PROVIDER = 'end-user-messaging';
    eum.answerWith = { kind: 'error', status: 400, code: 'ValidationException' };
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    const turn = await c.say('yes');
    expect(turn.speech).toContain("Sorry, I couldn't send the text.");
    expect(eum.attempts).toHaveLength(1);
    expect(eum.accepted).toHaveLength(0);
  });

  test('local defaults: the outbox file gets the message, the file store the count, neither the user id', async () => {
    const dataDir = join(scratch, 'local');
    const outbox = join(dataDir, 'sms-outbox.jsonl');
    delete process.env.SMS_PROVIDER;
    delete process.env.SKILL_STORE;
    process.env.SKILL_DATA_DIR = dataDir;
    process.env.SMS_OUTBOX = outbox;
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    const sent = await c.say('yes');
    expect(sent.speech).toContain("I've texted");
    expect(sns.attempts).toHaveLength(0);

    const lines = (await readFile(outbox, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ to: PHONE, body: texting.smsBody, messageId: expect.stringMatching(/^outbox-/) }),
    ]);

    const files = await readdir(join(dataDir, 'attributes'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const record = await readFile(join(dataDir, 'attributes', files[0]), 'utf8');
    expect(JSON.parse(record)).toMatchObject({ version: 1, attributes: { dailyTexts: { count: 1 } } });
    expect(record).not.toContain('5550142');
    expect(record).not.toContain('TEXTINGTEST');
  });

  test('the file store: the same "yes" delivered ten times at once sends one text', async () => {
    const dataDir = join(scratch, 'concurrent');
    const outbox = join(dataDir, 'sms-outbox.jsonl');
    process.env.SKILL_STORE = 'file';
    process.env.SMS_PROVIDER = 'outbox';
    process.env.SKILL_DATA_DIR = dataDir;
    process.env.SMS_OUTBOX = outbox;
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      {
        userId: c.userId,
        apiEndpoint: profile.url,
        session: { sessionId: c.currentSessionId!, new: false, attributes: c.attributes },
      },
    );
    const answers = await Promise.all(Array.from({ length: 10 }, () => handler(structuredClone(yes))));
    const speeches = answers.map((r) => stripSsml((r.response.outputSpeech as { ssml: string }).ssml));
    expect(speeches.filter((s) => s.includes("I've texted"))).toHaveLength(1);
    expect(speeches.filter((s) => s.includes("I won't send the same text twice."))).toHaveLength(9);
    expect((await readFile(outbox, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  test('SKILL_STORE=memory keeps the count between requests of the same container', async () => {
    process.env.SKILL_STORE = 'memory';
    process.env.SMS_DAILY_LIMIT = '1';
    const c = listener({ grantedScopes: [MOBILE_NUMBER_SCOPE] });
    await c.say('text me the number');
    expect((await c.say('yes')).speech).toContain("I've texted");
    c.reset();
    expect((await c.say('text me the number')).speech).toContain("I've already sent the most texts I can for today.");
  });
});

describe('the text message', () => {
  test('fits one SMS segment of plain GSM-7 text and says who it is from and how to opt out', () => {
    const gsm7 = /^[A-Za-z0-9 @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r]*$/;
    expect(texting.smsBody.length).toBeLessThanOrEqual(160);
    expect(texting.smsBody).toMatch(gsm7);
    expect(texting.smsBody).toContain(helpLine.name);
    expect(texting.smsBody).toContain(helpLine.phoneDisplay);
    expect(texting.smsBody).toMatch(/Reply STOP to opt out\.$/);
    // Discreet on a lock screen, and named as Amazon's rules allow.
    expect(texting.smsBody).not.toMatch(/misuse|addiction|abuse|drug/i);
    expect(texting.smsBody).toMatch(/^From Baclofen Guide for Alexa:/);
    expect(texting.smsBody).not.toMatch(/Alexa skill/i);
  });
});
