import { crisisLines, helpLine, helpLineCardLine, say } from './helpLine';
import type { Card, FollowUp } from './types';

/** A reply that is not a topic: speech, an optional question, an optional card. */
export interface Prompt {
  speech: string;
  followUp?: FollowUp;
  card?: Card;
}

const whatNext: FollowUp = {
  question: 'What would you like to know?',
  reprompt: `You can ask about side effects, addiction, withdrawal, or say "the number" for ${helpLine.name}. What would you like to know?`,
  offer: { kind: 'anythingElse' },
};

const repeatNumbers: FollowUp = {
  question: 'Want me to repeat that?',
  reprompt: 'Should I say those numbers again?',
  offer: { kind: 'repeat' },
};

/** Said once per session, before the first informational answer (the launch greetings carry their own short form). */
export const disclaimer =
  'Just so you know, I share general information, not medical advice: your doctor or pharmacist knows your case.';

/** Variants are picked at random so a returning listener hears a little change; facts never vary. */
export const launch: string[] = [
  `Welcome to Baclofen Guide. I share general information, not medical advice. Ask about baclofen's side effects, whether it's addictive, or how to reach ${helpLine.name}.`,
  `Hi, this is Baclofen Guide. I give general information, not medical advice. You can ask about side effects, addiction, withdrawal, or get the ${helpLine.name} number.`,
];
export const launchFollowUp = whatNext;

export const help: string[] = [
  `You can ask what baclofen is, what its side effects are, or whether it's addictive. Say "the number" to hear the ${helpLine.name} line.`,
  `Try asking: what are the side effects, is baclofen addictive, or what happens if I stop taking it. Or say "text me the number" to get the ${helpLine.name} line on your phone.`,
];
export const helpFollowUp = whatNext;

export const fallback = {
  speech: `Sorry, I can't help with that one. I can tell you about baclofen and its side effects, or give you the ${helpLine.name} number. If anyone is in danger, call ${say.emergency}. For thoughts of suicide, call or text ${say.lifeline}.`,
  followUp: whatNext,
};

export const goodbye: string[] = ['Take care.', 'Goodbye, and take care.', 'Okay. Take care of yourself.'];

export const error = {
  speech: `Sorry, something went wrong on my end. You can ask again, or ask for the ${helpLine.name} number.`,
  followUp: whatNext,
};

export const startOver = {
  speech: "Okay, let's start over.",
  followUp: whatNext,
};

/** "Yes" when nothing was offered, or "yes" to "anything else?". */
export const yesWithoutOffer = {
  speech: 'Sure. Ask me about baclofen side effects, addiction, or withdrawal.',
  followUp: whatNext,
};

/** "No" to an offer: ask once whether there's anything else; a second "no" says goodbye. */
export const declinedOffer = {
  speech: 'Okay.',
  followUp: {
    question: 'Is there anything else you want to know about baclofen?',
    reprompt: 'Anything else about baclofen? You can also say stop.',
    offer: { kind: 'anythingElse' },
  } satisfies FollowUp,
};

export const nothingToRepeat = {
  speech: "I haven't said anything yet.",
  followUp: whatNext,
};

export const nothingMore = {
  speech: "That's all I have on that.",
  followUp: whatNext,
};

/** A personal medical question: the skill must not answer it. */
export const askYourDoctor = {
  speech:
    "That depends on your own health and medicines, so it's a question for your doctor or pharmacist. I can share general facts, like side effects or withdrawal.",
  followUp: whatNext,
  card: {
    title: 'Ask your doctor or pharmacist',
    text: `Questions about your dose, pregnancy, children, other medicines or alcohol, or how long baclofen stays in the body depend on your own health. Ask your doctor or pharmacist.\n\n${helpLineCardLine}`,
  },
};

/** The help-line number, asked for. Read slowly, once, then offered again (and then by text). */
export const helpLineNumber = {
  speech: `The ${helpLine.name} number is ${say.helpLineNumber}. It's also in your Alexa app.`,
  followUp: {
    question: 'Want me to say it again?',
    reprompt: `Should I repeat the ${helpLine.name} number?`,
    offer: { kind: 'repeatNumber', offerText: true },
  } satisfies FollowUp,
  card: {
    title: `${helpLine.name}: ${helpLine.phoneDisplay}`,
    text: `Call ${helpLine.name} at ${helpLine.phoneDisplay}. ${helpLine.what[0].toUpperCase()}${helpLine.what.slice(1)} in ${helpLine.location}.`,
  },
};

/** Emergencies: numbers first, nothing else. No promotion, no disclaimer. */
export const emergency = {
  speech: `Call ${say.emergency} right now. For poison help, call ${crisisLines.poisonControl.name} at ${say.poisonControl}. It's free, any time. I can't place the call for you.`,
  followUp: repeatNumbers,
  card: {
    title: 'Emergency: call 911',
    text: `Call 911 now if someone took too much, won't wake up, has trouble breathing or a seizure. ${crisisLines.poisonControl.name}: ${crisisLines.poisonControl.display} (free, 24/7).`,
  },
};

export const selfHarm = {
  speech: `I'm really sorry you're going through this. You can call or text ${say.lifeline}, the Suicide and Crisis Lifeline, any time. If you're in immediate danger, call ${say.emergency}.`,
  followUp: repeatNumbers,
  card: {
    title: 'Call or text 988',
    text: `${crisisLines.lifeline.name}: call or text 988, any time. In immediate danger, call 911.`,
  },
};
