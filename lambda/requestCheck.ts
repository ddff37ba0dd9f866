/**
 * What a request must have before the skill touches it, whose skill it is for, and the shape
 * handlers see.
 *
 * Refused (RequestRejectedError, `Skill.Request Error`), because nothing could answer them
 * safely: an event that is not an object, no `request` or no `request.type`, no
 * `context.System` or no application id, an IntentRequest without an intent name; and, with
 * SKILL_ID set, a request for another skill. ask-sdk trusts its input: without these it throws a
 * TypeError deep inside, which an error handler could even answer as if it were a real request.
 *
 * Everything else is answered. Alexa's older sample requests carry `null` tokens, devices and
 * hand-written test events send `[]` for an empty object, and a field nobody reads can be of any
 * type: none of that is a reason to fail a turn (Alexa would tell the listener "There was a
 * problem with the requested skill's response", emergency or not). So, for the fields ask-sdk or
 * this skill reads (after ask-sdk-model's RequestEnvelope), the envelope is normalised before
 * dispatch: `null` means absent, and an optional field of another type (an array where an object
 * belongs, a number where a string belongs) is treated as absent too. Handlers only ever see
 * fields of the model's types. Unknown fields are passed through as they are (Alexa can add
 * fields and request types freely), and what lies inside opaque values (session attributes, a
 * resumed session's cause, the viewport) is left to the code that reads it.
 *
 * Messages name the field, never its value.
 */
import type { RequestEnvelope } from 'ask-sdk-model';

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

/** What a field must be. `required`: refused when absent or of another type; otherwise dropped. */
type Shape = { kind: 'string' | 'boolean' | 'array'; required?: boolean } | ObjectShape;

/**
 * An object: `fields` are checked by name, `each` checks every other member (a map such as
 * slots); without either its members are opaque and passed on as they are.
 */
interface ObjectShape {
  kind: 'object';
  required?: boolean;
  fields?: Record<string, Shape>;
  each?: Shape;
}

const text: Shape = { kind: 'string' };
const flag: Shape = { kind: 'boolean' };
const list: Shape = { kind: 'array' };
const opaque: Shape = { kind: 'object' };
const requiredText: Shape = { kind: 'string', required: true };
const object = (fields: Record<string, Shape>, each?: Shape): Shape => ({ kind: 'object', fields, each });
const required = (shape: Shape): Shape => ({ ...shape, required: true });

const user = object({
  userId: text,
  accessToken: text,
  permissions: object({ consentToken: text, scopes: object({}, object({ status: text })) }),
});

const system = required(
  object({
    application: required(object({ applicationId: requiredText })),
    user,
    device: object({ deviceId: text, persistentEndpointId: text, supportedInterfaces: object({}, opaque) }),
    apiEndpoint: text,
    apiAccessToken: text,
  }),
);

const session = object({
  new: flag,
  sessionId: text,
  // Opaque: its application id, of whatever type, is the skill-id check's business (checkRequest).
  application: opaque,
  user,
  attributes: opaque,
});

const slot = object({ name: text, value: text, confirmationStatus: text, resolutions: opaque, slotValue: opaque });

function intent(nameRequired: boolean): Shape {
  return object({ name: nameRequired ? requiredText : text, confirmationStatus: text, slots: object({}, slot) });
}

const common: Record<string, Shape> = {
  type: requiredText,
  requestId: text,
  timestamp: text,
  locale: text,
};

/** The request's fields, by request type (the rest are unknown: passed as they are). */
const requestShapes: Record<string, Shape> = {
  IntentRequest: object({ ...common, dialogState: text, intent: required(intent(true)) }),
  CanFulfillIntentRequest: object({ ...common, dialogState: text, intent: intent(false) }),
  SessionEndedRequest: object({ ...common, reason: text, error: object({ type: text, message: text }) }),
  SessionResumedRequest: object({ ...common, cause: opaque }),
  'System.ExceptionEncountered': object({ ...common, error: object({ type: text, message: text }), cause: opaque }),
  'Alexa.Presentation.APL.UserEvent': object({ ...common, token: text, arguments: list, source: opaque }),
};
const anyRequest = object(common);

/** The envelope's shape for each request type, built once. */
const envelopeShapes = new Map<Shape, ObjectShape>();

function envelopeShape(request: unknown): ObjectShape {
  const type = isObject(request) ? request.type : undefined;
  const requestShape =
    (typeof type === 'string' && Object.hasOwn(requestShapes, type) && requestShapes[type]) || anyRequest;
  let shape = envelopeShapes.get(requestShape);
  if (!shape) {
    shape = object({
      version: text,
      session,
      context: required(object({ System: system, Viewport: opaque })),
      request: required(requestShape),
    }) as ObjectShape;
    envelopeShapes.set(requestShape, shape);
  }
  return shape;
}

function fits(value: unknown, shape: Shape): boolean {
  switch (shape.kind) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string' && (!shape.required || value !== '');
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function describe(shape: Shape): string {
  switch (shape.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return shape.required ? 'a non-empty string' : 'a string';
    case 'boolean':
      return 'true or false';
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * A copy of the object `value` with the fields `shape` knows normalised, the paths of those
 * dropped in `dropped` (a member of a map is named `[]`, never by its key).
 */
function normalised(value: Fields, shape: ObjectShape, path: string, dropped: string[]): Fields {
  const fields = shape.fields ?? {};
  // Named only when something is dropped or wrong: most requests need no path at all.
  const where = (key: string): string => (Object.hasOwn(fields, key) ? join(path, key) : `${path}[]`);
  const out: Fields = {};
  for (const key in value) {
    // A JSON `__proto__` member would become the copy's prototype, and its fields would seem to be
    // the copy's own: no Alexa envelope has one, so it is left out.
    if (!Object.hasOwn(value, key) || key === '__proto__') continue;
    const member = value[key];
    const memberShape = Object.hasOwn(fields, key) ? fields[key] : shape.each;
    if (member === null || member === undefined) {
      // null means absent. (A required field that is null is refused below, as missing.)
      if (memberShape && !memberShape.required) dropped.push(where(key));
      continue;
    }
    if (!memberShape) {
      out[key] = member;
      continue;
    }
    if (!fits(member, memberShape)) {
      if (memberShape.required) {
        throw new RequestRejectedError('malformed', `${where(key)} must be ${describe(memberShape)}`);
      }
      dropped.push(where(key));
      continue;
    }
    out[key] =
      memberShape.kind === 'object' && (memberShape.fields || memberShape.each)
        ? normalised(member as Fields, memberShape, where(key), dropped)
        : member;
  }
  for (const key in fields) {
    if (fields[key].required && out[key] === undefined) {
      throw new RequestRejectedError('malformed', `${join(path, key)} is missing`);
    }
  }
  return out;
}

/** The envelope as handlers see it, and the fields that were dropped (paths only: safe to log). */
export interface CheckedRequest {
  envelope: RequestEnvelope;
  dropped: string[];
}

function normalisedEnvelope(event: unknown): CheckedRequest {
  if (!isObject(event)) throw new RequestRejectedError('malformed', 'the event is not an object');
  const dropped: string[] = [];
  const envelope = normalised(event, envelopeShape(event.request), '', dropped) as unknown as RequestEnvelope;
  return { envelope, dropped };
}

/**
 * The envelope to dispatch, normalised (see above), or a RequestRejectedError when it cannot be
 * dispatched or is not for `skillId` (any skill when undefined). The session's application id,
 * when there is one, must match too.
 */
export function checkRequest(event: unknown, skillId: string | undefined): CheckedRequest {
  const checked = normalisedEnvelope(event);
  if (skillId === undefined) return checked;
  // The session's id as sent: only null or no id at all counts as none.
  const sessionApp = isObject(event) && isObject(event.session) ? event.session.application : undefined;
  const sessionAppId = isObject(sessionApp) ? sessionApp.applicationId : undefined;
  if (
    checked.envelope.context.System.application.applicationId !== skillId ||
    (sessionAppId !== undefined && sessionAppId !== null && sessionAppId !== skillId)
  ) {
    throw new RequestRejectedError('skillId', "the application id is not this skill's (SKILL_ID)");
  }
  return checked;
}
