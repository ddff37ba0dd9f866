import type { ResponseEnvelope } from 'ask-sdk-model';
import { stripSsml } from '../../tools/alexa/conversation';

/** The words a listener hears in a whole turn (SSML stripped; a phone number counts as its groups). */
export function spokenWords(response: ResponseEnvelope): number {
  const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  return stripSsml(ssml).split(/\s+/).filter(Boolean).length;
}
