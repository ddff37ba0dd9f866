import { PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import type { SmsConfig } from '../../config';
import { clientPerEnvironment } from '../awsClient';
import { smsErrorFromAws, SmsError, type SmsSender } from './smsSender';

/**
 * AWS SNS `Publish` to a phone number. One attempt only: an SDK retry after a lost answer
 * could deliver the same text twice. Endpoint and region come from the SDK's own
 * AWS_ENDPOINT_URL_SNS / AWS_REGION.
 */
const client = clientPerEnvironment('AWS_ENDPOINT_URL_SNS', () => new SNSClient({ maxAttempts: 1 }));

export function createSnsSender(config: SmsConfig): SmsSender {
  return {
    provider: 'sns',
    async send({ to, body }, options) {
      const attributes: Record<string, MessageAttributeValue> = {
        // Transactional: higher delivery priority, sent even to numbers on Do-Not-Disturb lists where allowed.
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      };
      if (config.originationNumber) {
        attributes['AWS.MM.SMS.OriginationNumber'] = { DataType: 'String', StringValue: config.originationNumber };
      }
      const signal = AbortSignal.timeout(options?.timeoutMs ?? config.timeoutMs);
      try {
        const out = await client().send(
          new PublishCommand({ PhoneNumber: to, Message: body, MessageAttributes: attributes }),
          { abortSignal: signal },
        );
        if (!out.MessageId) throw new SmsError('Sns', 'unavailable', 'NoMessageId');
        return { messageId: out.MessageId };
      } catch (err) {
        throw smsErrorFromAws('Sns', err, signal);
      }
    },
  };
}
