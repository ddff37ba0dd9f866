import { getIntentName, type RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { topicReply } from '../replies';
import { respond } from '../reply';
import { topicIntents } from '../topicIntents';

/** Every "tell me about X" intent: the answer comes from the topic's content. */
export const TopicIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...Object.keys(topicIntents)),
  handle: (input) => respond(input, topicReply(topicIntents[getIntentName(input.requestEnvelope)])),
};
