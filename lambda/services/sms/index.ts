import type { SmsConfig } from '../../config';
import type { SmsSender } from './smsSender';

/**
 * The sender chosen by SMS_PROVIDER. Each provider is its own chunk, so the outbox used
 * locally never loads an AWS SDK client, and SNS never loads End User Messaging.
 */
export async function loadSmsSender(config: SmsConfig): Promise<SmsSender> {
  switch (config.provider) {
    case 'sns':
      return (await import('./snsSender')).createSnsSender(config);
    case 'end-user-messaging':
      return (await import('./endUserMessagingSender')).createEndUserMessagingSender(config);
    case 'outbox':
      return (await import('./outboxSender')).createOutboxSender(config);
  }
}

export { SmsError, type SmsSender, type TextMessage, type SmsReceipt } from './smsSender';
