import { getIntentName, type RequestHandler } from 'ask-sdk-core';
import { mixesFood, namedDrug } from '../drug';
import { isIntent } from '../match';
import { topicReply } from '../replies';
import { respond } from '../reply';
import { topicIntents } from '../topicIntents';
import { contentOf } from '../locale';

/** Listed once per container: canHandle runs for most requests. */
const TOPIC_INTENT_NAMES = Object.keys(topicIntents);

/**
 * Every "tell me about X" intent: the answer comes from the topic's content. A brand named
 * ("is Ozobax addictive") is answered as baclofen, with a note the first time. Another medicine
 * never reaches here (OtherMedicineHandler runs first). Baclofen "with breakfast" or "with a meal"
 * (MixingIntent, substance: food) asks how it is taken: the food topic answers.
 */
export const TopicIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...TOPIC_INTENT_NAMES),
  handle: (input) => {
    const c = contentOf(input);
    const drug = namedDrug(input);
    const intent = getIntentName(input.requestEnvelope);
    const topic = intent === 'MixingIntent' && mixesFood(input) ? topicIntents.WithFoodIntent : topicIntents[intent];
    const reply = topicReply(c, topic);
    const brandNote = drug.kind === 'baclofen' && drug.brand ? c.prompts.brandNotes[drug.brand] : undefined;
    return respond(input, brandNote ? { ...reply, brandNote } : reply);
  },
};
