/**
 * Shapes of everything the skill says. `content/` holds data only: a writer edits
 * the strings in the sibling files and never touches code.
 *
 * Speech strings are SSML fragments (no <speak> wrapper): plain sentences, with
 * <say-as> / <break> where a number needs it. Escape & < > if you ever need them.
 */

export type TopicId =
  | 'whatIs'
  | 'howItWorks'
  | 'uses'
  | 'howTaken'
  | 'withFood'
  | 'sideEffects'
  | 'seriousSideEffects'
  | 'addiction'
  | 'withdrawal'
  | 'runningOut'
  | 'mixing'
  | 'kidneys'
  | 'alcohol'
  | 'overdoseSigns'
  | 'pumpProblem'
  | 'getHelp'
  | 'aboutSummit';

/** What "yes" (or "more") does after a question the skill asked. */
export type Offer =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'moreList' }
  | { kind: 'readNumber' }
  /** The SAMHSA National Helpline, offered when the listener declines the help line or asks about alcohol. */
  | { kind: 'readSamhsa' }
  /** Say the help-line number again; `offerText`: then offer to text it. */
  | { kind: 'repeatNumber'; offerText?: boolean }
  | { kind: 'textNumber' }
  /** "Should I text it to your phone ending in…?": `id` makes one "yes" send at most one text. */
  | { kind: 'confirmText'; id: string }
  | { kind: 'repeat' }
  | { kind: 'anythingElse' };

/** A question that ends an answer and keeps the session open. */
export interface FollowUp {
  question: string;
  /** Played by Alexa after ~8 s of silence. */
  reprompt: string;
  offer: Offer;
}

export interface Card {
  title: string;
  text: string;
}

/**
 * Which numbers a topic's card and screen carry (VOICE-DESIGN, "Screens and cards"):
 * - `helpLine`: misuse, withdrawal, alcohol, getting help: the help line and "text me the number";
 * - `emergency`: urgent topics (overdose signs, pumps, running out): 911 and Poison Control, no promotion;
 * - `none`: general facts: the answer alone.
 */
export type TopicLines = 'helpLine' | 'emergency' | 'none';

interface TopicBase {
  /** Short title for the card and the screen. */
  title: string;
  followUp: FollowUp;
  /** Card text (the help-line line is added to it when `lines` is `helpLine`). */
  cardText: string;
  /** 2 to 4 short points for a screen. */
  points: string[];
  lines: TopicLines;
  /** Leads with what to do now (911, the pump doctor): no disclaimer before it. */
  urgent?: boolean;
}

/** A topic answered in one turn. */
export interface Topic extends TopicBase {
  /** One breath of speech, without the follow-up question. */
  speech: string;
}

/** A topic read out as a list, at most three items a turn. */
export interface ListTopic extends TopicBase {
  /** Lead-in for the first page, e.g. "Common side effects include". */
  intro: string;
  /** Lead-in for the later pages. */
  continuation: string;
  items: string[];
  /** Said after the last item, before the follow-up question. */
  closing: string;
  /** Asked after a page when more items remain. */
  moreQuestion: FollowUp;
}

export type AnyTopic = Topic | ListTopic;
