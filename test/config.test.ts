import { config, ConfigError } from '../lambda/config';

// prettier-ignore
const names = [
  'SMS_PROVIDER', 'SMS_OUTBOX', 'SMS_ORIGINATION_NUMBER', 'SMS_ORIGINATION_IDENTITY', 'SMS_CONFIGURATION_SET',
  'SMS_DAILY_LIMIT', 'SMS_TIMEOUT_MS', 'SKILL_STORE', 'SKILL_TABLE', 'SKILL_DATA_DIR', 'STORE_TIMEOUT_MS', 'PROFILE_TIMEOUT_MS',
];
const originalEnv = { ...process.env };

beforeEach(() => {
  process.env = { ...originalEnv };
  for (const name of names) delete process.env[name];
});
afterAll(() => {
  process.env = { ...originalEnv };
});

test('defaults are the local ones: outbox, file store under .data, three texts a day', () => {
  expect(config()).toEqual({
    sms: {
      provider: 'outbox',
      outboxPath: '.data/sms-outbox.jsonl',
      originationNumber: undefined,
      originationIdentity: undefined,
      configurationSet: undefined,
      dailyLimit: 3,
      timeoutMs: 3000,
    },
    store: { kind: 'file', table: 'baclofen-guide-skill', dataDir: '.data', timeoutMs: 1000 },
    profileTimeoutMs: 2000,
  });
});

test('read on every call, so a change in the environment applies to the next request', () => {
  process.env.SMS_PROVIDER = 'SNS';
  process.env.SMS_DAILY_LIMIT = '5';
  process.env.SKILL_STORE = 'dynamodb';
  process.env.SKILL_TABLE = 'prod-table';
  expect(config()).toMatchObject({
    sms: { provider: 'sns', dailyLimit: 5 },
    store: { kind: 'dynamodb', table: 'prod-table' },
  });
  process.env.SMS_PROVIDER = 'end-user-messaging';
  expect(config().sms.provider).toBe('end-user-messaging');
});

test.each([
  ['SMS_PROVIDER', 'twilio'],
  ['SKILL_STORE', 'redis'],
  ['SMS_DAILY_LIMIT', '-1'],
  ['SMS_DAILY_LIMIT', 'three'],
  ['PROFILE_TIMEOUT_MS', '0'],
  ['SMS_TIMEOUT_MS', '1.5'],
])('%s=%s is refused with a Config Error naming the variable', (name, value) => {
  process.env[name] = value;
  expect(() => config()).toThrow(ConfigError);
  expect(() => config()).toThrow(name);
});

test('SMS_DAILY_LIMIT=0 switches texting off (allowed)', () => {
  process.env.SMS_DAILY_LIMIT = '0';
  expect(config().sms.dailyLimit).toBe(0);
});
