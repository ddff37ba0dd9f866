import { crisisLines, helpLine, helpLineCardLine as cardLine, say } from './helpLine';
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

/** The line that ends the card of every answer about misuse, withdrawal, alcohol or getting help. */
export const helpLineCardLine: string = cardLine;

/** How a spoken list is joined: "a, b, and c". */
export const listWords = { and: 'and', serialComma: true };

/**
 * Said once per session, before the first informational answer (the launch greetings carry
 * their own form). It opens one-shot answers, so it is as short as it can be (VOICE-DESIGN).
 */
export const disclaimer: string = 'This is general information, not medical advice.';

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

/** About 35 words: didn't catch it, the crisis lines, what the skill can do, a question. No promotion. */
export const fallback = {
  speech: `Sorry, I didn't catch that. If anyone is in danger, call ${say.emergency}; for thoughts of suicide, ${say.lifeline}. I can tell you about baclofen's side effects, addiction, or withdrawal.`,
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

const doctorCard: Card = {
  title: 'Ask your doctor or pharmacist',
  text: 'Questions about your dose, pregnancy, children or your other medicines depend on your own health. Ask your doctor or pharmacist.',
};

/**
 * A personal medical question: the skill must not answer it. Said in turn (never the same
 * wording twice in a row); the facts are the same in each. The first carries the disclaimer.
 */
export const askYourDoctor = {
  speech: [
    "That depends on your own health and medicines, so it's a question for your doctor or pharmacist. I can share general facts, like side effects or withdrawal.",
    'Your doctor or pharmacist is the one to ask about that, since it depends on you. I can cover general facts, like how baclofen works.',
    "I can't answer that for you personally. A pharmacist can, often right over the phone. Meanwhile, I can tell you about side effects or mixing with alcohol.",
  ],
  followUp: whatNext,
  card: doctorCard,
};

/** Driving, a drug test, how long it stays in the body: a fitting redirect, not "it depends". */
export const driving = {
  speech:
    "Baclofen can make you drowsy or dizzy, so don't drive or use machines until you know how it affects you. Your doctor can tell you what's safe for you.",
  followUp: whatNext,
  card: {
    title: 'Baclofen and driving',
    text: 'Baclofen can cause drowsiness and dizziness, more so with alcohol or other sedatives. Don\u2019t drive or use machines until you know how it affects you; ask your doctor.',
  } satisfies Card,
};
export const drugTest = {
  speech:
    "Baclofen isn't an opioid or a controlled substance. What a given drug test looks for varies, so ask the lab or your pharmacist, and tell them you take it.",
  followUp: whatNext,
  card: {
    title: 'Baclofen and drug tests',
    text: 'Baclofen is not an opioid or a controlled substance. What a test screens for varies: ask the lab or your pharmacist, and tell them you take baclofen.',
  } satisfies Card,
};
export const timeInSystem = {
  speech:
    'Baclofen leaves the body mostly through the kidneys, so how long it stays depends on your kidneys and your dose. Your pharmacist can tell you about your case.',
  followUp: whatNext,
  card: {
    title: 'How long baclofen stays in the body',
    text: 'Baclofen is cleared mostly by the kidneys; how long it stays depends on kidney function and dose. Ask your pharmacist about your case.',
  } satisfies Card,
};

/** Another medicine named ("is Xanax addictive"): never baclofen's facts as if they were its own. */
export const otherMedicine = {
  speech: "I only cover baclofen, so I can't answer for other medicines. Your doctor or pharmacist can.",
  followUp: {
    question: 'Anything you want to know about baclofen?',
    reprompt: 'You can ask about baclofen side effects, addiction, or withdrawal. What would you like to know?',
    offer: { kind: 'anythingElse' },
  } satisfies FollowUp,
  card: {
    title: 'Baclofen only',
    text: 'Baclofen Guide covers baclofen only. For other medicines, ask your doctor or pharmacist.',
  } satisfies Card,
};

/** A statement, not a question ("my mom takes baclofen"): a warm, open question. */
export const statement = {
  speech: [
    'Thanks for telling me. I can cover side effects, withdrawal, or mixing it with alcohol.',
    'Okay, thanks for sharing that. I can tell you about side effects, stopping safely, or mixing it with alcohol.',
  ],
  followUp: {
    question: 'What would you like to know about baclofen?',
    reprompt: 'What would you like to know? You can ask about side effects, withdrawal, or mixing with alcohol.',
    offer: { kind: 'anythingElse' },
  } satisfies FollowUp,
};

/**
 * A brand or form named instead of "baclofen": said once per session, before the answer.
 * Keyed by the word the listener said (lower case), as Alexa hands over the slot value.
 */
export const brandNotes: Readonly<Record<string, string>> = {
  lioresal: 'Lioresal is a brand of baclofen.',
  ozobax: 'Ozobax is liquid baclofen.',
  fleqsuvy: 'Fleqsuvy is liquid baclofen.',
  lyvispah: 'Lyvispah is baclofen granules.',
  gablofen: 'Gablofen is baclofen for pumps.',
  kemstro: 'Kemstro is a baclofen tablet.',
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
  speech: `Call ${say.emergency} right now. Then ${crisisLines.poisonControl.name}: ${say.poisonControl}. If someone took pills to hurt themselves, call or text ${say.lifeline} too, after ${say.emergency}. I can't place the call for you.`,
  followUp: repeatNumbers,
  card: {
    title: 'Emergency: call 911',
    text: `Call 911 now if someone took too much, won't wake up, has trouble breathing or a seizure. ${crisisLines.poisonControl.name}: ${crisisLines.poisonControl.display} (free, 24/7). Thoughts of suicide: call or text 988.`,
  },
};

/** Thoughts of self-harm, and questions about a lethal dose: 988 first, 911 for pills taken, never a number of milligrams. */
export const selfHarm = {
  speech: `I'm really sorry you're going through this. You can call or text ${say.lifeline}, the Suicide and Crisis Lifeline, any time. If anyone has taken pills or is in danger now, call ${say.emergency}. ${crisisLines.poisonControl.name} is ${say.poisonControl}.`,
  followUp: repeatNumbers,
  card: {
    title: 'Call or text 988',
    text: `${crisisLines.lifeline.name}: call or text 988, any time. If anyone has taken pills or is in danger now, call 911. ${crisisLines.poisonControl.name}: ${crisisLines.poisonControl.display}.`,
  },
};

/** "Can you call them for me?": the skill can't place calls. */
export const callThem = {
  speech: `I can't place calls, but here's the number. ${helpLine.name} is ${say.helpLineNumber}.`,
  followUp: {
    question: 'Want me to text it to your phone?',
    reprompt: `I can text the ${helpLine.name} number to your phone. Should I?`,
    offer: { kind: 'textNumber' },
  } satisfies FollowUp,
  /** Texting switched off: the number again instead. */
  followUpWithoutText: {
    question: 'Want me to say it again?',
    reprompt: `Should I repeat the ${helpLine.name} number?`,
    offer: { kind: 'repeatNumber' },
  } satisfies FollowUp,
};

/** "Call my mom": someone other than the help line; the skill can't place calls at all. */
export const cantCall = {
  speech: "Sorry, I can't place calls.",
  followUp: whatNext,
};

/** "Call them for me" right after an emergency or crisis answer: the crisis lines, never the help line. */
export const callThemInCrisis = {
  speech: `I can't place calls. Please call ${say.emergency} yourself now, or call or text ${say.lifeline}.`,
  followUp: repeatNumbers,
};

/** "No" to the help-line number: the SAMHSA National Helpline instead, aloud. */
export const offerSamhsa = {
  speech: `Okay. There's also the free ${say.samhsaName} National Helpline, any time, in English or Spanish.`,
  followUp: {
    question: 'Want that number?',
    reprompt: `Would you like the ${say.samhsaName} National Helpline number?`,
    offer: { kind: 'readSamhsa' },
  } satisfies FollowUp,
};

/** The SAMHSA National Helpline number, read slowly once. */
export const samhsaNumber = {
  speech: `The ${say.samhsaName} National Helpline is ${say.samhsa}. It's free and confidential.`,
  followUp: {
    question: 'Want me to say it again?',
    reprompt: 'Should I repeat that number?',
    offer: { kind: 'repeat' },
  } satisfies FollowUp,
  card: {
    title: `${crisisLines.samhsa.name}: ${crisisLines.samhsa.display}`,
    text: `${crisisLines.samhsa.name}: ${crisisLines.samhsa.display}. Free, confidential, 24/7, in English and Spanish; treatment referrals, including for alcohol.`,
  } satisfies Card,
};
