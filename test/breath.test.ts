import type { ResponseEnvelope } from 'ask-sdk-model';
import { handler } from '../lambda';
import { topicIntents } from '../lambda/topicIntents';
import { topics } from '../content';
import { stripSsml } from '../tools/alexa/conversation';
import { intentRequest } from '../tools/alexa/requests';
import { spokenWords } from './support/words';

/**
 * One breath per turn, judged on the whole turn the listener hears (VOICE-DESIGN): disclaimer +
 * answer + question within about 45 words. Urgent answers (what to do now) may run longer, since
 * a life can depend on them, but stay short enough to act on.
 */
const BREATH = 45;
const URGENT = 60;

const oneShot = (intent: string): Promise<ResponseEnvelope> => handler(intentRequest(intent));
const inSession = (intent: string): Promise<ResponseEnvelope> =>
  handler(
    intentRequest(
      intent,
      {},
      { session: { sessionId: 'amzn1.echo-api.session.b', new: false, attributes: { disclaimerGiven: true } } },
    ),
  );

const heard = (r: ResponseEnvelope): string => stripSsml((r.response.outputSpeech as { ssml: string }).ssml);

const urgentIntents = new Set(['EmergencyIntent', 'SelfHarmIntent']);
for (const [intent, id] of Object.entries(topicIntents))
  if ((topics[id] as { urgent?: boolean }).urgent) urgentIntents.add(intent);

const everyAnswer = [
  ...Object.keys(topicIntents),
  'PersonalMedicalQuestionIntent',
  'DrivingIntent',
  'DrugTestIntent',
  'TimeInSystemIntent',
  'StatementIntent',
  'CallThemIntent',
  'HelpLineNumberIntent',
  'EmergencyIntent',
  'SelfHarmIntent',
  'AMAZON.HelpIntent',
  'AMAZON.FallbackIntent',
];

describe('one breath per turn', () => {
  it.each(everyAnswer)('%s, one-shot in a new session (disclaimer included)', async (intent) => {
    const response = await oneShot(intent);
    const limit = urgentIntents.has(intent) ? URGENT : BREATH;
    expect({ heard: heard(response), words: spokenWords(response) <= limit }).toEqual({
      heard: heard(response),
      words: true,
    });
  });

  it.each(everyAnswer)('%s, in a session', async (intent) => {
    const response = await inSession(intent);
    const limit = urgentIntents.has(intent) ? URGENT : BREATH;
    expect(spokenWords(response)).toBeLessThanOrEqual(limit);
  });

  it('opens a one-shot answer with the shortest disclaimer, once', async () => {
    const first = heard(await oneShot('SideEffectsIntent'));
    expect(first).toMatch(/^This is general information, not medical advice\. Common side effects/);
    expect(heard(await inSession('SideEffectsIntent'))).not.toContain('medical advice');
  });

  it('keeps the fallback to about 35 words: the crisis lines right after "didn\'t catch that", no help-line pitch', async () => {
    const response = await oneShot('AMAZON.FallbackIntent');
    const text = heard(response);
    expect(spokenWords(response)).toBeLessThanOrEqual(37);
    expect(text).toMatch(
      /^Sorry, I didn't catch that\. If anyone is in danger, call 911; for thoughts of suicide, 988\./,
    );
    expect(text).not.toContain('Summit Helps');
  });
});
