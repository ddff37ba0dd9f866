import { config, ConfigError, DEFAULTS, skillId, webServiceConfig } from '../lambda/config';

// prettier-ignore
const names = [
  'SMS_PROVIDER', 'SMS_OUTBOX', 'SMS_ORIGINATION_NUMBER', 'SMS_ORIGINATION_IDENTITY', 'SMS_CONFIGURATION_SET',
  'SMS_DAILY_LIMIT', 'SMS_GLOBAL_DAILY_LIMIT', 'SMS_TIMEOUT_MS', 'SKILL_STORE', 'SKILL_TABLE', 'SKILL_DATA_DIR', 'STORE_TIMEOUT_MS', 'PROFILE_TIMEOUT_MS',
  'TURN_BUDGET_MS', 'SKILL_ID', 'PORT', 'HOST', 'MAX_CONNECTIONS', 'MAX_REQUEST_BYTES', 'TLS_CERT_FILE', 'TLS_KEY_FILE',
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
      globalDailyLimit: undefined,
      timeoutMs: 3000,
    },
    store: { kind: 'file', table: 'baclofen-guide-skill', dataDir: '.data', timeoutMs: 1000 },
    profileTimeoutMs: 2000,
    turnBudgetMs: 5000,
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
  ['SMS_GLOBAL_DAILY_LIMIT', '0'],
  ['SMS_GLOBAL_DAILY_LIMIT', 'lots'],
  ['PROFILE_TIMEOUT_MS', '0'],
  ['SMS_TIMEOUT_MS', '1.5'],
  ['TURN_BUDGET_MS', '0'],
])('%s=%s is refused with a Config Error naming the variable', (name, value) => {
  process.env[name] = value;
  expect(() => config()).toThrow(ConfigError);
  expect(() => config()).toThrow(name);
});

test('SMS_GLOBAL_DAILY_LIMIT: unset, no skill-wide cap; set, a positive number of texts a day for everyone', () => {
  expect(config().sms.globalDailyLimit).toBeUndefined();
  process.env.SMS_GLOBAL_DAILY_LIMIT = ' 200 ';
  expect(config().sms.globalDailyLimit).toBe(200);
});

test('SMS_DAILY_LIMIT=0 switches texting off (allowed)', () => {
  process.env.SMS_DAILY_LIMIT = '0';
  expect(config().sms.dailyLimit).toBe(0);
});

test("the texting turn fits in Alexa's 8 s: the turn budget caps the sum of the per-call deadlines", () => {
  const { profileTimeoutMs, smsTimeoutMs, storeTimeoutMs, turnBudgetMs } = DEFAULTS;
  // "yes" → profile lookup, store read, store write, SMS: more than the budget on their own deadlines…
  expect(profileTimeoutMs + 2 * storeTimeoutMs + smsTimeoutMs).toBeGreaterThan(turnBudgetMs);
  // …so the budget is what bounds the turn, with seconds to spare for a cold start and the network.
  expect(turnBudgetMs).toBeLessThanOrEqual(8000 - 3000);
  for (const call of [profileTimeoutMs, smsTimeoutMs, storeTimeoutMs]) expect(call).toBeLessThan(turnBudgetMs);
});

test('SKILL_ID: unset accepts any skill; set, it must look like a skill id', () => {
  expect(skillId()).toBeUndefined();
  process.env.SKILL_ID = ' amzn1.ask.skill.0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d ';
  expect(skillId()).toBe('amzn1.ask.skill.0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  process.env.SKILL_ID = 'amzn1.echo-sdk-ams.app.0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  expect(skillId()).toBe('amzn1.echo-sdk-ams.app.0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  for (const wrong of ['0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'amzn1.ask.account.ABC', 'amzn1.ask.skill.x y']) {
    process.env.SKILL_ID = wrong;
    expect(() => skillId()).toThrow(/SKILL_ID/);
  }
});

test('web service: port 3000 on every interface, 128 KB bodies, 256 connections, plain HTTP unless both TLS files are given', () => {
  expect(webServiceConfig()).toEqual({
    port: 3000,
    host: undefined,
    maxConnections: 256,
    maxBodyBytes: 131072,
    tlsCertPath: undefined,
    tlsKeyPath: undefined,
  });
  process.env.PORT = '8443';
  process.env.HOST = '127.0.0.1';
  process.env.MAX_CONNECTIONS = '32';
  process.env.MAX_REQUEST_BYTES = '65536';
  process.env.TLS_CERT_FILE = '/etc/skill/cert.pem';
  process.env.TLS_KEY_FILE = '/etc/skill/key.pem';
  expect(webServiceConfig()).toEqual({
    port: 8443,
    host: '127.0.0.1',
    maxConnections: 32,
    maxBodyBytes: 65536,
    tlsCertPath: '/etc/skill/cert.pem',
    tlsKeyPath: '/etc/skill/key.pem',
  });
  delete process.env.TLS_KEY_FILE;
  expect(() => webServiceConfig()).toThrow(/TLS_CERT_FILE and TLS_KEY_FILE/);
});

test('web service: HOST is an address or a host name; PORT and MAX_CONNECTIONS are checked', () => {
  for (const host of ['::', '::1', '0.0.0.0', '10.0.0.7', 'localhost', 'skill.internal']) {
    process.env.HOST = host;
    expect(webServiceConfig().host).toBe(host);
  }
  for (const host of ['http://localhost', 'host name', '127.0.0.1/8']) {
    process.env.HOST = host;
    expect(() => webServiceConfig()).toThrow(/HOST must be/);
  }
  delete process.env.HOST;
  process.env.PORT = '70000';
  expect(() => webServiceConfig()).toThrow(/PORT must be at most 65535/);
  process.env.PORT = '3000';
  process.env.MAX_CONNECTIONS = '0';
  expect(() => webServiceConfig()).toThrow(/MAX_CONNECTIONS must be a positive integer/);
});
