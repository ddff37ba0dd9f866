import type { ResponseEnvelope } from 'ask-sdk-model';
import { stripSsml } from '../../tools/alexa/conversation';

/** The words a listener hears in a whole turn (SSML stripped; a phone number counts as its groups). */
export function spokenWords(response: ResponseEnvelope): number {
  const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  return stripSsml(ssml).split(/\s+/).filter(Boolean).length;
}

/** Every string in a content tree, with the path it sits at. */
export function contentStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => contentStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) contentStrings(v, `${path}.${k}`, out);
  return out;
}
