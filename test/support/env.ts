// Jest setup: the skill writes its JSON log lines straight to stdout, which jest does not buffer.
// Tests run quiet unless they set LOG_LEVEL themselves (those that read the logs capture them).
process.env.LOG_LEVEL ??= 'silent';
