import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { skillId } from './config';
import { createSkill } from './skill';

/** Built once per container; every request reuses it. SKILL_ID is read here, at cold start. */
const skill = createSkill({ skillId: skillId() });

/**
 * The Lambda entry: two parameters, async (Node 24 Lambda rejects callback handlers).
 *
 * A malformed event, or one for another skill (SKILL_ID), rejects with `Skill.Request Error`
 * after one log line without the body: the invocation fails and nothing is sent back. Returning
 * a response instead would answer a request that is not this skill's to answer; Alexa never
 * sends such events, and the deployment's trigger admits only this skill, so whoever sees the
 * failure is someone testing or misconfiguring the function.
 */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
