/**
 * The texting benchmark's services, in their own process (run with tsx by tools/bench/run.mjs):
 * the loopback stand-ins from test/support/standins.ts (TextingStandins) for the Alexa profile
 * API, SNS Publish and DynamoDB (dynalite), with the skill's table created (End User Messaging
 * starts too, unused: the benchmark texts through SNS). Prints one JSON line with their URLs,
 * then serves until stdin closes, and prints a second line: what they received.
 */
import { TextingStandins } from '../../test/support/standins';

export const BENCH_TABLE = 'baclofen-guide-bench';
export const BENCH_MOBILE = '+16095550142';

async function main(): Promise<void> {
  const standins = await TextingStandins.start(BENCH_TABLE);
  standins.reset(BENCH_MOBILE);
  const { profile, sns, dynamo } = standins;
  process.stdout.write(
    `${JSON.stringify({ profile: profile.url, sns: sns.url, dynamodb: dynamo.url, table: BENCH_TABLE })}\n`,
  );

  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve).on('close', resolve));
  const received = {
    profileLookups: profile.lookups.length,
    smsAccepted: sns.accepted.length,
    smsAttempts: sns.attempts.length,
  };
  await standins.close();
  process.stdout.write(`${JSON.stringify(received)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
