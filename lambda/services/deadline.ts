/**
 * Time budgets for calls to the outside world. Alexa waits 8 seconds for a response, and the
 * listener should hear the number rather than silence, so every call has a deadline.
 */

/** Rejects with `onTimeout()` when `work` has not settled within `ms`. The late result is ignored. */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  // A late failure of the abandoned call must not surface as an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The turn's budget ran out before (or while) an outside call could be made. */
export class DeadlineError extends Error {
  readonly failure = 'timeout';

  constructor(
    readonly part: string,
    ms: number,
  ) {
    super(`${part}: no time left in the turn (${ms} ms)`);
    this.name = 'Skill.Deadline Error';
  }
}

/**
 * What is left of one turn's time for outside calls (TURN_BUDGET_MS, counted from when the
 * request reached the skill). Every call gets its own deadline or the time left, whichever is
 * shorter, so however slow each service is, the listener hears an answer within the budget.
 */
export class TurnBudget {
  constructor(
    private readonly startedAt: number,
    private readonly budgetMs: number,
  ) {}

  remainingMs(): number {
    return Math.max(0, Math.floor(this.budgetMs - (performance.now() - this.startedAt)));
  }

  /** A call's deadline: its own `callMs`, or the time left if that is shorter (at least 1 ms). */
  deadlineFor(callMs: number): number {
    return Math.max(1, Math.min(callMs, this.remainingMs()));
  }

  /** Starts `work` only if time is left, and gives up on it when the turn's time runs out. */
  async within<T>(part: string, work: () => Promise<T>): Promise<T> {
    const ms = this.remainingMs();
    if (ms <= 0) throw new DeadlineError(part, 0);
    return withDeadline(work(), ms, () => new DeadlineError(part, ms));
  }
}
