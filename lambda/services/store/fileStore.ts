import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './storeError';
import type { RecordBackend, StoredRecord } from './versionedPersistenceAdapter';

/**
 * SKILL_STORE=file (the local default): one JSON file per listener under
 * `<SKILL_DATA_DIR>/attributes/`, named by the hashed key. Writes go to a temporary file and
 * are renamed into place, so a reader never sees half a record.
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

  async write(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
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
