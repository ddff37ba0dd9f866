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
