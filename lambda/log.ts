/**
 * Structured logs: one JSON object a line, which CloudWatch Logs Insights parses as is.
 * Never pass personal data here (phone numbers, user or device ids, what the listener said).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function threshold(): number {
  const configured = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  return rank[configured as LogLevel] ?? rank.info;
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  if (rank[level] < threshold()) return;
  // console.log: Lambda tags each line with the request id and ships it to CloudWatch.
  console.log(JSON.stringify({ level, event, ...fields }));
}

/**
 * A log line that also carries metrics (lambda/metrics.ts, Embedded Metric Format). Metrics are
 * not debugging output: below the line's level they still go out, on a line of their own, and
 * only LOG_LEVEL=silent (the console, tests) turns them off.
 */
export function logWithMetrics(
  level: LogLevel,
  event: string,
  fields: () => Record<string, unknown>,
  metrics: () => Record<string, unknown>,
): void {
  // Built only when written: with LOG_LEVEL=silent a request pays for neither.
  const configured = threshold();
  if (rank[level] >= configured) console.log(JSON.stringify({ level, event, ...fields(), ...metrics() }));
  else if (configured < rank.silent) console.log(JSON.stringify({ event: 'metrics', ...metrics() }));
}

/** The parts of an error worth a log line: name, message and the status of a service error. */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const status = (err as { statusCode?: unknown }).statusCode;
    return { errorName: err.name, errorMessage: err.message, ...(status !== undefined ? { statusCode: status } : {}) };
  }
  return { errorName: typeof err, errorMessage: String(err) };
}
