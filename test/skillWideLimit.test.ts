/**
 * The skill-wide daily text cap (SMS_GLOBAL_DAILY_LIMIT): all listeners together get at most so
 * many texts a UTC day, counted in the store (DynamoDB by dynalite here, as deployed; the file
 * store locally), whatever the number of containers or concurrent requests. What a listener over
 * the cap hears is the daily-limit answer, with the number read aloud; an operator gets a
 * `SkillWideLimitReached` metric (the deploy template alarms on it).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpLine } from '../content';
import { handler } from '../lambda';
import { utcDay } from '../lambda/texting/dailyTexts';
import { skillWideKey } from '../lambda/texting/skillWideTexts';
import { Conversation, type Turn } from '../tools/alexa/conversation';
import { captureLogs, phoneNumberLeaks, type LogCapture } from './support/logCapture';
import { TextingStandins } from './support/standins';

const PHONE = '+16095550142';
const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';
const LIMIT_REACHED = "I've already sent the most texts I can for today.";
const SENT = "I've texted";

let standins: TextingStandins;
let logs: LogCapture;
let scratch: string;
let tables = 0;
let listeners = 0;
const originalEnv = { ...process.env };

beforeAll(async () => {
  standins = await TextingStandins.start('skill-wide-limit-test');
  scratch = await mkdtemp(join(tmpdir(), 'skill-wide-limit-'));
});

afterAll(async () => {
  process.env = { ...originalEnv };
  await standins?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Each test gets its own table, so the skill-wide count starts at zero. */
beforeEach(async () => {
  const table = `skill-wide-limit-${++tables}`;
  await standins.dynamo.createSkillTable(table);
  process.env = {
    ...originalEnv,
    LOG_LEVEL: 'info',
    ...standins.awsEnv(),
    SKILL_TABLE: table,
    PROFILE_TIMEOUT_MS: '1000',
    SMS_TIMEOUT_MS: '1000',
    STORE_TIMEOUT_MS: '1000',
  };
  for (const name of ['SMS_DAILY_LIMIT', 'SMS_GLOBAL_DAILY_LIMIT', 'SMS_ORIGINATION_NUMBER']) delete process.env[name];
  standins.reset(PHONE);
  logs = captureLogs();
});

afterEach(() => {
  logs?.restore();
  expect(phoneNumberLeaks(logs.lines, PHONE)).toEqual([]);
});

type Listener = Conversation & { userId: string };

/** A new listener (their own daily count), permission already granted. */
function listener(): Listener {
  const userId = `amzn1.ask.account.SKILLWIDETEST${++listeners}`;
  const c = new Conversation(handler, {
    apiEndpoint: standins.profile.url,
    userId,
    grantedScopes: [MOBILE_NUMBER_SCOPE],
  });
  return Object.assign(c, { userId });
}

/** "text me the number" → "Should I text it…?" */
async function upToConfirmation(c: Conversation): Promise<void> {
  expect((await c.say('text me the number')).speech).toContain('ending in 42');
}

function hashed(userId: string): string {
  return createHash('sha256').update(userId).digest('hex');
}

async function items(): Promise<Record<string, unknown>[]> {
  return standins.dynamo.items(process.env.SKILL_TABLE!);
}

function expectNumberReadAloud(turn: Turn): void {
  expect(turn.speech).toContain(`The ${helpLine.name} number is ${helpLine.phoneDisplay}.`);
  expect(turn.sessionOpen).toBe(true);
}

test('with SMS_GLOBAL_DAILY_LIMIT=2 the third listener of the day hears the limit and the number; their own texts stay unused', async () => {
  process.env.SMS_GLOBAL_DAILY_LIMIT = '2';
  const [first, second, third] = [listener(), listener(), listener()];
  for (const c of [first, second]) {
    await upToConfirmation(c);
    expect((await c.say('yes')).speech).toContain(SENT);
  }
  await upToConfirmation(third);
  const refused = await third.say('yes');
  expect(refused.speech).toContain(LIMIT_REACHED);
  expectNumberReadAloud(refused);
  expect(refused.speech).not.toContain(SENT);
  expect(standins.sns.attempts).toHaveLength(2);

  // The operator's signal: one line with the metric the template's alarm watches, and the refusal on the request line.
  const entries = logs.entries();
  expect(entries).toContainEqual(
    expect.objectContaining({ event: 'skillWideTextLimit', limit: 2, SkillWideLimitReached: 1 }),
  );
  expect(entries).toContainEqual(expect.objectContaining({ outcome: 'texting:limitReached', TextsRefused: 1 }));

  // The store: the day's count under its own key, nothing about anyone; the third listener was given their text back.
  const stored = await items();
  const cap = stored.find((item) => item.id === skillWideKey(utcDay()));
  expect(cap).toEqual({ id: skillWideKey(utcDay()), count: 2, expiresAt: expect.any(Number) });
  const thirdItem = stored.find((item) => item.id === hashed(third.userId)) as
    { attributes: { dailyTexts: { count: number; confirmations: string[] } } } | undefined;
  expect(thirdItem?.attributes.dailyTexts).toMatchObject({ count: 0, confirmations: [] });
});

test('twelve listeners say "yes" at the same moment under a cap of 5: exactly five texts, the rest hear the limit', async () => {
  process.env.SMS_GLOBAL_DAILY_LIMIT = '5';
  const crowd = Array.from({ length: 12 }, () => listener());
  for (const c of crowd) await upToConfirmation(c);
  const answers = await Promise.all(crowd.map((c) => c.say('yes')));
  const sent = answers.filter((turn) => turn.speech.includes(SENT));
  const refused = answers.filter((turn) => turn.speech.includes(LIMIT_REACHED));
  expect(sent).toHaveLength(5);
  expect(refused).toHaveLength(7);
  expect(standins.sns.accepted).toHaveLength(5);
  expect((await items()).find((item) => item.id === skillWideKey(utcDay()))).toMatchObject({ count: 5 });
});

test("a text the provider refused (400) is given back to the day's count as well as to the listener", async () => {
  process.env.SMS_GLOBAL_DAILY_LIMIT = '1';
  standins.sns.answerWith = { kind: 'error', status: 400, code: 'InvalidParameter' };
  const unlucky = listener();
  await upToConfirmation(unlucky);
  expect((await unlucky.say('yes')).speech).toContain("Sorry, I couldn't send the text.");
  expect((await items()).find((item) => item.id === skillWideKey(utcDay()))).toMatchObject({ count: 0 });

  standins.sns.answerWith = { kind: 'accept' };
  const next = listener();
  await upToConfirmation(next);
  expect((await next.say('yes')).speech).toContain(SENT);
  expect(standins.sns.accepted).toHaveLength(1);
});

test('unset (the default): no skill-wide count is kept at all', async () => {
  const c = listener();
  await upToConfirmation(c);
  expect((await c.say('yes')).speech).toContain(SENT);
  expect((await items()).map((item) => item.id)).toEqual([hashed(c.userId)]);
});

test('the file store (local) keeps the count too: one small record for the day, no user id', async () => {
  const dataDir = join(scratch, 'files');
  process.env.SKILL_STORE = 'file';
  process.env.SKILL_DATA_DIR = dataDir;
  process.env.SMS_GLOBAL_DAILY_LIMIT = '1';
  const [first, second] = [listener(), listener()];
  await upToConfirmation(first);
  expect((await first.say('yes')).speech).toContain(SENT);
  await upToConfirmation(second);
  expect((await second.say('yes')).speech).toContain(LIMIT_REACHED);
  expect(standins.sns.accepted).toHaveLength(1);

  const files = await readdir(join(dataDir, 'attributes'));
  expect(files).toContain(`${skillWideKey(utcDay())}.json`);
  const record = JSON.parse(await readFile(join(dataDir, 'attributes', `${skillWideKey(utcDay())}.json`), 'utf8'));
  expect(record).toEqual({ version: 1, attributes: { count: 1 }, expiresAt: expect.any(Number) });
});
