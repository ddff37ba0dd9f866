/**
 * Everything said, shown or texted when a listener asks for the help-line number by text.
 *
 * `{lastTwoDigits}` is the only placeholder: the code fills it with the last two digits of
 * the listener's own phone (said so they know which phone, never logged or stored).
 * When the number cannot be texted, the listener always hears it instead, read slowly once,
 * with the card in the Alexa app carrying it in writing.
 */
import { helpLine, say } from './helpLine';
import { helpLineNumber } from './prompts';
import type { Card, FollowUp } from './types';

const skillName = 'Baclofen Guide';

/**
 * The text message. Keep it one SMS segment: at most 160 characters and plain GSM-7 text
 * (no curly quotes, no emoji); a test checks both. It must say who it is from and how to opt out,
 * and stay discreet on a lock screen: no "misuse" or "addiction". Amazon's naming rule: "<name>
 * for Alexa", never "<name> Alexa skill".
 */
export const smsBody = `From ${skillName} for Alexa: ${helpLine.name}, ${helpLine.shortLocation}, ${helpLine.phoneDisplay}. Reply STOP to opt out.`;

/** Said just before Alexa's own consent question ("Do you give Baclofen Guide permission…?"). */
export const askPermission: string = `To text you, I need your permission to use your mobile number.`;

/** The question before anything is sent. */
export const confirm = {
  speech: `I can text you the ${helpLine.name} number.`,
  question: 'Should I text it to your phone ending in <say-as interpret-as="digits">{lastTwoDigits}</say-as>?',
  reprompt:
    'Should I send the number to your phone ending in <say-as interpret-as="digits">{lastTwoDigits}</say-as>? Say yes or no.',
};

const anythingElse: FollowUp = {
  question: 'Is there anything else you want to know about baclofen?',
  reprompt: 'Anything else about baclofen? You can also say stop.',
  offer: { kind: 'anythingElse' },
};

/** After the number was said aloud instead of texted: offer it once more, never another text. */
const sayItAgain: FollowUp = {
  question: 'Want me to say the number again?',
  reprompt: `Should I repeat the ${helpLine.name} number?`,
  offer: { kind: 'repeatNumber' },
};

/** The card that goes with every answer that reads the number instead of texting it. */
const numberCard: Card = helpLineNumber.card;

const theNumberIs = `The ${helpLine.name} number is ${say.helpLineNumber}.`;
const theNumberIsMidSentence = `the ${helpLine.name} number is ${say.helpLineNumber}.`;
const inTheApp = "It's also in your Alexa app.";

/** The provider accepted the message. */
export const sent = {
  speech: `Done. I've texted the ${helpLine.name} number to your phone. It should arrive in a minute.`,
  followUp: anythingElse,
  card: {
    title: `Texted: ${helpLine.name}`,
    text: `We texted ${helpLine.name} (${helpLine.what}, ${helpLine.location}) to your phone: ${helpLine.phoneDisplay}. Reply STOP to that text to opt out.`,
  } satisfies Card,
};

/**
 * A second "yes" (or a retried request) for a confirmation already answered with a text. The
 * first attempt may have timed out, so this does not claim the text arrived.
 */
export const alreadySent = {
  speech: `I won't send the same text twice. In case it doesn't arrive, ${theNumberIsMidSentence} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** "No" to "Should I text it to your phone ending in…?" */
export const declinedConfirm = {
  speech: "Okay, I won't text it.",
  followUp: {
    question: 'Want me to read you the number instead?',
    reprompt: `Should I say the ${helpLine.name} number?`,
    offer: { kind: 'readNumber' },
  } satisfies FollowUp,
};

/** Consent refused or not answered by voice. */
export const consentDeclined = {
  speech: `No problem. ${theNumberIs} ${inTheApp} If you'd like it by text later, allow access to your mobile number for ${skillName} in the Alexa app, then ask me again.`,
  followUp: sayItAgain,
  card: {
    title: numberCard.title,
    text: `${numberCard.text}\n\nTo get it by text, open ${skillName} in the Alexa app, go to its settings and allow access to your mobile number.`,
  } satisfies Card,
};

/**
 * Voice consent is not available (the consent request came back with an error): the number
 * now, and a permission card in the Alexa app (which replaces the number card).
 */
export const consentByCard = {
  speech: `I can't ask for that permission here, so I've sent a request to your Alexa app. Once you allow access to your mobile number, ask me again to text you. For now, ${theNumberIsMidSentence}`,
  followUp: sayItAgain,
};

/** The profile has no mobile number (HTTP 204). */
export const noNumberOnFile = {
  speech: `I don't see a mobile number on your Amazon account, so I can't text you. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** The number on file is not a U.S. number. */
export const notUsNumber = {
  speech: `Sorry, I can only text U.S. phone numbers, since ${helpLine.name} is in New Jersey. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** The profile API failed, throttled or timed out. */
export const numberUnavailable = {
  speech: `Sorry, I couldn't get your mobile number just now. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** SMS_DAILY_LIMIT texts already sent today. */
export const limitReached = {
  speech: `I've already sent the most texts I can for today. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** SMS_DAILY_LIMIT is 0: the operator switched texting off. */
export const textingOff = {
  speech: `I can't send texts from here. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/**
 * Nothing was sent: the provider refused the message (a 4xx), the store failed before a text was
 * reserved, or the turn had no time left to send.
 */
export const sendFailed = {
  speech: `Sorry, I couldn't send the text. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/**
 * The provider may have taken the message (it answered 5xx, or did not answer in time, or the
 * connection dropped): it may still arrive, so this neither says it was sent nor that it was not.
 * The text stays counted, and the same "yes" again hears `alreadySent`.
 */
export const sendUncertain = {
  speech: `Sorry, something went wrong while sending, so the text may or may not arrive. In case it doesn't, ${theNumberIsMidSentence} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** "Yes" to "Want me to say the number again?" after one of the answers above. */
export const numberAgain = {
  speech: theNumberIs,
  followUp: anythingElse,
  card: numberCard,
};

/** "Yes" to "Want me to say it again?" after the number was asked for: then offer the text. */
export const numberAgainThenOfferText = {
  speech: theNumberIs,
  followUp: {
    question: 'Want me to text it to your phone?',
    reprompt: `I can text the ${helpLine.name} number to your phone. Should I?`,
    offer: { kind: 'textNumber' },
  } satisfies FollowUp,
  card: numberCard,
};
