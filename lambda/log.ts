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

/**
 * One JSON line on stdout, as AWS Lambda Powertools' Logger and Metrics write theirs: Lambda ships
 * stdout to CloudWatch Logs without the runtime's console prefix, so each line is a JSON object
 * that Logs Insights and Embedded Metric Format extraction read as is. It also skips console's
 * formatting, which costs a cold start ~0.5 ms on its first call. (Pipe writes are synchronous on
 * Linux: nothing is lost when Lambda freezes the process after the response.)
 */
function writeLine(entry: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  if (rank[level] < threshold()) return;
  writeLine({ level, event, ...fields });
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
  if (rank[level] >= configured) writeLine({ level, event, ...fields(), ...metrics() });
  else if (configured < rank.silent) writeLine({ event: 'metrics', ...metrics() });
}

/**
 * A message as it may be logged: runs of four or more digits (with the separators a phone number is
 * written with) are masked, since a library's message can quote a number it was given.
 */
function loggableMessage(message: string): string {
  return message.replace(/[+(]*\d[\d ().-]{2,}\d/g, (run) => (run.replace(/\D/g, '').length >= 4 ? '<digits>' : run));
}

/** The parts of an error worth a log line: name, message (digits masked) and the status of a service error. */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const status = (err as { statusCode?: unknown }).statusCode;
    return {
      errorName: err.name,
      errorMessage: loggableMessage(err.message),
      ...(status !== undefined ? { statusCode: status } : {}),
    };
  }
  return { errorName: typeof err, errorMessage: loggableMessage(String(err)) };
}
