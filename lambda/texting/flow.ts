/**
 * Texting the help-line number to the listener's phone: consent, the profile API, a
 * confirmation, the daily limit and the SMS provider. Reached only through dynamic import()
 * from the handlers, so a content answer never loads this module, the stores or the AWS SDK.
 *
 *   "text me the number" ─▶ limit left? ─▶ consent? ─▶ number on file, U.S.? ─▶ "Should I text it
 *   to your phone ending in 42?" ─▶ "yes" ─▶ fresh number ─▶ reserve one of today's texts ─▶ send
 *
 * Whatever fails, the listener hears the number instead (read slowly, once, and offered again),
 * and never "sent" unless the provider accepted the message. Every outside call has its own
 * deadline, and all of a turn's calls together have TURN_BUDGET_MS (lambda/services/deadline.ts).
 */
import { randomUUID } from 'node:crypto';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response, SessionResumedRequest } from 'ask-sdk-model';
import type { Prompt } from '../../content/prompts';
import { config, type Config } from '../config';
import { requestStartedAt } from '../interceptors/requestLog';
import { log } from '../log';
import { loadTexting, textingOf } from '../textingContent';
import { fromPrompt } from '../replies';
import { OUTCOME_ATTRIBUTE, respond, type Reply } from '../reply';
import { loggableRequestId } from '../requestTypes';
import { readSession, writeSession } from '../session';
import { TurnBudget } from '../services/deadline';
import { lookUpMobileNumber } from '../services/profile/mobileNumber';
import { loadSmsSender, SmsError } from '../services/sms';
import { consentOutcome, MOBILE_NUMBER_SCOPE, requestHasMobileNumberConsent, voiceConsentDirective } from './consent';
import { releaseText, reserveText, textsSentToday } from './dailyTexts';
import { normaliseMobileNumber, type MobileNumber } from './phoneNumber';

type ConfirmOffer = { kind: 'confirmText'; id: string };

/**
 * A send is not started with less time than this left in the turn (or than SMS_TIMEOUT_MS, if
 * that is shorter): cut off by the deadline, the text could still arrive after the listener heard
 * "I couldn't send it", and it would use up one of their texts for the day.
 */
export const MIN_SEND_MS = 500;

function turnBudget(input: HandlerInput, settings: Config): TurnBudget {
  return new TurnBudget(requestStartedAt(input), settings.turnBudgetMs);
}

/** "Text me the number", or "yes" to "Want me to text it to your phone?". */
export function startTexting(input: HandlerInput): Promise<Response> {
  return safely(input, 'start', async () => {
    const settings = config();
    // SMS_DAILY_LIMIT=0 switches texting off: say so, without asking for anything.
    if (settings.sms.dailyLimit === 0) return respond(input, readTheNumber(textingOf(input).textingOff, 'texting:off'));
    const budget = turnBudget(input, settings);
    try {
      if ((await budget.within('store', () => textsSentToday(input.attributesManager))) >= settings.sms.dailyLimit) {
        return respond(input, readTheNumber(textingOf(input).limitReached, 'texting:limitReached'));
      }
    } catch (err) {
      logFailure(input, 'store', err);
      return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:storeFailed'));
    }
    if (!requestHasMobileNumberConsent(input.requestEnvelope)) return askForConsent(input);
    return confirmOrReadNumber(input, settings, budget, 'beforeConsent');
  });
}

/** The SessionResumedRequest that ends the voice consent dialog started by `askForConsent`. */
export function continueAfterConsent(input: HandlerInput): Promise<Response> {
  return safely(input, 'consent', async () => {
    const { cause } = input.requestEnvelope.request as SessionResumedRequest;
    const outcome = consentOutcome(cause);
    log('info', 'consent', {
      requestId: loggableRequestId(input.requestEnvelope.request.requestId),
      outcome,
      // Alexa's status code (200, 400, 500…); anything else in its place is not logged.
      connectionStatus: /^\d{3}$/.test(String(cause?.status?.code)) ? String(cause?.status?.code) : undefined,
    });
    switch (outcome) {
      case 'accepted': {
        const settings = config();
        return confirmOrReadNumber(input, settings, turnBudget(input, settings), 'afterConsent');
      }
      case 'declined':
        return respond(input, readTheNumber(textingOf(input).consentDeclined, 'texting:consentDeclined'));
      case 'unavailable':
        return consentByCard(input, 'texting:consentByCard');
    }
  });
}

/** "Yes" to "Should I text it to your phone ending in 42?". */
export function sendConfirmedText(input: HandlerInput, offer: ConfirmOffer): Promise<Response> {
  return safely(input, 'send', async () => {
    const settings = config();
    const budget = turnBudget(input, settings);
    // Read fresh: the number is never kept between turns, not even in the session.
    const lookup = await lookUpMobileNumber(input, budget.deadlineFor(settings.profileTimeoutMs));
    if (lookup.kind !== 'number') return readNumberInstead(input, lookup.kind, 'afterConsent');
    const phone = normaliseMobileNumber(lookup.countryCode, lookup.phoneNumber);
    if (phone.kind !== 'us') return notTextable(input, phone);

    let reservation;
    try {
      reservation = await budget.within('store', () =>
        reserveText(input.attributesManager, offer.id, settings.sms.dailyLimit),
      );
    } catch (err) {
      logFailure(input, 'store', err);
      return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:storeFailed'));
    }
    if (reservation === 'alreadySent')
      return respond(input, readTheNumber(textingOf(input).alreadySent, 'texting:alreadySent'));
    if (reservation === 'limitReached')
      return respond(input, readTheNumber(textingOf(input).limitReached, 'texting:limitReached'));
    // Other requests kept the record busy: nothing reserved, nothing sent.
    if (reservation === 'busy') return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:busy'));

    const requestId = loggableRequestId(input.requestEnvelope.request.requestId);
    const provider = settings.sms.provider;
    let sender;
    try {
      sender = await loadSmsSender(settings.sms);
    } catch (err) {
      logFailure(input, 'sms', err);
      await giveBack(input, budget, offer);
      return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:sendFailed'));
    }
    // Counted after loading the sender: on a cold start its chunk takes a moment to load.
    const timeLeftMs = budget.remainingMs();
    if (timeLeftMs < Math.min(MIN_SEND_MS, settings.sms.timeoutMs)) {
      log('warn', 'sms', { requestId, provider, result: 'notStarted', timeLeftMs });
      await giveBack(input, budget, offer);
      return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:noTimeLeft'));
    }
    try {
      const receipt = await sender.send(
        { to: phone.e164, body: textingOf(input).smsBody },
        { timeoutMs: Math.min(settings.sms.timeoutMs, timeLeftMs) },
      );
      log('info', 'sms', { requestId, provider, result: 'sent', messageId: receipt.messageId });
      return respond(input, fromPrompt(textingOf(input).sent, 'texting:sent'));
    } catch (err) {
      const failure = err instanceof SmsError ? err : undefined;
      log('warn', 'sms', {
        requestId,
        provider,
        result: failure?.failure ?? 'error',
        errorName: err instanceof Error ? err.name : typeof err,
        code: failure?.code,
        statusCode: failure?.statusCode,
      });
      // Only the provider's refusal (a 4xx) proves nothing went out: the text is given back. After
      // a 5xx, a timeout or a dropped connection it may still arrive, so the reservation stays (a
      // retried "yes" cannot send a second one) and the listener hears that it may or may not.
      if (failure?.provenNotSent) {
        await giveBack(input, budget, offer);
        return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:sendFailed'));
      }
      return respond(input, readTheNumber(textingOf(input).sendUncertain, 'texting:sendUncertain'));
    }
  });
}

/** Gives back today's text reserved for `offer` when none was sent, if the turn has time left (else it stays counted). */
async function giveBack(input: HandlerInput, budget: TurnBudget, offer: ConfirmOffer): Promise<void> {
  await budget
    .within('store', () => releaseText(input.attributesManager, offer.id))
    .catch((err) => logFailure(input, 'store', err));
}

type Stage = 'beforeConsent' | 'afterConsent';

/** Looks the number up and asks "Should I text it to your phone ending in …?", or reads the number. */
async function confirmOrReadNumber(
  input: HandlerInput,
  settings: Config,
  budget: TurnBudget,
  stage: Stage,
): Promise<Response> {
  const lookup = await lookUpMobileNumber(input, budget.deadlineFor(settings.profileTimeoutMs));
  if (lookup.kind !== 'number') return readNumberInstead(input, lookup.kind, stage);
  const phone = normaliseMobileNumber(lookup.countryCode, lookup.phoneNumber);
  if (phone.kind !== 'us') return notTextable(input, phone);
  const offer: ConfirmOffer = { kind: 'confirmText', id: randomUUID() };
  const reply: Reply = {
    speech: textingOf(input).confirm.speech,
    followUp: {
      question: fill(textingOf(input).confirm.question, phone.lastTwoDigits),
      reprompt: fill(textingOf(input).confirm.reprompt, phone.lastTwoDigits),
      offer,
    },
    outcome: 'texting:confirm',
  };
  return respond(input, reply);
}

function readNumberInstead(input: HandlerInput, lookup: 'none' | 'forbidden' | 'unavailable', stage: Stage): Response {
  switch (lookup) {
    case 'none':
      return respond(input, readTheNumber(textingOf(input).noNumberOnFile, 'texting:noNumberOnFile'));
    case 'forbidden':
      // No permission yet: ask by voice. Already asked (or revoked since): the card, never a loop.
      return stage === 'beforeConsent' ? askForConsent(input) : consentByCard(input, 'texting:forbiddenAfterConsent');
    case 'unavailable':
      return respond(input, readTheNumber(textingOf(input).numberUnavailable, 'texting:profileUnavailable'));
  }
}

function notTextable(input: HandlerInput, phone: Exclude<MobileNumber, { kind: 'us' }>): Response {
  return phone.kind === 'notUs'
    ? respond(input, readTheNumber(textingOf(input).notUsNumber, 'texting:notUsNumber'))
    : respond(input, readTheNumber(textingOf(input).numberUnavailable, 'texting:invalidNumber'));
}

/**
 * Hands the conversation to Alexa's consent dialog. No reprompt (Alexa asks the question) and
 * no shouldEndSession: the session is suspended and resumes with a SessionResumedRequest.
 */
function askForConsent(input: HandlerInput): Response {
  writeSession(input, { ...readSession(input), pending: undefined, list: undefined });
  input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = 'texting:consentRequested';
  return input.responseBuilder
    .speak(textingOf(input).askPermission)
    .addDirective(voiceConsentDirective())
    .getResponse();
}

/**
 * Where voice consent is not available: the number by voice, and an AskForPermissionsConsent
 * card in the Alexa app (in place of the number card) so the listener can allow it there.
 */
function consentByCard(input: HandlerInput, outcome: string): Response {
  respond(input, readTheNumber(textingOf(input).consentByCard, outcome));
  return input.responseBuilder.withAskForPermissionsConsentCard([MOBILE_NUMBER_SCOPE]).getResponse();
}

/** A reply that reads the help-line number (instead of texting it): on a screen, the help-line screen too. */
function readTheNumber(prompt: Prompt, outcome: string): Reply {
  return { ...fromPrompt(prompt, outcome), screen: { kind: 'helpLine' } };
}

function fill(template: string, lastTwoDigits: string): string {
  return template.replaceAll('{lastTwoDigits}', lastTwoDigits);
}

/** The error's class and scope only: a provider's or store's message could quote a number. */
function logFailure(input: HandlerInput, part: string, err: unknown): void {
  log('error', 'textingFailure', {
    requestId: loggableRequestId(input.requestEnvelope.request.requestId),
    part,
    errorName: err instanceof Error ? err.name : typeof err,
    failure: (err as { failure?: unknown } | undefined)?.failure,
    code: (err as { code?: unknown } | undefined)?.code,
  });
}

/** Anything unexpected still ends with the number spoken, never with an error and silence. */
async function safely(input: HandlerInput, step: string, work: () => Promise<Response>): Promise<Response> {
  await loadTexting(input);
  try {
    return await work();
  } catch (err) {
    logFailure(input, step, err);
    return respond(input, readTheNumber(textingOf(input).sendFailed, 'texting:error'));
  }
}
