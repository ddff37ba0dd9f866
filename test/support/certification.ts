import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check';

/** Plain text of an SSML string, as the listener hears it. */
export function spokenText(ssml: string | undefined): string {
  return (ssml ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

function ssmlOf(speech: unknown): string | undefined {
  const s = speech as { type?: string; ssml?: string; text?: string } | undefined;
  return s?.type === 'SSML' ? s.ssml : s?.text;
}

/**
 * The certification rules of VOICE-DESIGN.md that can be read off one response.
 * Returns the broken rules (empty when the response passes).
 */
export async function certificationProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  const { response } = envelope;
  const ssml = ssmlOf(response.outputSpeech);
  const reprompt = ssmlOf(response.reprompt?.outputSpeech);
  const text = spokenText(ssml);
  const open = response.shouldEndSession === false;
  const handsOff = (response.directives ?? []).some((d) => d.type === 'Connections.StartConnection');

  if (ssml !== undefined) {
    if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.push('speech is not wrapped in <speak>');
    if (ssml.length > 8000) problems.push(`speech is ${ssml.length} characters (max 8000)`);
    const errors = await check(ssml, { platform: 'amazon' });
    if (errors?.length) problems.push(`invalid SSML: ${JSON.stringify(errors)}`);
  }
  if (reprompt !== undefined) {
    const errors = await check(reprompt, { platform: 'amazon' });
    if (errors?.length) problems.push(`invalid reprompt SSML: ${JSON.stringify(errors)}`);
  }
  if (handsOff) {
    if (response.reprompt) problems.push('a Connections.StartConnection response must not carry a reprompt');
    return problems;
  }
  if (open && !reprompt) problems.push('session left open without a reprompt');
  if (open && !text.endsWith('?')) problems.push(`session left open without a question: "${text}"`);
  if (!open && text.endsWith('?')) problems.push(`asks a question but ends the session: "${text}"`);
  return problems;
}
