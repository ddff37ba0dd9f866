'use strict';
// The anchor for `npm run bench`: a bare ask-sdk-core hello-world skill, loaded the usual way
// (unbundled, require() from node_modules), built with .create() and an async two-argument handler,
// as the ASK hello-world template has it. Plain CommonJS on purpose: no build step.
/* global require, exports */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'LaunchRequest';
  },
  handle(handlerInput) {
    const speakOutput = 'Welcome, you can say Hello or Help. Which would you like to try?';
    return handlerInput.responseBuilder.speak(speakOutput).reprompt(speakOutput).getResponse();
  },
};

const HelpIntentHandler = {
  canHandle(handlerInput) {
    return (
      Alexa.getRequestType(handlerInput.requestEnvelope) === 'IntentRequest' &&
      Alexa.getIntentName(handlerInput.requestEnvelope) === 'AMAZON.HelpIntent'
    );
  },
  handle(handlerInput) {
    const speakOutput = 'You can say hello to me! How can I help?';
    return handlerInput.responseBuilder.speak(speakOutput).reprompt(speakOutput).getResponse();
  },
};

const skill = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler, HelpIntentHandler).create();

exports.handler = async (event, context) => skill.invoke(event, context);
