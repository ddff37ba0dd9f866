import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './storeError';
import type { RecordBackend, StoredRecord } from './versionedPersistenceAdapter';

/**
 * Writes in progress, by file path: a write checks the stored version and then replaces the file,
 * and two requests doing that at the same moment would both pass the check (both texting for the
 * same "yes"). Writes to one file take turns within the process. Processes do not share this, so
 * several processes serving the skill need SKILL_STORE=dynamodb (README).
 */
const writesInProgress = new Map<string, Promise<void>>();

function oneAtATime(path: string, write: () => Promise<void>): Promise<void> {
  const turn = (writesInProgress.get(path) ?? Promise.resolve()).then(write);
  const done = turn.catch(() => undefined);
  writesInProgress.set(path, done);
  void done.then(() => {
    if (writesInProgress.get(path) === done) writesInProgress.delete(path);
  });
  return turn;
}

/**
 * SKILL_STORE=file (the local default): one JSON file per listener under
 * `<SKILL_DATA_DIR>/attributes/`, named by the hashed key. Writes go to a temporary file and
 * are renamed into place, so a reader never sees half a record; writes to one record take turns.
 */
export class FileRecordBackend implements RecordBackend {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'attributes');
  }

  private path(key: string): string {
    return join(this.folder, `${key}.json`);
  }

  async read(key: string): Promise<StoredRecord | undefined> {
    let text: string;
    try {
      text = await readFile(this.path(key), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreError('File', 'unavailable', (err as NodeJS.ErrnoException).code);
    }
    try {
      return JSON.parse(text) as StoredRecord;
    } catch {
      throw new StoreError('File', 'unavailable', 'Unreadable');
    }
  }

  write(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
    return oneAtATime(this.path(key), () => this.writeNow(key, record, expectedVersion));
  }

  private async writeNow(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
    if (((await this.read(key))?.version ?? 0) !== expectedVersion) throw new StoreError('File', 'conflict');
    const temporary = join(this.folder, `.${key}.${randomUUID()}.tmp`);
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFile(temporary, JSON.stringify(record), 'utf8');
      await rename(temporary, this.path(key));
    } catch (err) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new StoreError('File', 'unavailable', (err as NodeJS.ErrnoException).code);
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
