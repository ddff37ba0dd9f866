import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SmsConfig } from '../../config';
import { clientPerEnvironment } from '../awsClient';
import { smsErrorFromAws, SmsError, type SmsSender } from './smsSender';

/**
 * AWS End User Messaging SMS (`pinpoint-sms-voice-v2` `SendTextMessage`). One attempt only,
 * as for SNS. Endpoint and region from AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 / AWS_REGION.
 */
const client = clientPerEnvironment(
  'AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2',
  () => new PinpointSMSVoiceV2Client({ maxAttempts: 1 }),
);

export function createEndUserMessagingSender(config: SmsConfig): SmsSender {
  return {
    provider: 'end-user-messaging',
    async send({ to, body }, options) {
      const signal = AbortSignal.timeout(options?.timeoutMs ?? config.timeoutMs);
      try {
        const out = await client().send(
          new SendTextMessageCommand({
            DestinationPhoneNumber: to,
            MessageBody: body,
            MessageType: 'TRANSACTIONAL',
            ...(config.originationIdentity ? { OriginationIdentity: config.originationIdentity } : {}),
            ...(config.configurationSet ? { ConfigurationSetName: config.configurationSet } : {}),
          }),
          { abortSignal: signal },
        );
        if (!out.MessageId) throw new SmsError('EndUserMessaging', 'unavailable', 'NoMessageId');
        return { messageId: out.MessageId };
      } catch (err) {
        throw smsErrorFromAws('EndUserMessaging', err, signal);
      }
    },
  };
}
