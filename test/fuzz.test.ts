/**
 * Property-based: thousands of generated request envelopes through the skill (ask-sdk, handlers,
 * interceptors, the texting flow against loopback stand-ins), as a device, Alexa or a broken
 * caller might send them.
 *
 *  - Structurally valid envelopes (any intent name, missing or empty or very long or odd unicode
 *    slot values, no session, no device, no apiEndpoint, request types the skill does not use,
 *    odd dialog states and resumed-session causes, other locales, session attributes of another
 *    shape) must each get a well-formed response: speech where Alexa allows speech, valid SSML,
 *    an open session only with a question and a reprompt; nothing spoken where Alexa takes no
 *    speech. The error handler must not be needed either.
 *  - The same envelopes with harmless oddities (`null` where a field is optional, `[]` where an
 *    optional object belongs, an optional field of another type: test/support/envelopes.ts) are
 *    valid too: each is answered the same way, never refused. Every emergency is answered with
 *    911, every mention of self-harm with 988.
 *  - Events the skill cannot dispatch (no request, no request type, no context.System, no
 *    application id, an IntentRequest without an intent name) and every request for another
 *    skill, odd or not, must each be refused with a `Skill.Request Error`, with nothing sent to
 *    any service.
 *
 * The suite counts answered / answered silently / refused / crashed, prints the figures, and
 * requires 0 crashed and 0 harmless envelopes refused.
 * Which request types take speech is restated here from Alexa's references, independently of
 * lambda/requestTypes.ts.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { say } from '../content/helpLine';
import { createSkill } from '../lambda/skill';
import { certificationProblems } from './support/certification';
import {
  corruption,
  envelopeArb,
  HARMLESS_ODDITIES,
  mutatedEnvelopeArb,
  oddEnvelopeArb,
  type Endpoints,
} from './support/envelopes';
import { captureLogs, type LogCapture } from './support/logCapture';
import { deadEndpoint, ProfileStandin } from './support/standins';

const SKILL_ID = 'amzn1.ask.skill.4c0ffee0-fuzz-4bad-8bad-feedfacecafe';
const OTHER_SKILL = 'amzn1.ask.skill.0ther000-0000-4000-8000-000000000000';
const VALID_RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const ODD_RUNS = VALID_RUNS;
const MUTATED_RUNS = VALID_RUNS;
const INVALID_RUNS = Math.round(VALID_RUNS / 3);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

// ---------------------------------------------------------------------------------------------
// What Alexa accepts in a response, by request type (request types reference, AudioPlayer,
// PlaybackController, Messaging, System.ExceptionEncountered, CanFulfillIntentRequest docs).

const SPEECH_EXPECTED = new Set([
  'LaunchRequest',
  'IntentRequest',
  'SessionResumedRequest',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
]);
const NO_SPEECH = [
  /^SessionEndedRequest$/,
  /^CanFulfillIntentRequest$/,
  /^AudioPlayer\./,
  /^PlaybackController\./,
  /^Messaging\./,
  /^System\.ExceptionEncountered$/,
  /^Alexa\.Presentation\.APL\.RuntimeError$/,
  /^AlexaSkillEvent\./,
];

// ---------------------------------------------------------------------------------------------

const skill = createSkill({ skillId: SKILL_ID });
let profile: ProfileStandin;
let endpoints: Endpoints;
let scratch: string;
let logs: LogCapture;
const originalEnv = { ...process.env };
const counts = { answered: 0, answeredSilently: 0, apologised: 0, rejected: 0, crashed: 0 };
const odd = { answered: 0, answeredSilently: 0, refused: 0, failed: 0 };
const mutated = { answered: 0, refusedAsNeeded: 0, refusedNeedlessly: 0, failed: 0 };
/** Per oddity: how many envelopes carried it, and how many of those were refused. */
const byOddity = new Map<string, { carried: number; refused: number }>();

beforeAll(async () => {
  profile = await ProfileStandin.start();
  profile.hasNumber('+16095550142');
  endpoints = { profile: profile.url, dead: await deadEndpoint() };
  scratch = await mkdtemp(join(tmpdir(), 'fuzz-test-'));
  process.env = {
    ...originalEnv,
    LOG_LEVEL: 'info',
    SKILL_STORE: 'memory',
    SMS_PROVIDER: 'outbox',
    SMS_OUTBOX: join(scratch, 'outbox.jsonl'),
    PROFILE_TIMEOUT_MS: '200',
    STORE_TIMEOUT_MS: '200',
    SMS_TIMEOUT_MS: '200',
    TURN_BUDGET_MS: '800',
  };
  logs = captureLogs();
});

afterAll(async () => {
  logs?.restore();
  process.env = { ...originalEnv };
  await profile?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  console.info(
    `fuzz (seed ${SEED}): ${VALID_RUNS} valid + ${INVALID_RUNS} invalid envelopes → answered ${counts.answered}, answered silently ${counts.answeredSilently}, apologised ${counts.apologised}, rejected ${counts.rejected}, crashed ${counts.crashed}\n` +
      `fuzz: ${ODD_RUNS} envelopes with harmless oddities → answered ${odd.answered + odd.answeredSilently} (${odd.answeredSilently} silently), refused ${odd.refused}, failed ${odd.failed}\n` +
      `fuzz: ${MUTATED_RUNS} envelopes with one field anywhere set to null, [], {}, '', 0, true or 'x' → answered ${mutated.answered}, refused ${mutated.refusedAsNeeded + mutated.refusedNeedlessly} (${mutated.refusedNeedlessly} of them for a field the skill can do without), failed ${mutated.failed}`,
  );
  const refusedBy = [...byOddity].filter(([, n]) => n.refused > 0).sort((a, b) => b[1].refused - a[1].refused);
  if (refusedBy.length > 0) {
    console.info(
      `fuzz: refused, by oddity carried:\n${refusedBy.map(([name, n]) => `  ${name}: ${n.refused}/${n.carried}`).join('\n')}`,
    );
  }
});

function ssmlOf(speech: unknown): string | undefined {
  const s = speech as { type?: string; ssml?: string } | undefined;
  return s?.type === 'SSML' ? s.ssml : undefined;
}

/** What is wrong with the skill's answer to a valid envelope (empty when nothing is). */
async function answerProblems(event: RequestEnvelope, reply: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  if (reply.version !== '1.0') problems.push('version is not 1.0');
  if (typeof reply.response !== 'object' || reply.response === null) return [...problems, 'no response object'];
  try {
    JSON.parse(JSON.stringify(reply));
  } catch {
    problems.push('response does not serialise to JSON');
  }
  const type = event.request.type;
  const { response } = reply;
  const spoken = ssmlOf(response.outputSpeech);
  if (NO_SPEECH.some((pattern) => pattern.test(type))) {
    if (response.outputSpeech || response.reprompt || response.card)
      problems.push(`${type} takes no speech, reprompt or card`);
    if (response.directives?.length) problems.push(`${type}: unexpected directives`);
    if (
      type === 'CanFulfillIntentRequest' &&
      !['YES', 'NO', 'MAYBE'].includes(String(response.canFulfillIntent?.canFulfill))
    ) {
      problems.push('CanFulfillIntentRequest without canFulfillIntent');
    }
  } else if (SPEECH_EXPECTED.has(type) && spoken === undefined) {
    problems.push(`${type} was answered without speech`);
  }
  // Emergencies first, whatever else the envelope holds.
  const intentName = type === 'IntentRequest' ? event.request.intent?.name : undefined;
  if (intentName === 'EmergencyIntent' && !spoken?.includes(say.emergency)) problems.push('an emergency without 911');
  if (intentName === 'SelfHarmIntent' && !spoken?.includes(say.lifeline)) problems.push('self-harm without 988');
  if (spoken !== undefined || response.reprompt) problems.push(...(await certificationProblems(reply)));
  if (reply.sessionAttributes !== undefined && JSON.stringify(reply.sessionAttributes).length > 10_000) {
    problems.push('session attributes grew past 10 KB');
  }
  return problems;
}

/** Error lines logged since line `start` (only the new lines are parsed: thousands of runs). */
function errorLinesSince(start: number): Array<Record<string, unknown>> {
  return logs.lines
    .slice(start)
    .filter((line) => line.includes('"handlerError"') || line.includes('"invokeError"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test(`${VALID_RUNS} structurally valid envelopes: every one answered well formed, none crashed`, async () => {
  await fc.assert(
    fc.asyncProperty(envelopeArb(endpoints, SKILL_ID), async (event) => {
      const linesBefore = logs.lines.length;
      let reply: ResponseEnvelope;
      try {
        reply = await skill.invoke(event);
      } catch (err) {
        counts.crashed += 1;
        throw new Error(`threw ${(err as Error).name}: ${(err as Error).message}`);
      }
      const problems = await answerProblems(event, reply);
      const errors = errorLinesSince(linesBefore);
      if (errors.some((e) => e.event === 'invokeError')) problems.push('the error handler failed (last-resort answer)');
      if (problems.length > 0) {
        counts.crashed += 1;
        throw new Error(problems.join('; '));
      }
      if (errors.length > 0) {
        counts.apologised += 1;
        throw new Error(`a handler threw: ${JSON.stringify(errors)}`);
      }
      if (ssmlOf(reply.response.outputSpeech) !== undefined) counts.answered += 1;
      else counts.answeredSilently += 1;
    }),
    { numRuns: VALID_RUNS, seed: SEED },
  );
  expect(counts.crashed).toBe(0);
  expect(counts.apologised).toBe(0);
  expect(counts.answered + counts.answeredSilently).toBe(VALID_RUNS);
  // The generators reach both kinds of request, not just one.
  expect(counts.answered).toBeGreaterThan(VALID_RUNS / 2);
  expect(counts.answeredSilently).toBeGreaterThan(VALID_RUNS / 20);
}, 60_000);

test(`${ODD_RUNS} valid envelopes with harmless oddities (null, [], an optional field of another type): every one answered`, async () => {
  // Sampled rather than asserted one by one, so that every envelope is counted (the figures are
  // the point: refused against answered), then the counts are checked.
  const samples = fc.sample(oddEnvelopeArb(endpoints, SKILL_ID), { numRuns: ODD_RUNS, seed: SEED });
  const failures: string[] = [];
  for (const { oddities, event } of samples) {
    for (const name of oddities) {
      const n = byOddity.get(name) ?? { carried: 0, refused: 0 };
      n.carried += 1;
      byOddity.set(name, n);
    }
    const linesBefore = logs.lines.length;
    let reply: ResponseEnvelope;
    try {
      reply = await skill.invoke(event);
    } catch (err) {
      const { name, message } = err as Error;
      if (name === 'Skill.Request Error') {
        odd.refused += 1;
        for (const oddity of oddities) byOddity.get(oddity)!.refused += 1;
      } else odd.failed += 1;
      failures.push(`${oddities.join(', ')}: threw ${name}: ${message}`);
      continue;
    }
    const problems = await answerProblems(event, reply);
    if (errorLinesSince(linesBefore).length > 0) problems.push('a handler threw (the listener heard an apology)');
    if (problems.length > 0) {
      odd.failed += 1;
      failures.push(`${oddities.join(', ')} (${event.request.type}): ${problems.join('; ')}`);
    } else if (ssmlOf(reply.response.outputSpeech) !== undefined) odd.answered += 1;
    else odd.answeredSilently += 1;
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(odd.answered + odd.answeredSilently).toBe(ODD_RUNS);
  // Every oddity was tried (the rarest belong to request types drawn about one time in 400).
  if (ODD_RUNS >= 2000)
    expect(HARMLESS_ODDITIES.map(([name]) => name).filter((name) => !byOddity.has(name))).toEqual([]);
}, 60_000);

/**
 * The fields without which a request cannot be dispatched (or, the application ids, whose
 * request it is): a mutant there may be refused. Any other field may not cost the answer.
 */
const MUST_HAVE = new Set([
  'request',
  'request.type',
  'request.intent',
  'request.intent.name',
  'context',
  'context.System',
  'context.System.application',
  'context.System.application.applicationId',
  'session.application.applicationId',
]);

test(`${MUTATED_RUNS} valid envelopes with one field anywhere set to an odd value: refused only for a field the skill cannot do without`, async () => {
  const samples = fc.sample(mutatedEnvelopeArb(endpoints, SKILL_ID), { numRuns: MUTATED_RUNS, seed: SEED });
  const failures: string[] = [];
  for (const { path, mutant, event } of samples) {
    const what = `${path} = ${JSON.stringify(mutant)}`;
    const linesBefore = logs.lines.length;
    let reply: ResponseEnvelope;
    try {
      reply = await skill.invoke(event);
    } catch (err) {
      const { name, message } = err as Error;
      if (name === 'Skill.Request Error' && MUST_HAVE.has(path)) mutated.refusedAsNeeded += 1;
      else {
        if (name === 'Skill.Request Error') mutated.refusedNeedlessly += 1;
        else mutated.failed += 1;
        failures.push(`${what}: threw ${name}: ${message}`);
      }
      continue;
    }
    const problems = await answerProblems(event, reply);
    if (errorLinesSince(linesBefore).length > 0) problems.push('a handler threw (the listener heard an apology)');
    if (problems.length > 0) {
      mutated.failed += 1;
      failures.push(`${what} (${event.request.type}): ${problems.join('; ')}`);
    } else mutated.answered += 1;
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(mutated.answered + mutated.refusedAsNeeded).toBe(MUTATED_RUNS);
  // Most fields are ones the skill can do without: most mutants are answered.
  expect(mutated.answered).toBeGreaterThan(MUTATED_RUNS * 0.8);
}, 60_000);

test(`${INVALID_RUNS} structurally invalid events and other skills' requests: every one rejected, nothing sent`, async () => {
  const lookupsBefore = profile.requests.length;
  const outboxBefore = await stat(join(scratch, 'outbox.jsonl')).then(
    (s) => s.size,
    () => 0,
  );
  const rejectedBefore = counts.rejected;
  const crashedBefore = counts.crashed;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc
          .tuple(envelopeArb(endpoints, SKILL_ID), corruption)
          .map(([e, [what, corrupt]]) => ({ what, event: corrupt(e), reason: 'malformed' })),
        envelopeArb(endpoints, OTHER_SKILL).map((event) => ({
          what: 'another skill',
          event: event as unknown,
          reason: 'skillId',
        })),
        // Oddities change nothing about whose request it is.
        oddEnvelopeArb(endpoints, OTHER_SKILL).map(({ oddities, event }) => ({
          what: `another skill, with ${oddities.join(', ')}`,
          event: event as unknown,
          reason: 'skillId',
        })),
      ),
      async ({ what, event, reason }) => {
        const outcome = await skill.invoke(event as RequestEnvelope).then(
          () => undefined,
          (err: unknown) => err as { name?: string; reason?: string; message?: string },
        );
        if (outcome?.name !== 'Skill.Request Error' || outcome.reason !== reason) {
          counts.crashed += 1;
          throw new Error(
            `${what}: expected a Skill.Request Error (${reason}), got ${outcome ? `${outcome.name} (${outcome.reason}: ${outcome.message})` : 'an answer'}`,
          );
        }
        counts.rejected += 1;
      },
    ),
    { numRuns: INVALID_RUNS, seed: SEED },
  );
  expect(counts.rejected - rejectedBefore).toBe(INVALID_RUNS);
  expect(counts.crashed - crashedBefore).toBe(0);
  // Nothing sent: no profile lookup, no text, no response.
  expect(profile.requests.length).toBe(lookupsBefore);
  expect(
    await stat(join(scratch, 'outbox.jsonl')).then(
      (s) => s.size,
      () => 0,
    ),
  ).toBe(outboxBefore);
  expect(logs.lines.filter((l) => l.includes('"event":"requestRejected"')).length).toBeGreaterThanOrEqual(INVALID_RUNS);
}, 60_000);
