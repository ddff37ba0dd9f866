import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SmsConfig } from '../../config';
import { SmsError, type SmsSender } from './smsSender';

/** One line of the outbox file. */
export interface OutboxEntry {
  messageId: string;
  sentAt: string;
  to: string;
  body: string;
}

/**
 * The local provider (SMS_PROVIDER=outbox, the default): appends each message as a JSON line
 * to SMS_OUTBOX, where the console shows it "sent". It stands in for the phone network, so it
 * holds the destination number; it lives under the git-ignored data folder and is not a log.
 */
export function createOutboxSender(config: SmsConfig): SmsSender {
  return {
    provider: 'outbox',
    async send({ to, body }) {
      const entry: OutboxEntry = { messageId: `outbox-${randomUUID()}`, sentAt: new Date().toISOString(), to, body };
      try {
        await mkdir(dirname(config.outboxPath), { recursive: true });
        await appendFile(config.outboxPath, `${JSON.stringify(entry)}\n`, 'utf8');
      } catch (err) {
        throw new SmsError('Outbox', 'rejected', (err as NodeJS.ErrnoException).code ?? 'WriteFailed');
      }
      return { messageId: entry.messageId };
    },
  };
}
