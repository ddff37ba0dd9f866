/**
 * Loopback stand-ins for the services the skill calls, speaking their real wire protocols, so
 * tests (and the benchmark, and the console) exercise the real clients: ask-sdk's
 * DefaultApiClient, the AWS SDK v3 SNS / End User Messaging / DynamoDB clients. No mocks.
 *
 *  - ProfileStandin: the Alexa customer profile API (point `context.System.apiEndpoint` at it).
 *  - SnsStandin: SNS awsQuery `Publish` (form-encoded in, XML out) — AWS_ENDPOINT_URL_SNS.
 *  - EndUserMessagingStandin: `PinpointSMSVoiceV2.SendTextMessage` (JSON 1.0) —
 *    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2.
 *  - DynamoDbStandin: dynalite, a DynamoDB implementation in memory — AWS_ENDPOINT_URL_DYNAMODB.
 *  - DynamoDbProxy: in front of dynalite, interferes with the skill's PutItem calls: the write
 *    lands but its answer is lost (connection reset, or a 500), or another writer wins the race.
 *  - BlackHoleServer (never answers), FailingServer (always errors), deadEndpoint() (nothing
 *    listens): a service that is slow, failing or down.
 *
 * Each records what it received and can be told to fail, stall or answer slowly.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback HTTP server that records every request and answers through `answer`. */
abstract class LoopbackServer {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private readonly stalled = new Set<ServerResponse>();

  protected abstract answer(request: RecordedRequest, res: ServerResponse): void | Promise<void>;

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error(`${this.constructor.name} is not listening`);
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.receive(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(recorded);
    try {
      await this.answer(recorded, res);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  }

  /** Never answers (until the server closes): the client's deadline has to save it. */
  protected stall(res: ServerResponse): void {
    // The client may have given up already (a delayed answer that turned into a stall).
    if (!res.socket || res.socket.destroyed) return;
    this.stalled.add(res);
    res.on('close', () => this.stalled.delete(res));
  }

  /** Requests held by `stall` whose connection the client has not closed. */
  get stalledOpen(): number {
    return this.stalled.size;
  }

  /**
   * Whether every stalled request's connection gets closed by the client (a client that gives up
   * at its deadline must close it, or the socket stays open for the life of the process).
   * Resolves true as soon as none is open, false if some still are after `withinMs`.
   */
  async stalledConnectionsClosed(withinMs: number): Promise<boolean> {
    for (let waited = 0; this.stalled.size > 0 && waited < withinMs; waited += 10) await delay(10);
    return this.stalled.size === 0;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.stalled) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Accepts connections and requests and never answers: any service that hangs (DynamoDB, SNS…). */
export class BlackHoleServer extends LoopbackServer {
  static start(): Promise<BlackHoleServer> {
    return new BlackHoleServer().start();
  }

  protected answer(_request: RecordedRequest, res: ServerResponse): void {
    this.stall(res);
  }
}

/**
 * Answers every request with the same error (e.g. DynamoDB's 500 InternalServerError): a service
 * that is up but failing. `requests` holds what it turned down.
 */
export class FailingServer extends LoopbackServer {
  constructor(
    private readonly status: number,
    private readonly headers: Record<string, string>,
    private readonly body: string,
  ) {
    super();
  }

  /** DynamoDB's JSON error answer for `code` (e.g. InternalServerError, ProvisionedThroughputExceededException). */
  static dynamoDb(status: number, code: string): Promise<FailingServer> {
    return new FailingServer(
      status,
      { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': code },
      JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${code}`, message: 'The stand-in was told to fail.' }),
    ).start();
  }

  protected answer(_request: RecordedRequest, res: ServerResponse): void {
    res.writeHead(this.status, this.headers);
    res.end(this.body);
  }
}

/** A loopback address where nothing listens (connection refused): a service that is down. */
export async function deadEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------------------------
// Alexa customer profile API

export type ProfileAnswer =
  /** 200 with the number as Alexa returns it, e.g. {countryCode: '+1', phoneNumber: '609-555-0142'}. */
  | { kind: 'number'; countryCode?: string; phoneNumber: string }
  /** 204 (none on file), 401, 403 (no consent), 429 (throttled), 5xx. */
  | { kind: 'status'; status: number }
  /** Accepts the request and never answers. */
  | { kind: 'stall' };

export const MOBILE_NUMBER_PATH = '/v2/accounts/~current/settings/Profile.mobileNumber';

const profileErrors: Record<number, { code: string; message: string }> = {
  401: { code: 'UNAUTHORIZED', message: 'The authentication token is invalid or has expired.' },
  403: { code: 'ACCESS_DENIED', message: 'Access to this resource has not been granted.' },
  429: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests.' },
};

/**
 * `GET /v2/accounts/~current/settings/Profile.mobileNumber` with `Authorization: Bearer <token>`.
 * With `accessToken` set, any other bearer gets a 401, as the real API does.
 */
export class ProfileStandin extends LoopbackServer {
  answerWith: ProfileAnswer = { kind: 'status', status: 204 };
  /** Added before answering (to test deadlines on a slow but working API). */
  delayMs = 0;
  accessToken?: string;

  static start(answer?: ProfileAnswer): Promise<ProfileStandin> {
    const standin = new ProfileStandin();
    if (answer) standin.answerWith = answer;
    return standin.start();
  }

  /** A 200 with `e164` split the way the profile API returns it (+1 and 609-555-0142). */
  hasNumber(e164: string): this {
    const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
    this.answerWith = match
      ? { kind: 'number', countryCode: '+1', phoneNumber: `${match[1]}-${match[2]}-${match[3]}` }
      : { kind: 'number', countryCode: e164.slice(0, 3), phoneNumber: e164.slice(3) };
    return this;
  }

  /** Requests for the mobile number (what the skill asked for). */
  get lookups(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === MOBILE_NUMBER_PATH);
  }

  protected async answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    if (request.method !== 'GET' || request.path !== MOBILE_NUMBER_PATH) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'NOT_FOUND', message: 'Not a profile resource this stand-in serves.' }));
      return;
    }
    const authorization = request.headers.authorization ?? '';
    if (!authorization.startsWith('Bearer ') || (this.accessToken && authorization !== `Bearer ${this.accessToken}`)) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(profileErrors[401]));
      return;
    }
    if (this.delayMs > 0) await delay(this.delayMs);
    const answer = this.answerWith;
    if (answer.kind === 'stall') return this.stall(res);
    if (answer.kind === 'number') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ countryCode: answer.countryCode, phoneNumber: answer.phoneNumber }));
      return;
    }
    if (answer.status === 204) {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(profileErrors[answer.status] ?? { code: 'INTERNAL_ERROR', message: 'Internal error.' }));
  }
}

// ---------------------------------------------------------------------------------------------
// SMS providers

/** What a provider stand-in was asked to send, decoded. */
export interface SmsAttempt {
  to: string;
  body: string;
  /** SNS message attributes (name → string value), or the End User Messaging options. */
  attributes: Record<string, string>;
  /** The message id the stand-in answered with, when it accepted the message. */
  messageId?: string;
}

export type SmsProviderAnswer =
  | { kind: 'accept' }
  /** An error answer: status and the provider's error code. */
  | { kind: 'error'; status: number; code: string }
  | { kind: 'stall' };

abstract class SmsStandin extends LoopbackServer {
  answerWith: SmsProviderAnswer = { kind: 'accept' };
  delayMs = 0;
  readonly attempts: SmsAttempt[] = [];
  private counter = 0;

  /** Messages the provider accepted (what would reach phones). */
  get accepted(): SmsAttempt[] {
    return this.attempts.filter((a) => a.messageId !== undefined);
  }

  protected nextMessageId(prefix: string): string {
    this.counter += 1;
    // Deterministic ids without digits (the counter spelled in letters: a, b, …, z, ba, bb…), so a
    // log assertion looking for phone digits never trips on a message id.
    let n = this.counter;
    let letters = '';
    do {
      letters = String.fromCharCode(97 + (n % 26)) + letters;
      n = Math.floor(n / 26);
    } while (n > 0);
    return `${prefix}-msg-${letters}`;
  }

  protected async decide(
    attempt: SmsAttempt,
    res: ServerResponse,
    accept: () => void,
    reject: (a: { status: number; code: string }) => void,
  ): Promise<void> {
    this.attempts.push(attempt);
    if (this.delayMs > 0) await delay(this.delayMs);
    const answer = this.answerWith;
    if (answer.kind === 'stall') return this.stall(res);
    if (answer.kind === 'error') return reject(answer);
    accept();
  }
}

/** SNS awsQuery `Publish` to a phone number. */
export class SnsStandin extends SmsStandin {
  static start(): Promise<SnsStandin> {
    return new SnsStandin().start();
  }

  protected async answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(request.body);
    if (request.method !== 'POST' || form.get('Action') !== 'Publish' || form.get('Version') !== '2010-03-31') {
      return this.xmlError(res, 400, 'InvalidAction', 'Only Publish is served here.');
    }
    const attributes: Record<string, string> = {};
    for (let i = 1; form.has(`MessageAttributes.entry.${i}.Name`); i++) {
      attributes[form.get(`MessageAttributes.entry.${i}.Name`)!] =
        form.get(`MessageAttributes.entry.${i}.Value.StringValue`) ?? '';
    }
    const attempt: SmsAttempt = { to: form.get('PhoneNumber') ?? '', body: form.get('Message') ?? '', attributes };
    if (!attempt.to || !attempt.body)
      return this.xmlError(res, 400, 'InvalidParameter', 'PhoneNumber and Message are required.');
    await this.decide(
      attempt,
      res,
      () => {
        attempt.messageId = this.nextMessageId('sns');
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${attempt.messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>standin-request</RequestId></ResponseMetadata></PublishResponse>`,
        );
      },
      ({ status, code }) => this.xmlError(res, status, code, 'The stand-in was told to fail.'),
    );
  }

  private xmlError(res: ServerResponse, status: number, code: string, message: string): void {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(
      `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>standin-request</RequestId></ErrorResponse>`,
    );
  }
}

/** AWS End User Messaging SMS `SendTextMessage` (awsJson1_0, `PinpointSMSVoiceV2.SendTextMessage`). */
export class EndUserMessagingStandin extends SmsStandin {
  static start(): Promise<EndUserMessagingStandin> {
    return new EndUserMessagingStandin().start();
  }

  protected async answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.headers['x-amz-target'] !== 'PinpointSMSVoiceV2.SendTextMessage') {
      return this.jsonError(res, 400, 'UnknownOperationException', 'Only SendTextMessage is served here.');
    }
    const input = JSON.parse(request.body || '{}') as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const key of ['MessageType', 'OriginationIdentity', 'ConfigurationSetName']) {
      if (typeof input[key] === 'string') attributes[key] = input[key] as string;
    }
    const attempt: SmsAttempt = {
      to: String(input.DestinationPhoneNumber ?? ''),
      body: String(input.MessageBody ?? ''),
      attributes,
    };
    if (!attempt.to) return this.jsonError(res, 400, 'ValidationException', 'DestinationPhoneNumber is required.');
    await this.decide(
      attempt,
      res,
      () => {
        attempt.messageId = this.nextMessageId('eum');
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ MessageId: attempt.messageId }));
      },
      ({ status, code }) => this.jsonError(res, status, code, 'The stand-in was told to fail.'),
    );
  }

  private jsonError(res: ServerResponse, status: number, code: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': code });
    res.end(JSON.stringify({ __type: code, message }));
  }
}

// ---------------------------------------------------------------------------------------------
// DynamoDB (dynalite)

/** The region and made-up credentials (the stand-ins check no signatures) for an AWS client sent here. */
const STANDIN_AWS_ACCOUNT = { AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'standin', AWS_SECRET_ACCESS_KEY: 'standin' };

/** dynalite serving the DynamoDB API on loopback, in memory. */
export class DynamoDbStandin {
  private server?: Server;

  static async start(): Promise<DynamoDbStandin> {
    // dynalite ships no types; it is CommonJS: `dynalite(options)` returns an http.Server.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dynalite = require('dynalite') as (options: Record<string, unknown>) => Server;
    const standin = new DynamoDbStandin();
    standin.server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve) => standin.server!.listen(0, '127.0.0.1', resolve));
    return standin;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('DynamoDbStandin is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  /** The environment that sends a DynamoDB client here: region, made-up credentials, AWS_ENDPOINT_URL_DYNAMODB. */
  awsEnv(): Record<string, string> {
    return { ...STANDIN_AWS_ACCOUNT, AWS_ENDPOINT_URL_DYNAMODB: this.url };
  }

  /**
   * Creates the skill's table as the deploy template does (partition key `id`, on-demand) and
   * waits until it is active. (dynalite has no UpdateTimeToLive: the TTL on `expiresAt` is the
   * template's business; items here simply keep their `expiresAt`.)
   */
  async createSkillTable(table: string): Promise<void> {
    const { CreateTableCommand, DynamoDBClient, waitUntilTableExists } = await import('@aws-sdk/client-dynamodb');
    const client = new DynamoDBClient({
      endpoint: this.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'standin', secretAccessKey: 'standin' },
    });
    try {
      await client.send(
        new CreateTableCommand({
          TableName: table,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      await waitUntilTableExists({ client, maxWaitTime: 10, minDelay: 0.05, maxDelay: 0.2 }, { TableName: table });
    } finally {
      client.destroy();
    }
  }

  /** Every item in `table`, as stored (to check what the skill keeps). */
  async items(table: string): Promise<Record<string, unknown>[]> {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient, ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = new DynamoDBClient({
      endpoint: this.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'standin', secretAccessKey: 'standin' },
    });
    try {
      const out = await DynamoDBDocumentClient.from(client).send(
        new ScanCommand({ TableName: table, ConsistentRead: true }),
      );
      return out.Items ?? [];
    } finally {
      client.destroy();
    }
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A stored item as the document client reads it (`id`, `attributes`, `version`, …), or undefined. */
export type DynamoItem = Record<string, unknown>;

/** What the proxy does to one PutItem call. */
export type PutFault =
  /** Forwarded and written; then the connection is dropped: the write landed, its answer is lost. */
  | { kind: 'resetAfterWrite' }
  /** Forwarded and written; then answered 500 InternalServerError instead of dynalite's answer. */
  | { kind: 'errorAfterWrite' }
  /**
   * Before it is forwarded, another writer (another device, another Lambda) puts `change(item)`
   * over the stored item, so the skill's conditional write loses the race.
   */
  | { kind: 'writeFirst'; change: (item: DynamoItem | undefined) => DynamoItem };

/**
 * A loopback proxy in front of dynalite (point AWS_ENDPOINT_URL_DYNAMODB at it). Every call goes
 * through unchanged, except the PutItem calls that find a fault waiting in `putFaults` (one fault
 * per call, in order). `operations` lists the calls it saw (GetItem, PutItem…).
 */
export class DynamoDbProxy extends LoopbackServer {
  readonly putFaults: PutFault[] = [];

  private constructor(private readonly upstream: DynamoDbStandin) {
    super();
  }

  static start(upstream: DynamoDbStandin): Promise<DynamoDbProxy> {
    return new DynamoDbProxy(upstream).start();
  }

  get operations(): string[] {
    return this.requests.map((r) => String(r.headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, ''));
  }

  protected async answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    const operation = String(request.headers['x-amz-target'] ?? '').replace(/^DynamoDB_\d+\./, '');
    const fault = operation === 'PutItem' ? this.putFaults.shift() : undefined;
    if (fault?.kind === 'writeFirst') await this.writeFirst(request, fault.change);
    const answer = await this.forward(request);
    if (fault?.kind === 'resetAfterWrite') {
      res.destroy();
      return;
    }
    if (fault?.kind === 'errorAfterWrite') {
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': 'InternalServerError' });
      res.end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
          message: 'The stand-in wrote the item, then was told to fail.',
        }),
      );
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  private forward(request: RecordedRequest): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    const target = new URL(request.path, this.upstream.url);
    const headers = { ...request.headers, host: target.host };
    return new Promise((resolve, reject) => {
      const out = httpRequest(target, { method: request.method, headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const { 'content-length': _length, connection: _connection, ...kept } = answer.headers;
          resolve({ status: answer.statusCode ?? 502, headers: kept, body: Buffer.concat(chunks) });
        });
        answer.on('error', reject);
      });
      out.on('error', reject);
      out.end(request.body);
    });
  }

  /** The competing write: read the item the skill is about to write, and put `change(item)` first. */
  private async writeFirst(request: RecordedRequest, change: (item: DynamoItem | undefined) => DynamoItem) {
    const { TableName, Item } = JSON.parse(request.body) as { TableName: string; Item: { id: { S: string } } };
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient, GetCommand, PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = new DynamoDBClient({
      endpoint: this.upstream.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'standin', secretAccessKey: 'standin' },
    });
    try {
      const documents = DynamoDBDocumentClient.from(client);
      const key = { id: Item.id.S };
      const { Item: stored } = await documents.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }));
      await documents.send(new PutCommand({ TableName, Item: { ...change(stored), ...key } }));
    } finally {
      client.destroy();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Everything the texting path calls, together

/**
 * The profile API, SNS, End User Messaging and DynamoDB stand-ins that a texting conversation
 * talks to, started together with the skill's table created: the shared setup of the texting and
 * fault suites (and the benchmark). `awsEnv()` points the skill at them; `reset()` puts them back
 * to "the listener has a number, every provider accepts" between tests.
 */
export class TextingStandins {
  private constructor(
    readonly profile: ProfileStandin,
    readonly sns: SnsStandin,
    readonly eum: EndUserMessagingStandin,
    readonly dynamo: DynamoDbStandin,
    readonly table: string,
  ) {}

  /** Starts all four and creates `table`; if anything fails, closes what did start. */
  static async start(table: string): Promise<TextingStandins> {
    const results = await Promise.allSettled([
      ProfileStandin.start(),
      SnsStandin.start(),
      EndUserMessagingStandin.start(),
      DynamoDbStandin.start(),
    ]);
    const running = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    try {
      const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) throw failure.reason;
      const [profile, sns, eum, dynamo] = running as [
        ProfileStandin,
        SnsStandin,
        EndUserMessagingStandin,
        DynamoDbStandin,
      ];
      await dynamo.createSkillTable(table);
      return new TextingStandins(profile, sns, eum, dynamo, table);
    } catch (err) {
      await Promise.all(running.map((standin) => standin.close()));
      throw err;
    }
  }

  /**
   * The environment that sends the skill's AWS clients here: region, made-up credentials, the
   * SNS / End User Messaging / DynamoDB endpoints, SNS as the SMS provider and this table as the
   * DynamoDB store. Deadlines, LOG_LEVEL and the rest are each suite's own.
   */
  awsEnv(): Record<string, string> {
    return {
      ...this.dynamo.awsEnv(),
      AWS_ENDPOINT_URL_SNS: this.sns.url,
      AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: this.eum.url,
      SMS_PROVIDER: 'sns',
      SKILL_STORE: 'dynamodb',
      SKILL_TABLE: this.table,
    };
  }

  /** The profile API answers with `phone`, promptly; both providers accept, promptly; nothing recorded. */
  reset(phone: string): void {
    this.profile.hasNumber(phone);
    this.profile.delayMs = 0;
    this.profile.requests.length = 0;
    for (const provider of [this.sns, this.eum]) {
      provider.answerWith = { kind: 'accept' };
      provider.delayMs = 0;
      provider.attempts.length = 0;
      provider.requests.length = 0;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.profile.close(), this.sns.close(), this.eum.close(), this.dynamo.close()]);
  }
}
