/**
 * The built bundle (build/lambda, made by `npm test`'s build step) and the benchmark's anchor
 * still answer. The other suites run the TypeScript sources; these run what Lambda runs, in a
 * fresh node process each, so the cold-start trims of tools/coldstart.mjs (merged entry chunk,
 * ask-sdk-core facade, ask-sdk-model loaded on first use) cannot silently break an answer.
 * No timing here: `npm run bench` measures; tests only check behaviour.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDbStandin, ProfileStandin, SnsStandin } from './support/standins';

const run = promisify(execFile);
const root = join(__dirname, '..');
const BUNDLE = 'build/lambda/index.mjs';

/** Runs tools/bench/trace.mjs (it checks each answer's speech) and returns the bundle files it loaded. */
async function trace(path: 'content' | 'texting', env: Record<string, string> = {}): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['tools/bench/trace.mjs', path, BUNDLE], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`trace.mjs printed no result:\n${stdout}`);
  return (JSON.parse(line.slice(6)) as { files: string[] }).files;
}

beforeAll(() => {
  if (!existsSync(join(root, BUNDLE))) throw new Error(`${BUNDLE} is missing: run npm run build (npm test does)`);
});

describe('the bundle Lambda runs', () => {
  test('answers launch and "what are the side effects" from index.mjs alone', async () => {
    // One file on the content path is the cold-start design (tools/coldstart.mjs, README "Performance").
    expect(await trace('content')).toEqual(['index.mjs']);
  });

  test("names ask-sdk-core's version in the user agent, as the unbundled SDK does", async () => {
    // The bundle carries only the version from ask-sdk-core's package.json (tools/coldstart.mjs, 7).
    const href = (file: string) => JSON.stringify(pathToFileURL(join(root, file)).href);
    const script = [
      `const { handler } = await import(${href(BUNDLE)});`,
      `const { envelope, lambdaContext, launch } = await import(${href('tools/bench/events.mjs')});`,
      'const answer = await handler(envelope(launch()), lambdaContext());',
      'console.log(JSON.stringify(answer.userAgent));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('ask-sdk-core/package.json') as { version: string };
    expect(JSON.parse(stdout)).toMatch(
      new RegExp(`^ask-node/${version.replace(/\./g, '\\.')} Node/v\\d+.* baclofen-guide$`),
    );
  });

  test('texts the number: profile API through the lazy service clients, DynamoDB, SNS', async () => {
    const [profile, sns, dynamo] = await Promise.all([
      ProfileStandin.start(),
      SnsStandin.start(),
      DynamoDbStandin.start(),
    ]);
    try {
      profile.hasNumber('+16095550142');
      await dynamo.createSkillTable('bundle-test');
      const files = await trace('texting', {
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'standin',
        AWS_SECRET_ACCESS_KEY: 'standin',
        AWS_ENDPOINT_URL_SNS: sns.url,
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.url,
        SMS_PROVIDER: 'sns',
        SKILL_STORE: 'dynamodb',
        SKILL_TABLE: 'bundle-test',
        BENCH_PROFILE_API: profile.url,
      });
      expect(sns.accepted.map((sms) => sms.to)).toEqual(['+16095550142']);
      expect(profile.lookups.length).toBeGreaterThan(0);
      expect(files).toContain('chunks/ask-sdk-model.cjs');
    } finally {
      await Promise.all([profile.close(), sns.close(), dynamo.close()]);
    }
  });
});

describe('content/ as the bundle carries it (its values, tools/coldstart.mjs 8)', () => {
  // Every data module (types.ts and the index modules that assemble them are code).
  const modules = ['content', 'content/es-US'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.ts') && name !== 'types.ts' && name !== 'index.ts')
      .map((name) => `${dir}/${name}`),
  );

  /** The paths at which one object is reached more than once (an object the module shares), grouped. */
  function sharedPaths(exports: Record<string, unknown>): string[][] {
    const paths = new Map<object, string[]>();
    const visit = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      const known = paths.get(value);
      if (known) return void known.push(path);
      paths.set(value, [path]);
      for (const [key, member] of Object.entries(value)) visit(member, `${path}.${key}`);
    };
    for (const name of Object.keys(exports).sort()) visit(exports[name], name);
    return [...paths.values()].filter((group) => group.length > 1);
  }

  test.each(modules)('%s says exactly what the TypeScript module says', async (file) => {
    // The module as the build writes it, evaluated in a fresh node process.
    const script = [
      `const { contentModuleAsValues } = await import(${JSON.stringify(pathToFileURL(join(root, 'tools/coldstart.mjs')).href)});`,
      `const source = await contentModuleAsValues(${JSON.stringify(join(root, file))});`,
      "const built = await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));",
      `const sharedPaths = ${sharedPaths.toString()};`,
      'console.log(JSON.stringify({ values: { ...built }, shared: sharedPaths({ ...built }) }));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
    const built = JSON.parse(stdout) as { values: Record<string, unknown>; shared: string[][] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const written = { ...(require(join(root, file)) as Record<string, unknown>) };
    expect(Object.keys(built.values).sort()).toEqual(Object.keys(written).sort());
    expect(built.values).toStrictEqual(JSON.parse(JSON.stringify(written)));
    // What the source shares (one follow-up for several prompts), the built module shares too.
    expect(built.shared).toEqual(sharedPaths(written));
  });
});

describe("the benchmark's hello-world skill (tools/bench/hello-world.cjs)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../tools/bench/hello-world.cjs') as {
    handler: (event: unknown, context: unknown) => Promise<{ response: { outputSpeech?: { ssml?: string } } }>;
  };
  const request = (r: Record<string, unknown>) => ({
    version: '1.0',
    session: { new: true, sessionId: 's', application: { applicationId: 'a' }, user: { userId: 'u' } },
    context: { System: { application: { applicationId: 'a' }, user: { userId: 'u' }, device: { deviceId: 'd' } } },
    request: { requestId: 'r', timestamp: new Date().toISOString(), locale: 'en-US', ...r },
  });

  test('answers a LaunchRequest and AMAZON.HelpIntent', async () => {
    const launch = await handler(request({ type: 'LaunchRequest' }), {});
    const help = await handler(request({ type: 'IntentRequest', intent: { name: 'AMAZON.HelpIntent' } }), {});
    expect(launch.response.outputSpeech?.ssml).toContain('Welcome');
    expect(help.response.outputSpeech?.ssml).toContain('say hello');
  });
});
