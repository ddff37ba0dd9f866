import { DefaultApiClient, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { EmergencyIntentHandler } from './handlers/EmergencyIntentHandler';
import { ErrorHandler } from './handlers/ErrorHandler';
import { FallbackIntentHandler } from './handlers/FallbackIntentHandler';
import { HelpIntentHandler } from './handlers/HelpIntentHandler';
import { HelpLineNumberIntentHandler } from './handlers/HelpLineNumberIntentHandler';
import { LaunchRequestHandler } from './handlers/LaunchRequestHandler';
import { MoreIntentHandler } from './handlers/MoreIntentHandler';
import { NoIntentHandler } from './handlers/NoIntentHandler';
import { PersonalMedicalQuestionIntentHandler } from './handlers/PersonalMedicalQuestionIntentHandler';
import { RepeatIntentHandler } from './handlers/RepeatIntentHandler';
import { SelfHarmIntentHandler } from './handlers/SelfHarmIntentHandler';
import { SessionEndedRequestHandler } from './handlers/SessionEndedRequestHandler';
import { SessionResumedRequestHandler } from './handlers/SessionResumedRequestHandler';
import { StartOverIntentHandler } from './handlers/StartOverIntentHandler';
import { StopIntentHandler } from './handlers/StopIntentHandler';
import { TextNumberIntentHandler } from './handlers/TextNumberIntentHandler';
import { TopicIntentHandler } from './handlers/TopicIntentHandler';
import { UnhandledRequestHandler } from './handlers/UnhandledRequestHandler';
import { YesIntentHandler } from './handlers/YesIntentHandler';
import { RequestLogger, RequestTimer } from './interceptors/requestLog';
import { ScreenEventRouter } from './interceptors/screenEvents';
import { ScreenRenderer } from './interceptors/screenRenderer';
import { LazyPersistenceAdapter } from './services/store/lazyPersistenceAdapter';

/** Built once per container; every request reuses it. Emergencies are matched first. */
const skill = SkillBuilders.custom()
  .addRequestHandlers(
    EmergencyIntentHandler,
    SelfHarmIntentHandler,
    LaunchRequestHandler,
    TopicIntentHandler,
    HelpLineNumberIntentHandler,
    TextNumberIntentHandler,
    PersonalMedicalQuestionIntentHandler,
    HelpIntentHandler,
    YesIntentHandler,
    NoIntentHandler,
    MoreIntentHandler,
    RepeatIntentHandler,
    StartOverIntentHandler,
    StopIntentHandler,
    FallbackIntentHandler,
    SessionEndedRequestHandler,
    SessionResumedRequestHandler,
    UnhandledRequestHandler,
  )
  .addErrorHandlers(ErrorHandler)
  .addRequestInterceptors(RequestTimer, ScreenEventRouter)
  .addResponseInterceptors(ScreenRenderer, RequestLogger)
  // The profile API (mobile number) needs an API client; the store loads only when texting uses it.
  .withApiClient(new DefaultApiClient())
  .withPersistenceAdapter(new LazyPersistenceAdapter())
  .withCustomUserAgent('baclofen-guide')
  .create();

/** The Lambda entry: two parameters, async (Node 24 Lambda rejects callback handlers). */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
