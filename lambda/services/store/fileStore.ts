import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expiresAtFor, RECORD_LIFETIME_SECONDS } from './lifetime';
import { StoreError } from './storeError';
import type { RecordBackend, StoredRecord } from './versionedPersistenceAdapter';

/** How often a process that writes looks for expired records to remove. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** A temporary file older than this was left by a process that died mid-write. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** A record as it lies on disk: the DynamoDB item's fields but the key (the file's name). */
interface FileRecord extends StoredRecord {
  /** Epoch seconds, as DynamoDB's TTL attribute. Missing in records written before it existed. */
  expiresAt?: number;
}

/**
 * SKILL_STORE=file (the local default): one JSON file per listener under
 * `<SKILL_DATA_DIR>/attributes/`, named by the hashed key. Writes go to a temporary file and
 * are renamed into place, so a reader never sees half a record.
 *
 * Records expire as the DynamoDB store's do (lifetime.ts): each write sets `expiresAt` three days
 * ahead; from then on the record reads as absent, and a process that writes removes expired
 * records (and temporary files a crash left behind) at most once an hour, without holding up the
 * turn. A record written before `expiresAt` existed expires three days after its file was written.
 *
 * Within one process, writes and removals of the same record take turns, so the sweep never
 * removes a record that was just rewritten.
 */
export class FileRecordBackend implements RecordBackend {
  private readonly folder: string;
  private readonly busy = new Map<string, Promise<unknown>>();
  private nextSweepAt = -Infinity;
  /** The sweep started by the latest write (resolved at once when none was due): tests await it. */
  sweeping: Promise<number> = Promise.resolve(0);

  constructor(
    dataDir: string,
    /** The clock (ms since the epoch); tests move it. */
    private readonly now: () => number = Date.now,
  ) {
    this.folder = join(dataDir, 'attributes');
  }

  private path(key: string): string {
    return join(this.folder, `${key}.json`);
  }

  /** Runs `work` once the work queued before it for `key` is done. */
  private inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.busy.get(key) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    this.busy.set(key, settled);
    void settled.then(() => {
      if (this.busy.get(key) === settled) this.busy.delete(key);
    });
    return run;
  }

  /** The record as stored, expired or not. */
  private async readStored(file: string): Promise<FileRecord | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreError('File', 'unavailable', (err as NodeJS.ErrnoException).code);
    }
    try {
      return JSON.parse(text) as FileRecord;
    } catch {
      throw new StoreError('File', 'unavailable', 'Unreadable');
    }
  }

  private async hasExpired(record: FileRecord, file: string): Promise<boolean> {
    let expiresAt = record.expiresAt;
    if (typeof expiresAt !== 'number') {
      // Written before records carried expiresAt: its file's time stands for the write.
      const written = await stat(file).then(
        (s) => s.mtimeMs,
        () => this.now(),
      );
      expiresAt = Math.floor(written / 1000) + RECORD_LIFETIME_SECONDS;
    }
    return expiresAt * 1000 <= this.now();
  }

  async read(key: string): Promise<StoredRecord | undefined> {
    const file = this.path(key);
    const record = await this.readStored(file);
    if (!record || (await this.hasExpired(record, file))) return undefined;
    const { expiresAt: _expiresAt, ...stored } = record;
    return stored;
  }

  async write(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
    await this.inTurn(key, async () => {
      if (((await this.read(key))?.version ?? 0) !== expectedVersion) throw new StoreError('File', 'conflict');
      const stored: FileRecord = { ...record, expiresAt: expiresAtFor(this.now()) };
      const temporary = join(this.folder, `.${key}.${randomUUID()}.tmp`);
      try {
        await mkdir(this.folder, { recursive: true });
        await writeFile(temporary, JSON.stringify(stored), 'utf8');
        await rename(temporary, this.path(key));
      } catch (err) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw new StoreError('File', 'unavailable', (err as NodeJS.ErrnoException).code);
      }
    });
    this.sweepWhenDue();
  }

  async remove(key: string): Promise<void> {
    await this.inTurn(key, () => rm(this.path(key), { force: true }));
  }

  private sweepWhenDue(): void {
    const now = this.now();
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    // Not awaited: the turn that happened to be due does not wait for the folder. A failed
    // sweep is simply tried again at the next one.
    this.sweeping = this.sweep().catch(() => 0);
  }

  /** Removes every expired record and stale temporary file; returns how many records went. */
  async sweep(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    let removed = 0;
    for (const name of names) {
      const file = join(this.folder, name);
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        const modified = await stat(file).then(
          (s) => s.mtimeMs,
          () => undefined,
        );
        if (modified !== undefined && modified + STALE_TEMPORARY_MS <= this.now()) await rm(file, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const key = name.slice(0, -'.json'.length);
      const gone = await this.inTurn(key, async () => {
        // Read again in turn: a write may have renewed it since the folder was listed. An
        // unreadable record goes by its file's time, like one without expiresAt.
        const record = await this.readStored(file).catch((): FileRecord | undefined => ({}) as FileRecord);
        if (!record || !(await this.hasExpired(record, file))) return false;
        await rm(file, { force: true });
        return true;
      });
      if (gone) removed += 1;
    }
    return removed;
  }
}
