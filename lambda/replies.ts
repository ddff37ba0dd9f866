import type { AnyTopic, Card, ListTopic, LocaleContent, Offer, TopicId } from '../content';
import type { Prompt } from '../content/prompts';
import { textingEnabled } from './config';
import type { TextingContent } from './textingContent';
import { pick, type Reply } from './reply';
import { LIST_PAGE_SIZE, type SkillSession } from './session';

export { LIST_PAGE_SIZE };

export function isListTopic(topic: AnyTopic): topic is ListTopic {
  return 'items' in topic;
}

export function fromPrompt(prompt: Prompt, outcome: string): Reply {
  return { speech: prompt.speech, followUp: prompt.followUp, card: prompt.card, outcome };
}

function topicCard(c: LocaleContent, topic: AnyTopic): Card {
  // Only misuse, withdrawal, alcohol and getting help carry the help line; urgent topics carry
  // the emergency numbers in their own text, and general facts the answer alone.
  return {
    title: topic.title,
    text: topic.lines === 'helpLine' ? `${topic.cardText}\n\n${c.prompts.helpLineCardLine}` : topic.cardText,
  };
}

/** "a", "a and b", "a, b, and c" (or the locale's way: "a, b y c"). */
function spokenList(c: LocaleContent, items: string[]): string {
  const { and, serialComma } = c.prompts.listWords;
  if (items.length < 3) return items.join(` ${and} `);
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${items[items.length - 1]}`;
}

export function topicReply(c: LocaleContent, id: TopicId): Reply {
  const topic = c.topics[id];
  if (isListTopic(topic)) return listPageReply(c, id, 0);
  return {
    speech: topic.speech,
    followUp: topic.followUp,
    card: topicCard(c, topic),
    // Urgent topics (overdose signs, a pump alarm, running out) lead with what to do: no disclaimer before it.
    informational: !topic.urgent,
    screen: { kind: 'topic', topic: id },
    outcome: `topic:${id}`,
  };
}

/** One page of a list topic; the last page closes the list and asks the topic's follow-up. */
export function listPageReply(c: LocaleContent, id: TopicId, page: number): Reply {
  const topic = c.topics[id];
  if (!isListTopic(topic)) return topicReply(c, id);
  const start = page * LIST_PAGE_SIZE;
  const items = topic.items.slice(start, start + LIST_PAGE_SIZE);
  const isLast = start + LIST_PAGE_SIZE >= topic.items.length;
  const lead = page === 0 ? topic.intro : topic.continuation;
  const speech = `${lead} ${spokenList(c, items)}.${isLast ? ` ${topic.closing}` : ''}`;
  return {
    speech,
    followUp: isLast ? topic.followUp : topic.moreQuestion,
    card: topicCard(c, topic),
    informational: true,
    list: isLast ? undefined : { topic: id, page },
    screen: { kind: 'list', topic: id, page },
    outcome: `topic:${id}`,
  };
}

/**
 * "Ask your doctor": the next wording after the one said last, so three such questions in a row
 * never hear the same sentence twice running. The first of a session carries the disclaimer.
 */
export function askYourDoctorReply(c: LocaleContent, session: SkillSession): Reply {
  const { prompts } = c;
  const variants = prompts.askYourDoctor.speech;
  const lastIndex = variants.indexOf(session.last?.speech ?? '');
  return {
    speech: variants[(lastIndex + 1) % variants.length],
    followUp: prompts.askYourDoctor.followUp,
    card: prompts.askYourDoctor.card,
    informational: true,
    screen: { kind: 'askYourDoctor' },
    outcome: 'askYourDoctor',
  };
}

/** "Call them for me": no calls from a speaker. After a crisis answer, "them" are 911 and 988. */
export function callThemReply(c: LocaleContent, session: SkillSession, someoneElse = false): Reply {
  const { prompts } = c;
  if (someoneElse) return fromPrompt(prompts.cantCall, 'callThem:someoneElse');
  const crisisScreen = session.last?.screen?.kind;
  if (crisisScreen === 'emergency' || crisisScreen === 'selfHarm')
    return { ...fromPrompt(prompts.callThemInCrisis, 'callThem:crisis'), screen: { kind: crisisScreen } };
  return {
    speech: prompts.callThem.speech,
    followUp: textingEnabled() ? prompts.callThem.followUp : prompts.callThem.followUpWithoutText,
    card: prompts.helpLineNumber.card,
    screen: { kind: 'helpLine' },
    outcome: 'callThem',
  };
}

export function samhsaNumberReply(c: LocaleContent): Reply {
  return fromPrompt(c.prompts.samhsaNumber, 'samhsaNumber');
}

export function helpLineNumberReply(c: LocaleContent): Reply {
  return { ...fromPrompt(c.prompts.helpLineNumber, 'helpLineNumber'), screen: { kind: 'helpLine' } };
}

/** The next page of the list in progress, or "that's all" when none is. */
export function nextListPageReply(c: LocaleContent, session: SkillSession): Reply {
  if (!session.list) return fromPrompt(c.prompts.nothingMore, 'nothingMore');
  return listPageReply(c, session.list.topic, session.list.page + 1);
}

export function repeatReply(c: LocaleContent, session: SkillSession): Reply {
  if (!session.last) return fromPrompt(c.prompts.nothingToRepeat, 'nothingToRepeat');
  // Keep the list position: repeating a page must not lose where "more" goes next.
  return { ...session.last, list: session.list, outcome: 'repeat' };
}

export function goodbyeReply(c: LocaleContent): Reply {
  return { speech: pick(c.prompts.goodbye), outcome: 'goodbye' };
}

/**
 * What "yes" does after the last question. Offers that need more than content
 * (texting) are resolved by the handler that owns them before this is called.
 */
export function acceptOfferReply(
  c: LocaleContent,
  offer: Offer | undefined,
  session: SkillSession,
  /** The texting words, loaded by the caller when the offer is to say the number again. */
  texting?: TextingContent,
): Reply {
  const { prompts } = c;
  switch (offer?.kind) {
    case 'topic':
      return topicReply(c, offer.topic);
    case 'moreList':
      return nextListPageReply(c, session);
    case 'readNumber':
      return helpLineNumberReply(c);
    case 'readSamhsa':
      return samhsaNumberReply(c);
    case 'repeatNumber':
      if (!texting) return helpLineNumberReply(c);
      return {
        ...fromPrompt(
          offer.offerText && textingEnabled() ? texting.numberAgainThenOfferText : texting.numberAgain,
          'helpLineNumberAgain',
        ),
        screen: { kind: 'helpLine' },
      };
    case 'repeat':
      return repeatReply(c, session);
    default:
      return fromPrompt(prompts.yesWithoutOffer, 'yesWithoutOffer');
  }
}
