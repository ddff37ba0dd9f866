import { DefaultApiClient, ResponseFactory, Skill, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import {
  GenericErrorMapper,
  GenericHandlerAdapter,
  GenericRequestHandlerChain,
  GenericRequestMapper,
} from 'ask-sdk-runtime';
import { CallThemIntentHandler } from './handlers/CallThemIntentHandler';
import { CanFulfillIntentRequestHandler } from './handlers/CanFulfillIntentRequestHandler';
import { EmergencyIntentHandler } from './handlers/EmergencyIntentHandler';
import { ErrorHandler } from './handlers/ErrorHandler';
import { FallbackIntentHandler } from './handlers/FallbackIntentHandler';
import { HelpIntentHandler } from './handlers/HelpIntentHandler';
import { HelpLineNumberIntentHandler } from './handlers/HelpLineNumberIntentHandler';
import { LaunchRequestHandler } from './handlers/LaunchRequestHandler';
import { MoreIntentHandler } from './handlers/MoreIntentHandler';
import { NoIntentHandler } from './handlers/NoIntentHandler';
import { NotificationHandler } from './handlers/NotificationHandler';
import { OtherMedicineHandler } from './handlers/OtherMedicineHandler';
import { PersonalMedicalQuestionIntentHandler } from './handlers/PersonalMedicalQuestionIntentHandler';
import { RepeatIntentHandler } from './handlers/RepeatIntentHandler';
import { SelfHarmIntentHandler } from './handlers/SelfHarmIntentHandler';
import { SessionEndedRequestHandler } from './handlers/SessionEndedRequestHandler';
import { SessionResumedRequestHandler } from './handlers/SessionResumedRequestHandler';
import { StartOverIntentHandler } from './handlers/StartOverIntentHandler';
import { StatementIntentHandler } from './handlers/StatementIntentHandler';
import { StopIntentHandler } from './handlers/StopIntentHandler';
import { TextNumberIntentHandler } from './handlers/TextNumberIntentHandler';
import { TopicIntentHandler } from './handlers/TopicIntentHandler';
import { UnhandledRequestHandler } from './handlers/UnhandledRequestHandler';
import { YesIntentHandler } from './handlers/YesIntentHandler';
import { RequestLogger, RequestTimer } from './interceptors/requestLog';
import { loadedContent, LocaleContentLoader } from './locale';
import { ScreenEventRouter } from './interceptors/screenEvents';
import { ScreenRenderer } from './interceptors/screenRenderer';
import { describeError, log, logWithMetrics } from './log';
import { rejectionMetrics } from './metrics';
import { checkRequest, RequestRejectedError, type CheckedRequest } from './requestCheck';
import { loggableName, loggableRequestId, takesSpeech } from './requestTypes';
import { LazyPersistenceAdapter } from './services/store/lazyPersistenceAdapter';

export interface SkillOptions {
  /** Accept only requests for this skill (SKILL_ID). Undefined: any skill id (the console, tests). */
  skillId?: string;
}

/**
 * ask-sdk's skill with the request checked before dispatch (lambda/requestCheck.ts): an event
 * that cannot be dispatched, or one for another skill, is rejected with a RequestRejectedError
 * (`Skill.Request Error`) and logged without its body; no handler, interceptor or outside call
 * runs for it. Everything else is dispatched normalised (`null` and optional fields of another
 * type as absent). The Lambda handler and the self-hosted web service both use this.
 */
export class CheckedSkill extends Skill {
  /** The skill id this skill answers for (set by `withSkillId`, which ask-sdk also checks in invoke). */
  get expectedSkillId(): string | undefined {
    return this.skillId ?? undefined;
  }

  /** Throws RequestRejectedError (and logs it) unless `event` may be dispatched. */
  check(event: unknown): asserts event is RequestEnvelope {
    this.accept(event);
  }

  /** The envelope handlers will see (normalised), or a RequestRejectedError (logged). */
  accept(event: unknown): RequestEnvelope {
    let checked: CheckedRequest;
    try {
      checked = checkRequest(event, this.expectedSkillId);
    } catch (err) {
      if (err instanceof RequestRejectedError) logRejection(event, err);
      throw err;
    }
    if (checked.dropped.length > 0) {
      log('debug', 'requestNormalised', {
        requestId: loggableRequestId(checked.envelope.request.requestId),
        dropped: checked.dropped.slice(0, 20),
      });
    }
    return checked.envelope;
  }

  override async invoke(received: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
    const event = this.accept(received);
    try {
      return await super.invoke(event, context);
    } catch (err) {
      // Only reached if the error handler itself failed: a bug, logged as one, but the listener
      // still hears something rather than Alexa's "problem with the requested skill's response".
      log('error', 'invokeError', { requestType: loggableName(event.request.type), ...describeError(err) });
      return lastResortResponse(event);
    }
  }
}

/** The apology, built without any of the skill's own code (which has just failed). */
function lastResortResponse(event: RequestEnvelope): ResponseEnvelope {
  const builder = ResponseFactory.init();
  if (takesSpeech(event)) {
    const { prompts } = loadedContent(event);
    builder
      .speak(`${prompts.error.speech} ${prompts.error.followUp.question}`)
      .reprompt(prompts.error.followUp.reprompt);
  }
  return { version: '1.0', response: builder.getResponse() };
}

/** What is safe to say about a rejected event: its request id and type if it has them, never the body. */
export function logRejection(event: unknown, err: RequestRejectedError): void {
  const request = (event as { request?: { requestId?: unknown; type?: unknown } } | null)?.request;
  logWithMetrics(
    'warn',
    'requestRejected',
    () => ({
      reason: err.reason,
      problem: err.problem,
      requestId: loggableRequestId(request?.requestId),
      requestType: loggableName(request?.type),
    }),
    () => rejectionMetrics(err.reason),
  );
}

/** The request handlers, in the order they are asked: emergencies first, then another medicine named. */
const REQUEST_HANDLERS: RequestHandler[] = [
  EmergencyIntentHandler,
  SelfHarmIntentHandler,
  OtherMedicineHandler,
  LaunchRequestHandler,
  PersonalMedicalQuestionIntentHandler,
  TopicIntentHandler,
  StatementIntentHandler,
  HelpLineNumberIntentHandler,
  CallThemIntentHandler,
  TextNumberIntentHandler,
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
  CanFulfillIntentRequestHandler,
  NotificationHandler,
  UnhandledRequestHandler,
];

/**
 * The skill: emergencies are matched first, then another medicine named; requests that take no
 * speech are answered silently.
 *
 * The configuration is the one `SkillBuilders.custom()` assembles (one request mapper over the
 * handlers in order, one handler adapter, one error mapper), built from ask-sdk-runtime's parts
 * directly: the builder's chain of closures cost every cold start ~0.25 ms (npm run bench).
 */
export function createSkill(options: SkillOptions = {}): CheckedSkill {
  return new CheckedSkill({
    requestMappers: [
      new GenericRequestMapper<HandlerInput, Response>({
        requestHandlerChains: REQUEST_HANDLERS.map(
          (requestHandler) => new GenericRequestHandlerChain<HandlerInput, Response>({ requestHandler }),
        ),
      }),
    ],
    handlerAdapters: [new GenericHandlerAdapter<HandlerInput, Response>()],
    errorMapper: new GenericErrorMapper<HandlerInput, Response>({ errorHandlers: [ErrorHandler] }),
    requestInterceptors: [RequestTimer, LocaleContentLoader, ScreenEventRouter],
    responseInterceptors: [ScreenRenderer, RequestLogger],
    // The profile API (mobile number) needs an API client; the store loads only when texting uses it.
    apiClient: new DefaultApiClient(),
    persistenceAdapter: new LazyPersistenceAdapter(),
    customUserAgent: 'baclofen-guide',
    skillId: options.skillId || undefined,
  });
}
