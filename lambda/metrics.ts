/**
 * Counts an operator wants, written as CloudWatch Embedded Metric Format (EMF): the request's log
 * line carries an `_aws` block naming which of its numbers are metrics, and CloudWatch Logs turns
 * them into metrics as it ingests the line. No PutMetricData call, no SDK, nothing to wait for.
 *
 * Dimension values come only from fixed sets (topic ids, rejection reasons), never from the
 * request, so a made-up intent or request type cannot create new metrics.
 */
import { topics, type TopicId } from '../content';

export const METRICS_NAMESPACE = 'BaclofenGuide';
/** One dimension on every metric, so they can be told from another deployment's in the same namespace. */
export const SERVICE = 'baclofen-guide';

/** What the texting flow's outcomes mean for the text counts. */
export type TextResult = 'sent' | 'refused' | 'failed';

/**
 * Every outcome of the texting flow (lambda/texting/flow.ts) and what it counts as. Steps on the
 * way (asking consent, the confirmation question, "no" to it) count as none of the three.
 * A test fails when flow.ts gains an outcome that is missing here.
 */
export const textingOutcomes: Readonly<Record<string, TextResult | 'step'>> = {
  'texting:sent': 'sent',
  'texting:limitReached': 'refused',
  'texting:off': 'refused',
  'texting:alreadySent': 'refused',
  'texting:notUsNumber': 'refused',
  'texting:invalidNumber': 'refused',
  'texting:noNumberOnFile': 'refused',
  'texting:consentDeclined': 'refused',
  'texting:consentByCard': 'refused',
  'texting:forbiddenAfterConsent': 'refused',
  'texting:sendFailed': 'failed',
  'texting:sendUncertain': 'failed',
  'texting:busy': 'failed',
  'texting:storeFailed': 'failed',
  'texting:profileUnavailable': 'failed',
  'texting:noTimeLeft': 'failed',
  'texting:error': 'failed',
  'texting:consentRequested': 'step',
  'texting:confirm': 'step',
  'texting:declinedConfirm': 'step',
};

/** Outcomes that are an emergency answer (911 / Poison Control, or 988). */
const EMERGENCIES = new Set(['emergency', 'selfHarm']);
/** Outcomes of something going wrong inside the skill (the error handler, the texting flow's last resort). */
const ERRORS = new Set(['error', 'texting:error']);

const COUNTERS = ['Requests', 'Errors', 'Emergencies', 'TextsSent', 'TextsRefused', 'TextsFailed'] as const;

interface MetricDirective {
  Namespace: string;
  Dimensions: string[][];
  Metrics: { Name: string; Unit: 'Count' | 'Milliseconds' }[];
}

/** The EMF members to merge into a log line: `_aws` and the values it names. */
export type MetricFields = { _aws: { Timestamp: number; CloudWatchMetrics: readonly MetricDirective[] } } & Record<
  string,
  unknown
>;

// The directives are the same for every request of a kind: built once, not per request.
const REQUEST_DIRECTIVE: MetricDirective = {
  Namespace: METRICS_NAMESPACE,
  Dimensions: [['Service']],
  Metrics: [...COUNTERS.map((Name) => ({ Name, Unit: 'Count' as const })), { Name: 'Latency', Unit: 'Milliseconds' }],
};
const TOPIC_DIRECTIVE: MetricDirective = {
  Namespace: METRICS_NAMESPACE,
  Dimensions: [['Service', 'Topic']],
  Metrics: [{ Name: 'Answers', Unit: 'Count' }],
};
const REQUEST_DIRECTIVES = [REQUEST_DIRECTIVE];
const TOPIC_ANSWER_DIRECTIVES = [REQUEST_DIRECTIVE, TOPIC_DIRECTIVE];

function topicOf(outcome: string | undefined): TopicId | undefined {
  const id = outcome?.startsWith('topic:') ? outcome.slice('topic:'.length) : undefined;
  return id !== undefined && Object.prototype.hasOwnProperty.call(topics, id) ? (id as TopicId) : undefined;
}

/**
 * The metrics of one answered request: every counter (0 or 1, so averages give rates), the
 * latency, and `Answers` by `Topic` when the answer was a topic.
 */
export function requestMetrics(outcome: string | undefined, latencyMs: number, now = Date.now()): MetricFields {
  const texting = outcome === undefined ? undefined : textingOutcomes[outcome];
  const topic = topicOf(outcome);
  const fields: MetricFields = {
    _aws: { Timestamp: now, CloudWatchMetrics: topic ? TOPIC_ANSWER_DIRECTIVES : REQUEST_DIRECTIVES },
    Service: SERVICE,
    Requests: 1,
    Errors: outcome !== undefined && ERRORS.has(outcome) ? 1 : 0,
    Emergencies: outcome !== undefined && EMERGENCIES.has(outcome) ? 1 : 0,
    TextsSent: texting === 'sent' ? 1 : 0,
    TextsRefused: texting === 'refused' ? 1 : 0,
    TextsFailed: texting === 'failed' ? 1 : 0,
    Latency: latencyMs,
  };
  if (topic) {
    fields.Topic = topic;
    fields.Answers = 1;
  }
  return fields;
}

/** A request refused before dispatch (malformed, or for another skill): `Rejected` by `Reason`. */
export function rejectionMetrics(reason: 'malformed' | 'skillId', now = Date.now()): MetricFields {
  return {
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['Service'], ['Service', 'Reason']],
          Metrics: [{ Name: 'Rejected', Unit: 'Count' as const }],
        },
      ],
    },
    Service: SERVICE,
    Reason: reason,
    Rejected: 1,
  } satisfies MetricFields;
}

/**
 * A text refused because all listeners together reached SMS_GLOBAL_DAILY_LIMIT today
 * (`SkillWideLimitReached`; the deploy template alarms on it). The request line still counts
 * the refusal under `TextsRefused`.
 */
export function skillWideLimitMetrics(now = Date.now()): MetricFields {
  return {
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['Service']],
          Metrics: [{ Name: 'SkillWideLimitReached', Unit: 'Count' as const }],
        },
      ],
    },
    Service: SERVICE,
    SkillWideLimitReached: 1,
  } satisfies MetricFields;
}
