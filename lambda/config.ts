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
  /**
   * Texts per UTC day for all listeners together (SMS_GLOBAL_DAILY_LIMIT), a cap on what a
   * flood of new accounts could cost. Unset: no such cap (the local default).
   */
  globalDailyLimit?: number;
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
  /**
   * Budget for all outside calls of one turn together (profile API, store reads and writes,
   * SMS). Each call gets its own deadline or what is left of this, whichever is shorter.
   */
  turnBudgetMs: number;
}

/** `npm run serve`: the self-hosted HTTPS endpoint (not used on Lambda). */
export interface WebServiceConfig {
  port: number;
  /** Address to listen on; undefined: every interface (IPv6 and IPv4), as Node does by default. */
  host?: string;
  /** Open connections at most; more are dropped as they arrive. */
  maxConnections: number;
  /** Larger request bodies are refused with 413 before they are read. */
  maxBodyBytes: number;
  /** PEM files for HTTPS; without them the service speaks plain HTTP behind a TLS-terminating proxy. */
  tlsCertPath?: string;
  tlsKeyPath?: string;
}

export const DEFAULTS = {
  smsProvider: 'outbox' as SmsProviderName,
  dataDir: '.data',
  outbox: '.data/sms-outbox.jsonl',
  dailyLimit: 3,
  store: 'file' as StoreKind,
  table: 'baclofen-guide-skill',
  profileTimeoutMs: 2000,
  smsTimeoutMs: 3000,
  storeTimeoutMs: 1000,
  // Alexa waits 8 s for a response. A "yes" that sends a text calls the profile API, reads and
  // writes the store, then sends: up to 2 + 1 + 1 + 3 = 7 s on the deadlines above, too close.
  // The turn budget caps the sum, leaving 3 s for a cold start and the network.
  turnBudgetMs: 5000,
  port: 3000,
  // Alexa's requests to this skill are a few KB (session attributes, context); 128 KB is far
  // above that and still small enough that a flood of large bodies cannot exhaust memory.
  maxBodyBytes: 128 * 1024,
  // Alexa opens a handful of connections at a time; this leaves room for a proxy's pool while
  // capping what a flood of idle sockets can hold.
  maxConnections: 256,
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
    // Positive when set: 0 is not "off" here (SMS_DAILY_LIMIT=0 turns texting off).
    globalDailyLimit:
      text('SMS_GLOBAL_DAILY_LIMIT') === undefined ? undefined : positiveInteger('SMS_GLOBAL_DAILY_LIMIT', 0),
    timeoutMs: positiveInteger('SMS_TIMEOUT_MS', DEFAULTS.smsTimeoutMs),
  };
}

/**
 * False when SMS_DAILY_LIMIT is 0: the skill then never offers a text. A value it cannot read
 * counts as enabled here; the texting flow reports it as a Config Error and reads the number.
 */
export function textingEnabled(): boolean {
  try {
    return positiveInteger('SMS_DAILY_LIMIT', DEFAULTS.dailyLimit, true) > 0;
  } catch {
    return true;
  }
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
    turnBudgetMs: positiveInteger('TURN_BUDGET_MS', DEFAULTS.turnBudgetMs),
  };
}

/**
 * Skill ids: `amzn1.ask.skill.<uuid>` (and `amzn1.echo-sdk-ams.app.<uuid>` for skills created
 * before 2017). Shown in the developer console under "View Skill ID", and by `ask smapi list-skills-for-vendor`.
 */
const SKILL_ID = /^amzn1\.(ask\.skill|echo-sdk-ams\.app)\.[A-Za-z0-9-]+$/;

/**
 * SKILL_ID: when set, requests for any other skill are rejected before dispatch. Unset: any
 * application id is accepted (the local console, tests). Read once, when the skill is built.
 */
export function skillId(): string | undefined {
  const value = text('SKILL_ID');
  if (value !== undefined && !SKILL_ID.test(value)) {
    throw new ConfigError('SKILL_ID must look like amzn1.ask.skill.<id> (the id shown in the Alexa developer console)');
  }
  return value;
}

export function webServiceConfig(): WebServiceConfig {
  const tlsCertPath = text('TLS_CERT_FILE');
  const tlsKeyPath = text('TLS_KEY_FILE');
  if (Boolean(tlsCertPath) !== Boolean(tlsKeyPath)) {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  }
  const host = text('HOST');
  // An IPv4 or IPv6 address, or a host name (localhost): nothing else can be listened on.
  if (host !== undefined && !/^[A-Za-z0-9.:-]+$/.test(host)) {
    throw new ConfigError('HOST must be an IP address (127.0.0.1, ::) or a host name (localhost)');
  }
  const port = positiveInteger('PORT', DEFAULTS.port);
  if (port > 65535) throw new ConfigError('PORT must be at most 65535');
  return {
    port,
    host,
    maxConnections: positiveInteger('MAX_CONNECTIONS', DEFAULTS.maxConnections),
    maxBodyBytes: positiveInteger('MAX_REQUEST_BYTES', DEFAULTS.maxBodyBytes),
    tlsCertPath,
    tlsKeyPath,
  };
}
