/**
 * Downstream faults not already covered by test/texting.test.ts (which has the profile API's
 * error statuses and stall, SNS 500 and stall, DynamoDB down before / stalled after the
 * confirmation, End User Messaging rejecting): each service slow, failing or unreachable, the
 * turn budget that bounds a whole texting turn, and content answers with the store down.
 *
 * In every case: the listener hears the help-line number by voice, nothing says "sent" unless a
 * provider accepted the text (nor "couldn't send" when it may have taken it), a retried "yes" never
 * sends a second one, an abandoned call leaves no connection open, and the answer comes within the
 * deadlines. Deadlines are scaled down (hundreds of ms) so the suite stays quick; the
 * production defaults are checked in test/config.test.ts. Timings are printed at the end.
 */
import { helpLine, topics } from '../content';
import * as texting from '../content/texting';
import { handler } from '../lambda';
import { Conversation, type Turn } from '../tools/alexa/conversation';
import { certificationProblems } from './support/certification';
import { captureLogs, phoneNumberLeaks, type LogCapture } from './support/logCapture';
import {
  BlackHoleServer,
  deadEndpoint,
  FailingServer,
  TextingStandins,
  type EndUserMessagingStandin,
  type ProfileStandin,
  type SnsStandin,
} from './support/standins';

const PHONE = '+16095550142';
const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';
const TABLE = 'baclofen-guide-faults-test';
const PROFILE_TIMEOUT_MS = 150;
const SMS_TIMEOUT_MS = 200;
const STORE_TIMEOUT_MS = 150;
const TURN_BUDGET_MS = 600;
/**
 * No tight timing assertions here (CI machines are noisy): that a deadline fired is read from the
 * logs and from what the listener hears. The one timing check is a generous ceiling, several times
 * the test deadlines and well inside Alexa's 8 s, that a turn waiting on a stalled service without
 * its deadline could never meet. The measured times are printed after the suite.
 */
const CEILING_MS = 3000;

let standins: TextingStandins;
let profile: ProfileStandin;
let sns: SnsStandin;
let eum: EndUserMessagingStandin;
let logs: LogCapture;
let userCounter = 0;
const originalEnv = { ...process.env };
const timings: Array<[string, number]> = [];

beforeAll(async () => {
  standins = await TextingStandins.start(TABLE);
  ({ profile, sns, eum } = standins);
});

afterAll(async () => {
  process.env = { ...originalEnv };
  await standins?.close();
  const width = Math.max(...timings.map(([name]) => name.length));
  console.info(
    [
      `fault timings (deadlines: profile ${PROFILE_TIMEOUT_MS} ms, store ${STORE_TIMEOUT_MS} ms, SMS ${SMS_TIMEOUT_MS} ms, turn ${TURN_BUDGET_MS} ms):`,
      ...timings.map(([name, ms]) => `  ${name.padEnd(width)}  ${String(ms).padStart(5)} ms`),
    ].join('\n'),
  );
});

beforeEach(() => {
  process.env = {
    ...originalEnv,
    LOG_LEVEL: 'info',
    ...standins.awsEnv(),
    PROFILE_TIMEOUT_MS: String(PROFILE_TIMEOUT_MS),
    SMS_TIMEOUT_MS: String(SMS_TIMEOUT_MS),
    STORE_TIMEOUT_MS: String(STORE_TIMEOUT_MS),
    TURN_BUDGET_MS: String(TURN_BUDGET_MS),
  };
  delete process.env.SMS_DAILY_LIMIT;
  standins.reset(PHONE);
  logs = captureLogs();
});

afterEach(() => {
  logs?.restore();
  expect(phoneNumberLeaks(logs.lines, PHONE)).toEqual([]);
});

/** A new listener (so daily counts do not mix) who has granted the mobile-number permission. */
function listener(apiEndpoint = profile.url): Conversation {
  userCounter += 1;
  return new Conversation(handler, {
    apiEndpoint,
    userId: `amzn1.ask.account.FAULTSTEST${String.fromCharCode(97 + (userCounter % 26))}${'x'.repeat(userCounter % 7)}`,
    grantedScopes: [MOBILE_NUMBER_SCOPE],
  });
}

/** Says `utterance` and records how long the skill took to answer under `name`. */
async function timed(name: string, c: Conversation, utterance: string): Promise<Turn> {
  // Time the skill's turn, not the console's NLU stand-in training on its first utterance.
  c.nlu.resolve(utterance);
  const started = performance.now();
  const turn = await c.say(utterance);
  timings.push([name, Math.round(performance.now() - started)]);
  return turn;
}

async function expectNumberByVoice(turn: Turn, lead: string): Promise<void> {
  expect(turn.speech).toContain(lead);
  expect(turn.speech).toMatch(new RegExp(`the ${helpLine.name} number is ${escape(helpLine.phoneDisplay)}\\.`, 'i'));
  expect(turn.speech).not.toContain("I've texted");
  expect(turn.sessionOpen).toBe(true);
  expect(await certificationProblems(turn.response)).toEqual([]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COULD_NOT_GET_NUMBER = "Sorry, I couldn't get your mobile number just now.";
const COULD_NOT_SEND = "Sorry, I couldn't send the text.";
/** The provider may have taken the text (no answer in time, a dropped connection, a 5xx): the listener is told so. */
const MAY_OR_MAY_NOT_ARRIVE = 'the text may or may not arrive';

function lastDuration(): number {
  return timings[timings.length - 1][1];
}

describe('the Alexa profile API', () => {
  test('unreachable (nothing listens at apiEndpoint): the number by voice, at once', async () => {
    const c = listener(await deadEndpoint());
    const turn = await timed('profile API unreachable', c, 'text me the number');
    await expectNumberByVoice(turn, COULD_NOT_GET_NUMBER);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    // Refused at once: the lookup failed on the connection, not on its deadline.
    const lookup = logs.entries().find((e) => e.event === 'profileLookup');
    expect(lookup).toMatchObject({ result: 'unavailable' });
    expect(lookup?.errorName).not.toBe('Profile.Ups Error');
    expect(sns.attempts).toHaveLength(0);
  });

  test('answering, but slower than PROFILE_TIMEOUT_MS: the number by voice when the deadline passes', async () => {
    profile.delayMs = PROFILE_TIMEOUT_MS * 3;
    const c = listener();
    const turn = await timed('profile API slow (3x its deadline)', c, 'text me the number');
    await expectNumberByVoice(turn, COULD_NOT_GET_NUMBER);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    // The deadline ended the lookup (Profile.Ups Error), not the stand-in's late answer.
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ event: 'profileLookup', result: 'unavailable', errorName: 'Profile.Ups Error' }),
    );
    expect(sns.attempts).toHaveLength(0);
  });

  test('never answering: each lookup gives up at its deadline and closes its connection', async () => {
    profile.answerWith = { kind: 'stall' };
    const turns = [];
    for (let i = 0; i < 5; i++) turns.push(await timed('profile API stalls', listener(), 'text me the number'));
    for (const turn of turns) await expectNumberByVoice(turn, COULD_NOT_GET_NUMBER);
    expect(profile.lookups).toHaveLength(5);
    // A lookup abandoned at its deadline must not leave its socket open for the life of the container.
    expect(await profile.stalledConnectionsClosed(2000)).toBe(true);
    expect(profile.stalledOpen).toBe(0);
  });
});

describe('SMS providers', () => {
  async function confirmed(): Promise<Conversation> {
    const c = listener();
    expect((await c.say('text me the number')).speech).toContain('ending in 42');
    return c;
  }

  test('SNS unreachable: it may or may not arrive, and the same "yes" again does not try a second time', async () => {
    process.env.AWS_ENDPOINT_URL_SNS = await deadEndpoint();
    const c = await confirmed();
    const turn = await timed('SNS unreachable', c, 'yes');
    await expectNumberByVoice(turn, MAY_OR_MAY_NOT_ARRIVE);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'sms', result: 'unavailable' }));

    // The connection failed, but "may not have reached SNS" is not "proven not sent": the
    // confirmation stays answered, so a retry cannot text twice once SNS is back.
    process.env.AWS_ENDPOINT_URL_SNS = sns.url;
    const retried = await c.send(turn.request);
    await expectNumberByVoice(retried, "I won't send the same text twice.");
    expect(sns.attempts).toHaveLength(0);
  });

  test('SNS slow (accepts after its deadline): it may or may not arrive; the late text is the only one', async () => {
    sns.delayMs = SMS_TIMEOUT_MS * 3;
    const c = await confirmed();
    const turn = await timed('SNS slow (3x its deadline)', c, 'yes');
    await expectNumberByVoice(turn, MAY_OR_MAY_NOT_ARRIVE);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'sms', result: 'timeout' }));

    sns.delayMs = 0;
    const retried = await c.send(turn.request);
    expect(retried.speech).toContain("I won't send the same text twice.");
    // SNS takes the first one in the end (the listener gets it); the retry sent nothing.
    for (let waited = 0; sns.accepted.length === 0 && waited < SMS_TIMEOUT_MS * 4; waited += 20) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(sns.attempts).toHaveLength(1);
    expect(sns.accepted).toHaveLength(1);
  });

  test('End User Messaging never answers: within SMS_TIMEOUT_MS it may or may not arrive, no second attempt', async () => {
    process.env.SMS_PROVIDER = 'end-user-messaging';
    eum.answerWith = { kind: 'stall' };
    const c = await confirmed();
    const turn = await timed('End User Messaging stalls', c, 'yes');
    await expectNumberByVoice(turn, MAY_OR_MAY_NOT_ARRIVE);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    eum.answerWith = { kind: 'accept' };
    expect((await c.send(turn.request)).speech).toContain("I won't send the same text twice.");
    expect(eum.attempts).toHaveLength(1);
  });

  test('End User Messaging unreachable: it may or may not arrive (only a 4xx proves it was not taken)', async () => {
    process.env.SMS_PROVIDER = 'end-user-messaging';
    process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 = await deadEndpoint();
    const c = await confirmed();
    const turn = await timed('End User Messaging unreachable', c, 'yes');
    await expectNumberByVoice(turn, MAY_OR_MAY_NOT_ARRIVE);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    expect(eum.attempts).toHaveLength(0);
  });
});

describe('DynamoDB', () => {
  test('failing (HTTP 500 on every call) at "text me the number": the number, no consent prompt, no lookup', async () => {
    const failing = await FailingServer.dynamoDb(500, 'InternalServerError');
    try {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = failing.url;
      const c = listener();
      const turn = await timed('DynamoDB failing (500)', c, 'text me the number');
      await expectNumberByVoice(turn, COULD_NOT_SEND);
      expect(turn.connection).toBeUndefined();
      expect(failing.requests.length).toBeGreaterThanOrEqual(1);
      expect(profile.lookups).toHaveLength(0);
      expect(lastDuration()).toBeLessThan(CEILING_MS);
      expect(logs.entries()).toContainEqual(
        expect.objectContaining({ event: 'textingFailure', part: 'store', errorName: 'Store.DynamoDb Error' }),
      );
    } finally {
      await failing.close();
    }
  });

  test('failing between the confirmation and the "yes": nothing sent, the number by voice', async () => {
    const c = listener();
    expect((await c.say('text me the number')).speech).toContain('ending in 42');
    const failing = await FailingServer.dynamoDb(400, 'ProvisionedThroughputExceededException');
    try {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = failing.url;
      const turn = await timed('DynamoDB throttling at "yes"', c, 'yes');
      await expectNumberByVoice(turn, COULD_NOT_SEND);
      expect(sns.attempts).toHaveLength(0);
    } finally {
      await failing.close();
    }
  });

  test('never answering at "text me the number": the number within STORE_TIMEOUT_MS', async () => {
    const blackHole = await BlackHoleServer.start();
    try {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = blackHole.url;
      const c = listener();
      const turn = await timed('DynamoDB stalls', c, 'text me the number');
      await expectNumberByVoice(turn, COULD_NOT_SEND);
      expect(lastDuration()).toBeLessThan(CEILING_MS);
    } finally {
      await blackHole.close();
    }
  });
});

describe('the turn budget bounds a whole texting turn', () => {
  test('a slow profile API leaves the text only what is left of TURN_BUDGET_MS', async () => {
    // Each call within its own deadline, but together more than the turn may take.
    process.env.PROFILE_TIMEOUT_MS = '500';
    process.env.SMS_TIMEOUT_MS = '800';
    process.env.TURN_BUDGET_MS = '800';
    const c = listener();
    expect((await c.say('text me the number')).speech).toContain('ending in 42');
    profile.delayMs = 200;
    sns.answerWith = { kind: 'stall' };
    const turn = await timed('profile 200 ms + SNS stalls, 800 ms budget', c, 'yes');
    await expectNumberByVoice(turn, MAY_OR_MAY_NOT_ARRIVE);
    // On their own deadlines: 200 + 800 ms. The budget ends the turn at 800 ms.
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    expect(sns.attempts).toHaveLength(1);
  });

  test("too little time left to send: no attempt, and today's text is given back", async () => {
    process.env.PROFILE_TIMEOUT_MS = '550';
    process.env.TURN_BUDGET_MS = '600';
    const c = listener();
    expect((await c.say('text me the number')).speech).toContain('ending in 42');
    profile.delayMs = 450;
    const turn = await timed('profile 450 ms, 600 ms budget: send not started', c, 'yes');
    await expectNumberByVoice(turn, COULD_NOT_SEND);
    expect(lastDuration()).toBeLessThan(CEILING_MS);
    expect(sns.attempts).toHaveLength(0);
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'sms', result: 'notStarted' }));
    expect(logs.entries()).toContainEqual(expect.objectContaining({ event: 'request', outcome: 'texting:noTimeLeft' }));

    // Nothing went out, so the reservation was released: the full three texts remain today.
    profile.delayMs = 0;
    process.env.SMS_DAILY_LIMIT = '1';
    c.reset();
    expect((await c.say('text me the number')).speech).toContain('ending in 42');
    expect((await c.say('yes')).speech).toContain("I've texted");
    expect(sns.accepted).toHaveLength(1);
  });
});

describe('content answers do not need the store', () => {
  const sideEffects = topics.sideEffects as { intro: string };

  let blackHole: BlackHoleServer;
  beforeAll(async () => {
    blackHole = await BlackHoleServer.start();
  });
  afterAll(() => blackHole.close());

  test.each([
    ['down (connection refused)', () => deadEndpoint()],
    ['stalled (never answers)', async () => blackHole.url],
  ])('with DynamoDB %s, launch, topics, the number and help answer as usual, at once', async (_state, endpoint) => {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = await endpoint();
    const c = listener();
    const launch = await timed('launch, store down', c, 'open baclofen guide');
    expect(launch.speech).toContain('Baclofen Guide');
    const topic = await timed('a topic, store down', c, 'what are the side effects');
    expect(topic.speech).toContain(sideEffects.intro);
    const number = await timed('the number, store down', c, "what's the number for summit helps");
    expect(number.speech).toContain(helpLine.phoneDisplay);
    const help = await c.say('help');
    expect(help.sessionOpen).toBe(true);
    for (const turn of [launch, topic, number, help]) {
      expect(await certificationProblems(turn.response)).toEqual([]);
      expect(turn.response.response.outputSpeech).toBeDefined();
    }
    // At once: no content answer reached for the store (the stalled one would have held it).
    expect(blackHole.requests).toHaveLength(0);
    expect(logs.entries().filter((e) => e.event === 'textingFailure' || e.event === 'handlerError')).toEqual([]);

    // Texting needs the store: it reads the number instead.
    const text = await c.say('text me the number');
    await expectNumberByVoice(text, texting.sendFailed.speech.split('.')[0]);
  });
});
