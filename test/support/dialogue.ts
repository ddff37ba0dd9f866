import { Conversation, type ConversationOptions, type Turn } from '../../tools/alexa/conversation';
import { handler } from '../../lambda';
import { certificationProblems } from './certification';

/** A conversation with the skill's source handler, as the console has it. */
export function converse(opts: ConversationOptions = {}): Conversation {
  return new Conversation(handler, opts);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "A:" text as a pattern: `…` stands for any words (variants, long middles). */
function heardPattern(expected: string): RegExp {
  return new RegExp(
    `^${expected
      .split('…')
      .map((part) => escape(part.trim()))
      .join('.*')}$`,
    's',
  );
}

/**
 * Plays a script of turns and checks what the listener hears, in the style of
 * ask-sdk-controls' tests:
 *
 *   U: what are the side effects
 *   A: … Common side effects include drowsiness, dizziness, and weakness. Want to hear more?
 *   U: yes
 *   A: Others include …
 *   (session ended)
 *
 * Every response must also pass the certification rules. Returns the turns for further checks.
 */
export async function expectDialogue(conversation: Conversation, script: string): Promise<Turn[]> {
  const turns: Turn[] = [];
  let last: Turn | undefined;
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('U:')) {
      last = await conversation.say(line.slice(2).trim());
      turns.push(last);
      expect(await certificationProblems(last.response)).toEqual([]);
    } else if (line.startsWith('A:')) {
      expect({ said: last?.utterance, heard: last?.speech }).toEqual({
        said: last?.utterance,
        heard: expect.stringMatching(heardPattern(line.slice(2))),
      });
    } else if (line === '(session ended)') {
      expect({ said: last?.utterance, open: last?.sessionOpen }).toEqual({ said: last?.utterance, open: false });
    } else if (line === '(session open)') {
      expect({ said: last?.utterance, open: last?.sessionOpen }).toEqual({ said: last?.utterance, open: true });
    } else if (line.startsWith('card:')) {
      expect(`${last?.card?.title}\n${last?.card?.text}`).toContain(line.slice(5).trim());
    } else {
      throw new Error(`expectDialogue: cannot read "${line}"`);
    }
  }
  return turns;
}
