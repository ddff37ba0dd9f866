/**
 * The texting benchmark's services, in their own process (run with tsx by tools/bench/run.mjs):
 * the loopback stand-ins from test/support/standins.ts for the Alexa profile API, SNS Publish
 * and DynamoDB (dynalite), with the skill's table created. Prints one JSON line with their URLs,
 * then serves until stdin closes, and prints a second line: what they received.
 */
import { DynamoDbStandin, ProfileStandin, SnsStandin } from '../../test/support/standins';

export const BENCH_TABLE = 'baclofen-guide-bench';
export const BENCH_MOBILE = '+16095550142';

async function main(): Promise<void> {
  const [profile, sns, dynamo] = await Promise.all([
    ProfileStandin.start(),
    SnsStandin.start(),
    DynamoDbStandin.start(),
  ]);
  profile.hasNumber(BENCH_MOBILE);
  await dynamo.createSkillTable(BENCH_TABLE);
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
  await Promise.all([profile.close(), sns.close(), dynamo.close()]);
  process.stdout.write(`${JSON.stringify(received)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
