/**
 * The persistence adapters behind SKILL_STORE, through ask-sdk's PersistenceAdapter interface:
 * DynamoDB (against dynalite), a folder of files, memory. Same contract for all three.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createPersistenceAdapter } from '../lambda/services/store/createPersistenceAdapter';
import { StoreError } from '../lambda/services/store/storeError';
import { intentRequest } from '../tools/alexa/requests';
import { BlackHoleServer, DynamoDbStandin } from './support/standins';

const TABLE = 'baclofen-guide-store-test';
let dynamo: DynamoDbStandin;
let dataDir: string;
const originalEnv = { ...process.env };
let counter = 0;

beforeAll(async () => {
  dynamo = await DynamoDbStandin.start();
  await dynamo.createSkillTable(TABLE);
  dataDir = await mkdtemp(join(tmpdir(), 'store-test-'));
  Object.assign(process.env, dynamo.awsEnv());
});

afterAll(async () => {
  process.env = { ...originalEnv };
  await dynamo?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function requestFrom(userId: string): RequestEnvelope {
  return intentRequest('TextNumberIntent', {}, { userId });
}

function newUser(): string {
  counter += 1;
  return `amzn1.ask.account.STORETEST${counter}`;
}

const stores: Array<[string, () => Promise<PersistenceAdapter>]> = [
  ['dynamodb', () => createPersistenceAdapter({ kind: 'dynamodb', table: TABLE, dataDir: '', timeoutMs: 1000 })],
  ['file', () => createPersistenceAdapter({ kind: 'file', table: '', dataDir, timeoutMs: 1000 })],
  ['memory', () => createPersistenceAdapter({ kind: 'memory', table: '', dataDir: '', timeoutMs: 1000 })],
];

describe.each(stores)('%s store', (kind, create) => {
  test('a listener with nothing stored gets {}; what is saved comes back, per listener', async () => {
    const store = await create();
    const alice = newUser();
    const bob = newUser();
    expect(await store.getAttributes(requestFrom(alice))).toEqual({});
    const request = requestFrom(alice);
    await store.getAttributes(request);
    await store.saveAttributes(request, { dailyTexts: { day: '2025-01-02', count: 2, confirmations: ['a', 'b'] } });
    expect(await store.getAttributes(requestFrom(alice))).toEqual({
      dailyTexts: { day: '2025-01-02', count: 2, confirmations: ['a', 'b'] },
    });
    expect(await store.getAttributes(requestFrom(bob))).toEqual({});
  });

  test('a save loses against another save made since its read (optimistic locking)', async () => {
    const store = await create();
    const user = newUser();
    const first = requestFrom(user);
    const second = requestFrom(user);
    await store.getAttributes(first);
    await store.getAttributes(second);
    await store.saveAttributes(first, { n: 1 });
    await expect(store.saveAttributes(second, { n: 2 })).rejects.toMatchObject({
      failure: 'conflict',
      name: `Store.${kind === 'dynamodb' ? 'DynamoDb' : kind === 'file' ? 'File' : 'Memory'} Error`,
    });
    expect(await store.getAttributes(requestFrom(user))).toEqual({ n: 1 });
    // Read again, then save: fine.
    await store.getAttributes(second);
    await store.saveAttributes(second, { n: 2 });
    expect(await store.getAttributes(requestFrom(user))).toEqual({ n: 2 });
  });

  test('ten saves made at the same moment from the same read: exactly one wins, the others conflict', async () => {
    const store = await create();
    const user = newUser();
    const requests = Array.from({ length: 10 }, () => requestFrom(user));
    for (const request of requests) await store.getAttributes(request);
    const results = await Promise.allSettled(requests.map((request, n) => store.saveAttributes(request, { n })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(9);
    for (const { reason } of rejected) expect(reason).toMatchObject({ failure: 'conflict' });
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    expect(await store.getAttributes(requestFrom(user))).toEqual({ n: winner });
  });

  test('deleteAttributes forgets the listener', async () => {
    const store = await create();
    const user = newUser();
    const request = requestFrom(user);
    await store.getAttributes(request);
    await store.saveAttributes(request, { n: 1 });
    await store.deleteAttributes!(requestFrom(user));
    expect(await store.getAttributes(requestFrom(user))).toEqual({});
  });
});

test('the file store names files by a hash of the user id, never the id itself', async () => {
  const store = await createPersistenceAdapter({ kind: 'file', table: '', dataDir, timeoutMs: 1000 });
  const user = newUser();
  const request = requestFrom(user);
  await store.getAttributes(request);
  await store.saveAttributes(request, { n: 1 });
  const files = await readdir(join(dataDir, 'attributes'));
  expect(files).toContain(`${createHash('sha256').update(user).digest('hex')}.json`);
  expect(files.join(' ')).not.toContain('STORETEST');
});

test('a DynamoDB that never answers fails within STORE_TIMEOUT_MS as Store.DynamoDb Error (timeout)', async () => {
  const blackHole = await BlackHoleServer.start();
  const saved = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = blackHole.url;
  try {
    const store = await createPersistenceAdapter({ kind: 'dynamodb', table: TABLE, dataDir: '', timeoutMs: 200 });
    const started = Date.now();
    const failure = await store.getAttributes(requestFrom(newUser())).catch((err: unknown) => err);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ name: 'Store.DynamoDb Error', failure: 'timeout' });
  } finally {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = saved;
    await blackHole.close();
  }
});

test('a missing table is Store.DynamoDb Error (unavailable), not a crash', async () => {
  const store = await createPersistenceAdapter({
    kind: 'dynamodb',
    table: 'no-such-table',
    dataDir: '',
    timeoutMs: 1000,
  });
  await expect(store.getAttributes(requestFrom(newUser()))).rejects.toMatchObject({
    name: 'Store.DynamoDb Error',
    failure: 'unavailable',
    code: 'ResourceNotFoundException',
  });
});
