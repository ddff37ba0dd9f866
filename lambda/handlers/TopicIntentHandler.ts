import { getIntentName, type RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { topicReply } from '../replies';
import { respond } from '../reply';
import { topicIntents } from '../topicIntents';

/** Listed once per container: canHandle runs for most requests. */
const TOPIC_INTENT_NAMES = Object.keys(topicIntents);

/** Every "tell me about X" intent: the answer comes from the topic's content. */
export const TopicIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...TOPIC_INTENT_NAMES),
  handle: (input) => respond(input, topicReply(topicIntents[getIntentName(input.requestEnvelope)])),
};
