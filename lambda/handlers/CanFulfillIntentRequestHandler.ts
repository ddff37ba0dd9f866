import type { RequestHandler } from 'ask-sdk-core';
import type { canfulfill, Slot } from 'ask-sdk-model';
import { DRUG_SLOT, mixesNonSedative, namesBaclofen } from '../drug';
import { isRequestType } from '../match';
import { OUTCOME_ATTRIBUTE } from '../reply';
import { topicIntents } from '../topicIntents';

/** Name-free questions the skill answers fully: the topics, when they name baclofen or a brand. */
const ANSWERABLE = new Set([...Object.keys(topicIntents), 'DrivingIntent', 'DrugTestIntent', 'TimeInSystemIntent']);

/**
 * "Alexa, is baclofen addictive?" without the skill's name: Alexa asks candidate skills whether
 * they can answer. YES only when the question is one the skill answers fully and names baclofen
 * (or a brand) from the catalogue; NO for another medicine or anything else. Nothing is spoken,
 * stored or sent: the listener must not notice this request.
 */
export const CanFulfillIntentRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'CanFulfillIntentRequest'),
  handle: (input) => {
    const intent = (input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest).intent;
    // Baclofen with a medicine that is not a sedative gets a personal redirect, not an answer.
    const yes =
      typeof intent?.name === 'string' &&
      ANSWERABLE.has(intent.name) &&
      namesBaclofen(input) &&
      !(intent.name === 'MixingIntent' && mixesNonSedative(input));
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    const requested: Record<string, Slot | undefined> =
      intent?.slots && typeof intent.slots === 'object' && !Array.isArray(intent.slots) ? intent.slots : {};
    for (const [name, slot] of Object.entries(requested)) {
      if (!slot || typeof slot !== 'object') continue;
      const matched = slot.resolutions?.resolutionsPerAuthority?.some((a) => a?.status?.code === 'ER_SUCCESS_MATCH');
      if (name === DRUG_SLOT)
        slots[name] = yes
          ? { canUnderstand: 'YES', canFulfill: 'YES' }
          : { canUnderstand: matched ? 'YES' : 'NO', canFulfill: 'NO' };
      else slots[name] = { canUnderstand: matched ? 'YES' : 'MAYBE', canFulfill: yes ? 'YES' : 'NO' };
    }
    input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = `canFulfillIntent:${yes ? 'yes' : 'no'}`;
    return input.responseBuilder
      .withCanFulfillIntent({ canFulfill: yes ? 'YES' : 'NO', ...(Object.keys(slots).length ? { slots } : {}) })
      .getResponse();
  },
};
