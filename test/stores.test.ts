/**
 * The persistence adapters behind SKILL_STORE, through ask-sdk's PersistenceAdapter interface:
 * DynamoDB (against dynalite), a folder of files, memory. Same contract for all three, and the
 * file store's records expire as the DynamoDB table's do.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createPersistenceAdapter } from '../lambda/services/store/createPersistenceAdapter';
import { FileRecordBackend, SWEEP_INTERVAL_MS } from '../lambda/services/store/fileStore';
import { StoreError } from '../lambda/services/store/storeError';
import { VersionedPersistenceAdapter } from '../lambda/services/store/versionedPersistenceAdapter';
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

describe('records expire three days after their last write, the file store like the DynamoDB one', () => {
  const THREE_DAYS_MS = 3 * 24 * 60 * 60 * 1000;

  function storedFile(dir: string, user: string): Record<string, unknown> {
    const key = createHash('sha256').update(user).digest('hex');
    return JSON.parse(readFileSync(join(dir, 'attributes', `${key}.json`), 'utf8')) as Record<string, unknown>;
  }

  test('both stores stamp each write with expiresAt, epoch seconds three days ahead', async () => {
    const dynamodb = await createPersistenceAdapter({ kind: 'dynamodb', table: TABLE, dataDir: '', timeoutMs: 1000 });
    const file = await createPersistenceAdapter({ kind: 'file', table: '', dataDir, timeoutMs: 1000 });
    const user = newUser();
    const before = Math.floor(Date.now() / 1000);
    for (const store of [dynamodb, file]) {
      const request = requestFrom(user);
      await store.getAttributes(request);
      await store.saveAttributes(request, { n: 1 });
    }
    const after = Math.floor(Date.now() / 1000);
    const key = createHash('sha256').update(user).digest('hex');
    const item = (await dynamo.items(TABLE)).find((i) => i.id === key)!;
    const record = storedFile(dataDir, user);
    for (const expiresAt of [Number(item.expiresAt), record.expiresAt as number]) {
      expect(expiresAt).toBeGreaterThanOrEqual(before + THREE_DAYS_MS / 1000);
      expect(expiresAt).toBeLessThanOrEqual(after + THREE_DAYS_MS / 1000);
    }
    expect(Object.keys(record).sort()).toEqual(['attributes', 'expiresAt', 'version']);
  });

  test('a file record reads as absent once its time is up; the listener starts afresh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'store-expiry-'));
    let now = Date.parse('2025-03-01T12:00:00Z');
    const store = new VersionedPersistenceAdapter(new FileRecordBackend(dir, () => now));
    const user = newUser();
    try {
      const first = requestFrom(user);
      await store.getAttributes(first);
      await store.saveAttributes(first, { dailyTexts: { day: '2025-03-01', count: 3 } });
      now += THREE_DAYS_MS - 1000;
      expect(await store.getAttributes(requestFrom(user))).toEqual({ dailyTexts: { day: '2025-03-01', count: 3 } });
      now += 1000;
      const later = requestFrom(user);
      expect(await store.getAttributes(later)).toEqual({});
      // Written over as a new record (version 1), not refused as a conflict with the expired one.
      await store.saveAttributes(later, { dailyTexts: { day: '2025-03-04', count: 1 } });
      expect(storedFile(dir, user)).toMatchObject({
        version: 1,
        expiresAt: Math.floor(now / 1000) + THREE_DAYS_MS / 1000,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a write sweeps away expired records nobody reads again, old records without expiresAt, and stale temporary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'store-sweep-'));
    const folder = join(dir, 'attributes');
    const start = Date.parse('2025-03-01T12:00:00Z');
    let now = start;
    const backend = new FileRecordBackend(dir, () => now);
    const record = { version: 1, attributes: { n: 1 } };
    try {
      await backend.write('gone', record, 0);
      expect(await backend.sweeping).toBe(0);
      now = start + 2 * 24 * 60 * 60 * 1000;
      await backend.write('kept', record, 0);
      // This write's sweep ends before the old files below exist: otherwise it may take one of them.
      expect(await backend.sweeping).toBe(0);
      // Left by an older version (no expiresAt: its file's time counts) and by a crash mid-write.
      const old = (start - 24 * 60 * 60 * 1000) / 1000;
      await writeFile(join(folder, 'legacy-old.json'), JSON.stringify(record));
      await utimes(join(folder, 'legacy-old.json'), old, old);
      await writeFile(join(folder, 'legacy-new.json'), JSON.stringify(record));
      await utimes(join(folder, 'legacy-new.json'), now / 1000, now / 1000);
      await writeFile(join(folder, '.gone.0000.tmp'), '{');
      await utimes(join(folder, '.gone.0000.tmp'), old, old);
      await writeFile(join(folder, 'unreadable.json'), '{');
      await utimes(join(folder, 'unreadable.json'), old, old);

      now = start + THREE_DAYS_MS;
      await backend.write('new', record, 0);
      expect(await backend.sweeping).toBe(3);
      expect((await readdir(folder)).sort()).toEqual(['kept.json', 'legacy-new.json', 'new.json']);

      // Not again within the hour: the next write starts no sweep.
      const last = backend.sweeping;
      now += SWEEP_INTERVAL_MS - 1;
      await backend.write('another', record, 0);
      expect(backend.sweeping).toBe(last);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
