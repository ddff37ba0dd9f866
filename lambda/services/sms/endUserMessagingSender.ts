import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SmsConfig } from '../../config';
import { smsErrorFromAws, SmsError, type SmsSender } from './smsSender';

/**
 * AWS End User Messaging SMS (`pinpoint-sms-voice-v2` `SendTextMessage`). One attempt only,
 * as for SNS. Endpoint and region from AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 / AWS_REGION.
 */
const clients = new Map<string, PinpointSMSVoiceV2Client>();

function client(): PinpointSMSVoiceV2Client {
  const key = [
    process.env.AWS_REGION,
    process.env.AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2,
    process.env.AWS_ENDPOINT_URL,
  ].join('|');
  let found = clients.get(key);
  if (!found) {
    found = new PinpointSMSVoiceV2Client({ maxAttempts: 1 });
    clients.set(key, found);
  }
  return found;
}

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
