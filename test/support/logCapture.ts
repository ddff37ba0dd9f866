/**
 * Captures what the skill logs during a test (its JSON lines on process.stdout, and anything sent
 * to console.log / info / warn / error / debug), so a test can read the structured lines and
 * check that no personal data leaked into them. Captured output is not printed.
 */
export interface LogCapture {
  /** Every line written, raw. */
  readonly lines: string[];
  /** The lines that parse as the skill's structured JSON logs. */
  entries(): Array<Record<string, unknown>>;
  restore(): void;
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const spies: jest.SpyInstance[] = methods.map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
    }),
  );
  spies.push(
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    }),
  );
  return {
    lines,
    entries: () =>
      lines.flatMap((line) => {
        try {
          const parsed = JSON.parse(line) as unknown;
          return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

/**
 * Where a phone number shows in `lines`, in any common spelling or in part: the whole number,
 * the local part with or without separators, or its last four digits. Also any string value
 * equal to or ending in the last two digits (what "ending in 42" would leak).
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function phoneNumberLeaks(lines: string[], e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const national = digits.slice(-10);
  const local = national.slice(3);
  const needles = [
    digits,
    national,
    local,
    `${local.slice(0, 3)}-${local.slice(3)}`,
    `${local.slice(0, 3)} ${local.slice(3)}`,
    national.slice(-4),
  ];
  const lastTwo = national.slice(-2);
  const leaks: string[] = [];
  for (const raw of lines) {
    // Random ids (Alexa request and session ids, UUIDs) are not phone data, and their hex digits
    // would now and then contain four digits of the test number by chance.
    // Likewise clock readings: an EMF Timestamp in milliseconds, or a latency, can hold "0142".
    const line = raw
      .replace(/amzn1\.[A-Za-z0-9._-]+/g, '<alexa-id>')
      .replace(UUID, '<uuid>')
      .replace(/"(Timestamp|ms|Latency)":[0-9.]+/g, '"$1":0');
    if (needles.some((n) => line.includes(n))) {
      leaks.push(raw);
      continue;
    }
    try {
      const values: string[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') values.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(line));
      if (values.some((v) => v === lastTwo || new RegExp(`(^|\\D)${lastTwo}$`).test(v))) leaks.push(raw);
    } catch {
      // not JSON: the substring checks above are all we can do
    }
  }
  return leaks;
}
