// Jest setup: the skill writes its JSON log lines straight to stdout, which jest does not buffer.
// Tests run quiet unless they set LOG_LEVEL themselves (those that read the logs capture them).
process.env.LOG_LEVEL ??= 'silent';

// The AWS SDK warns once per module registry (so once per test file, and in every child process)
// that its releases after early January 2027 need Node >= 22. The tests run on Node 20 and 22 on
// purpose (README "Node.js versions"), so the warning says nothing new here. This is the SDK's own
// switch for it (@aws-sdk/core emitWarningIfUnsupportedVersion); other warnings still show.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
