/**
 * What every request must look like before the skill touches it, and whose skill it is for.
 * ask-sdk trusts its input: an event without `context.System` or with an intent that is not an
 * object makes it throw a TypeError deep inside, and with an error handler in the way that could
 * even be answered as if it were a real request. Checked here instead, up front, with a message
 * that names the field (never its value).
 *
 * The rules follow ask-sdk-model's RequestEnvelope for the fields the SDK or this skill reads;
 * everything else is left alone, so Alexa can add fields and request types freely.
 */
export type RejectionReason = 'malformed' | 'skillId';

export class RequestRejectedError extends Error {
  constructor(
    readonly reason: RejectionReason,
    /** Which rule the event broke (field names only: safe to log and to return). */
    readonly problem: string,
  ) {
    super(`request rejected: ${problem}`);
    this.name = 'Skill.Request Error';
  }
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `where` must be absent, or a `kind`. */
function optional(
  fields: Fields,
  key: string,
  where: string,
  kind: 'string' | 'boolean' | 'object',
): string | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  const ok = kind === 'object' ? isObject(value) : typeof value === kind;
  return ok ? undefined : `${where}.${key} must be ${kind === 'object' ? 'an object' : `a ${kind}`}`;
}

function required(fields: Fields, key: string, where: string, kind: 'string' | 'object'): string | undefined {
  if (fields[key] === undefined) return `${where}.${key} is missing`;
  if (kind === 'string' && (typeof fields[key] !== 'string' || fields[key] === '')) {
    return `${where}.${key} must be a non-empty string`;
  }
  return optional(fields, key, where, kind);
}

function first(...problems: (string | undefined)[]): string | undefined {
  return problems.find((p) => p !== undefined);
}

function userProblem(user: unknown, where: string): string | undefined {
  if (user === undefined) return undefined;
  if (!isObject(user)) return `${where} must be an object`;
  const permissions = user.permissions;
  return first(
    optional(user, 'userId', where, 'string'),
    optional(user, 'accessToken', where, 'string'),
    optional(user, 'permissions', where, 'object'),
    isObject(permissions)
      ? first(
          optional(permissions, 'consentToken', `${where}.permissions`, 'string'),
          optional(permissions, 'scopes', `${where}.permissions`, 'object'),
        )
      : undefined,
  );
}

function applicationProblem(application: unknown, where: string): string | undefined {
  if (!isObject(application)) return `${where} must be an object`;
  return required(application, 'applicationId', where, 'string');
}

function systemProblem(system: unknown): string | undefined {
  if (!isObject(system)) return 'context.System is missing or not an object';
  const device = system.device;
  return first(
    applicationProblem(system.application, 'context.System.application'),
    userProblem(system.user, 'context.System.user'),
    optional(system, 'device', 'context.System', 'object'),
    isObject(device)
      ? first(
          optional(device, 'deviceId', 'context.System.device', 'string'),
          optional(device, 'supportedInterfaces', 'context.System.device', 'object'),
        )
      : undefined,
    optional(system, 'apiEndpoint', 'context.System', 'string'),
    optional(system, 'apiAccessToken', 'context.System', 'string'),
  );
}

function sessionProblem(session: unknown): string | undefined {
  if (session === undefined) return undefined;
  if (!isObject(session)) return 'session must be an object';
  return first(
    required(session, 'sessionId', 'session', 'string'),
    optional(session, 'new', 'session', 'boolean'),
    optional(session, 'attributes', 'session', 'object'),
    session.application === undefined ? undefined : applicationProblem(session.application, 'session.application'),
    userProblem(session.user, 'session.user'),
  );
}

function intentProblem(request: Fields): string | undefined {
  const intent = request.intent;
  if (!isObject(intent)) return 'request.intent is missing or not an object';
  const problem = first(
    required(intent, 'name', 'request.intent', 'string'),
    optional(intent, 'confirmationStatus', 'request.intent', 'string'),
    optional(intent, 'slots', 'request.intent', 'object'),
    optional(request, 'dialogState', 'request', 'string'),
  );
  if (problem || !isObject(intent.slots)) return problem;
  for (const slot of Object.values(intent.slots)) {
    if (!isObject(slot)) return 'request.intent.slots must hold objects';
    const slotProblem = first(
      optional(slot, 'name', 'request.intent.slots[]', 'string'),
      optional(slot, 'value', 'request.intent.slots[]', 'string'),
      optional(slot, 'confirmationStatus', 'request.intent.slots[]', 'string'),
    );
    if (slotProblem) return slotProblem;
  }
  return undefined;
}

function requestProblem(request: unknown): string | undefined {
  if (!isObject(request)) return 'request is missing or not an object';
  const problem = first(
    required(request, 'type', 'request', 'string'),
    required(request, 'requestId', 'request', 'string'),
    optional(request, 'timestamp', 'request', 'string'),
    optional(request, 'locale', 'request', 'string'),
  );
  if (problem) return problem;
  switch (request.type) {
    case 'IntentRequest':
    case 'CanFulfillIntentRequest':
      return intentProblem(request);
    case 'SessionEndedRequest':
      return first(optional(request, 'reason', 'request', 'string'), optional(request, 'error', 'request', 'object'));
    case 'Alexa.Presentation.APL.UserEvent':
      return request.arguments === undefined || Array.isArray(request.arguments)
        ? undefined
        : 'request.arguments must be an array';
    default:
      return undefined;
  }
}

/** Why `event` is not a request envelope the skill can take, or undefined when it is one. */
export function envelopeProblem(event: unknown): string | undefined {
  if (!isObject(event)) return 'the event is not an object';
  const context = event.context;
  return first(
    optional(event, 'version', 'envelope', 'string'),
    requestProblem(event.request),
    isObject(context) ? systemProblem(context.System) : 'context is missing or not an object',
    sessionProblem(event.session),
  );
}

/**
 * Throws RequestRejectedError unless `event` is a well-formed request for `skillId` (any skill
 * when undefined). The session's application id, when there is one, must match too.
 */
export function checkRequest(event: unknown, skillId: string | undefined): void {
  const problem = envelopeProblem(event);
  if (problem) throw new RequestRejectedError('malformed', problem);
  if (skillId === undefined) return;
  const envelope = event as { context: { System: { application: { applicationId: string } } }; session?: Fields };
  const sessionApp = (envelope.session?.application as { applicationId?: string } | undefined)?.applicationId;
  if (
    envelope.context.System.application.applicationId !== skillId ||
    (sessionApp !== undefined && sessionApp !== skillId)
  ) {
    throw new RequestRejectedError('skillId', "the application id is not this skill's (SKILL_ID)");
  }
}
