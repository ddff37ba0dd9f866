import {
  helpLineCardLine,
  prompts,
  texting,
  topics,
  type AnyTopic,
  type Card,
  type ListTopic,
  type Offer,
  type TopicId,
} from '../content';
import type { Prompt } from '../content/prompts';
import { textingEnabled } from './config';
import { pick, type Reply } from './reply';
import { LIST_PAGE_SIZE, type SkillSession } from './session';

export { LIST_PAGE_SIZE };

export function isListTopic(topic: AnyTopic): topic is ListTopic {
  return 'items' in topic;
}

export function fromPrompt(prompt: Prompt, outcome: string): Reply {
  return { speech: prompt.speech, followUp: prompt.followUp, card: prompt.card, outcome };
}

function topicCard(topic: AnyTopic): Card {
  // Only misuse, withdrawal, alcohol and getting help carry the help line; urgent topics carry
  // the emergency numbers in their own text, and general facts the answer alone.
  return {
    title: topic.title,
    text: topic.lines === 'helpLine' ? `${topic.cardText}\n\n${helpLineCardLine}` : topic.cardText,
  };
}

/** "a", "a and b", "a, b, and c". */
function spokenList(items: string[]): string {
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

export function topicReply(id: TopicId): Reply {
  const topic = topics[id];
  if (isListTopic(topic)) return listPageReply(id, 0);
  return {
    speech: topic.speech,
    followUp: topic.followUp,
    card: topicCard(topic),
    // Urgent topics (overdose signs, a pump alarm, running out) lead with what to do: no disclaimer before it.
    informational: !topic.urgent,
    screen: { kind: 'topic', topic: id },
    outcome: `topic:${id}`,
  };
}

/** One page of a list topic; the last page closes the list and asks the topic's follow-up. */
export function listPageReply(id: TopicId, page: number): Reply {
  const topic = topics[id];
  if (!isListTopic(topic)) return topicReply(id);
  const start = page * LIST_PAGE_SIZE;
  const items = topic.items.slice(start, start + LIST_PAGE_SIZE);
  const isLast = start + LIST_PAGE_SIZE >= topic.items.length;
  const lead = page === 0 ? topic.intro : topic.continuation;
  const speech = `${lead} ${spokenList(items)}.${isLast ? ` ${topic.closing}` : ''}`;
  return {
    speech,
    followUp: isLast ? topic.followUp : topic.moreQuestion,
    card: topicCard(topic),
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
export function askYourDoctorReply(session: SkillSession): Reply {
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
export function callThemReply(session: SkillSession): Reply {
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

export function samhsaNumberReply(): Reply {
  return fromPrompt(prompts.samhsaNumber, 'samhsaNumber');
}

export function helpLineNumberReply(): Reply {
  return { ...fromPrompt(prompts.helpLineNumber, 'helpLineNumber'), screen: { kind: 'helpLine' } };
}

/** The next page of the list in progress, or "that's all" when none is. */
export function nextListPageReply(session: SkillSession): Reply {
  if (!session.list) return fromPrompt(prompts.nothingMore, 'nothingMore');
  return listPageReply(session.list.topic, session.list.page + 1);
}

export function repeatReply(session: SkillSession): Reply {
  if (!session.last) return fromPrompt(prompts.nothingToRepeat, 'nothingToRepeat');
  // Keep the list position: repeating a page must not lose where "more" goes next.
  return { ...session.last, list: session.list, outcome: 'repeat' };
}

export function goodbyeReply(): Reply {
  return { speech: pick(prompts.goodbye), outcome: 'goodbye' };
}

/**
 * What "yes" does after the last question. Offers that need more than content
 * (texting) are resolved by the handler that owns them before this is called.
 */
export function acceptOfferReply(offer: Offer | undefined, session: SkillSession): Reply {
  switch (offer?.kind) {
    case 'topic':
      return topicReply(offer.topic);
    case 'moreList':
      return nextListPageReply(session);
    case 'readNumber':
      return helpLineNumberReply();
    case 'readSamhsa':
      return samhsaNumberReply();
    case 'repeatNumber':
      return {
        ...fromPrompt(
          offer.offerText && textingEnabled() ? texting.numberAgainThenOfferText : texting.numberAgain,
          'helpLineNumberAgain',
        ),
        screen: { kind: 'helpLine' },
      };
    case 'repeat':
      return repeatReply(session);
    default:
      return fromPrompt(prompts.yesWithoutOffer, 'yesWithoutOffer');
  }
}
