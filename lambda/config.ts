/**
 * Everything the skill reads from its environment, in one place. Read on every call (it is
 * a handful of string lookups), so a test or the console can change the environment between
 * requests. AWS endpoints and the region are not here: the AWS SDK reads its own
 * AWS_REGION and AWS_ENDPOINT_URL_<SERVICE> variables.
 */
export type SmsProviderName = 'sns' | 'end-user-messaging' | 'outbox';
export type StoreKind = 'dynamodb' | 'file' | 'memory';

export interface SmsConfig {
  provider: SmsProviderName;
  /** JSON-lines file the `outbox` provider appends to. */
  outboxPath: string;
  /** SNS: `AWS.MM.SMS.OriginationNumber` when set (a registered toll-free, 10DLC or short code number). */
  originationNumber?: string;
  /** End User Messaging: `OriginationIdentity` (phone number, pool or sender id, or its ARN). */
  originationIdentity?: string;
  /** End User Messaging: configuration set for delivery events. */
  configurationSet?: string;
  /** Texts per user per UTC day. */
  dailyLimit: number;
  timeoutMs: number;
}

export interface StoreConfig {
  kind: StoreKind;
  /** DynamoDB table (SKILL_STORE=dynamodb). */
  table: string;
  /** Folder for the file store (SKILL_STORE=file). */
  dataDir: string;
  timeoutMs: number;
}

export interface Config {
  sms: SmsConfig;
  store: StoreConfig;
  /** Budget for the Alexa profile API call (mobile number). */
  profileTimeoutMs: number;
}

export const DEFAULTS = {
  smsProvider: 'outbox' as SmsProviderName,
  dataDir: '.data',
  outbox: '.data/sms-outbox.jsonl',
  dailyLimit: 3,
  store: 'file' as StoreKind,
  table: 'baclofen-guide-skill',
  profileTimeoutMs: 2000,
  // Alexa waits 8 s for a response; a send turn does store read + profile + store write + SMS.
  smsTimeoutMs: 3000,
  storeTimeoutMs: 1000,
} as const;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Config Error';
  }
}

function text(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

function positiveInteger(name: string, fallback: number, allowZero = false): number {
  const raw = text(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new ConfigError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer`);
  }
  return value;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

export function smsConfig(): SmsConfig {
  return {
    provider: oneOf('SMS_PROVIDER', ['sns', 'end-user-messaging', 'outbox'] as const, DEFAULTS.smsProvider),
    outboxPath: text('SMS_OUTBOX') ?? DEFAULTS.outbox,
    originationNumber: text('SMS_ORIGINATION_NUMBER'),
    originationIdentity: text('SMS_ORIGINATION_IDENTITY'),
    configurationSet: text('SMS_CONFIGURATION_SET'),
    // 0 is allowed: it switches texting off (every request hears the number instead).
    dailyLimit: positiveInteger('SMS_DAILY_LIMIT', DEFAULTS.dailyLimit, true),
    timeoutMs: positiveInteger('SMS_TIMEOUT_MS', DEFAULTS.smsTimeoutMs),
  };
}

export function storeConfig(): StoreConfig {
  return {
    kind: oneOf('SKILL_STORE', ['dynamodb', 'file', 'memory'] as const, DEFAULTS.store),
    table: text('SKILL_TABLE') ?? DEFAULTS.table,
    dataDir: text('SKILL_DATA_DIR') ?? DEFAULTS.dataDir,
    timeoutMs: positiveInteger('STORE_TIMEOUT_MS', DEFAULTS.storeTimeoutMs),
  };
}

export function config(): Config {
  return {
    sms: smsConfig(),
    store: storeConfig(),
    profileTimeoutMs: positiveInteger('PROFILE_TIMEOUT_MS', DEFAULTS.profileTimeoutMs),
  };
}
