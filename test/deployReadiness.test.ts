/**
 * Ready to deploy and to submit for certification: `npm run deploy` refuses, before building
 * anything and with one line per problem that says what to do, when ask-cli has no profile or
 * the manifest still has placeholder privacy / terms URLs (SKILL_PRIVACY_POLICY_URL and
 * SKILL_TERMS_OF_USE_URL are written into it at deploy time); the manifest's testing
 * instructions give a certification tester what texting needs; PRIVACY.md agrees with the code.
 *
 * tools/deploy.mjs runs with a temporary HOME (no ~/.ask) and, where it may write the manifest,
 * in a temporary copy of the project's deploy files: nothing here touches the real ones or AWS.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS } from '../lambda/config';
import { ITEM_LIFETIME_SECONDS } from '../lambda/services/store/dynamoDbStore';
import { readTemplate } from './support/cloudFormation';

const root = join(__dirname, '..');
const DEPLOY = join(root, 'tools/deploy.mjs');
const PRIVACY = 'https://www.summithelps-operator.org/baclofen-guide/privacy';
const TERMS = 'https://www.summithelps-operator.org/baclofen-guide/terms';
const manifestText = readFileSync(join(root, 'skill-package/skill.json'), 'utf8');
const manifest = JSON.parse(manifestText).manifest;
const resources = JSON.parse(readFileSync(join(root, 'ask-resources.json'), 'utf8'));

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deploy-readiness-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dirs = 0;
function freshDir(name: string): string {
  const dir = join(scratch, `${name}-${++dirs}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A HOME with no ask-cli configuration, or with `cliConfig` as ~/.ask/cli_config (a string: as is). */
function home(cliConfig?: unknown): string {
  const dir = freshDir('home');
  if (cliConfig !== undefined) {
    mkdirSync(join(dir, '.ask'));
    const text = typeof cliConfig === 'string' ? cliConfig : JSON.stringify(cliConfig);
    writeFileSync(join(dir, '.ask', 'cli_config'), text);
  }
  return dir;
}

const CONFIGURED = { profiles: { default: { vendor_id: 'M1ABCDEF', aws_profile: 'default' } } };

/** A copy of what deploy.mjs reads and may write: ask-resources.json and the manifest. */
function projectCopy(): string {
  const dir = freshDir('project');
  copyFileSync(join(root, 'ask-resources.json'), join(dir, 'ask-resources.json'));
  mkdirSync(join(dir, 'skill-package'));
  copyFileSync(join(root, 'skill-package/skill.json'), join(dir, 'skill-package/skill.json'));
  return dir;
}

/** The environment without anything that could configure ask-cli or the URLs, plus `extra`. */
function environment(homeDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: homeDir, npm_config_update_notifier: 'false' };
  for (const name of Object.keys(env)) {
    if (/^ASK_|^AWS_ACCESS_KEY_ID$|^AWS_SECRET_ACCESS_KEY$|^AWS_SESSION_TOKEN$|^SKILL_.*_URL$/.test(name)) {
      delete env[name];
    }
  }
  return { ...env, ...extra };
}

function deploy(
  args: string[],
  options: { homeDir: string; cwd: string; env?: Record<string, string> },
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [DEPLOY, ...args], {
    cwd: options.cwd,
    env: environment(options.homeDir, options.env),
    encoding: 'utf8',
    timeout: 30_000,
  });
}

function problems(result: SpawnSyncReturns<string>): string[] {
  return result.stderr.split('\n').filter(Boolean);
}

describe('npm run deploy refuses before building', () => {
  test('without an ask-cli profile: one line that says to run npx ask configure, and nothing built or deployed', () => {
    // The real command, in the real project: it must stop before tools/build.mjs or ask deploy run.
    const result = spawnSync('npm', ['run', 'deploy', '--silent'], {
      cwd: root,
      env: environment(home()),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = problems(result);
    const profileLines = lines.filter((line) => line.includes('ask-cli profile'));
    expect(profileLines).toHaveLength(1);
    expect(profileLines[0]).toMatch(/^npm run deploy: no ask-cli profile .*run `npx ask configure`/);
    expect(lines.every((line) => line.startsWith('npm run deploy: '))).toBe(true);
  });

  test.each<[string, unknown, string[]]>([
    ['a profile without the AWS profile the template needs', { profiles: { default: { vendor_id: 'M1' } } }, []],
    ['a profile under another name than the one asked for', CONFIGURED, ['--profile', 'prod']],
    ['an unreadable cli_config', '{"profiles": ', []],
  ])('with %s: the same, naming the profile to configure', (_, config, args) => {
    const result = deploy(['--check', ...args], {
      homeDir: home(config),
      cwd: projectCopy(),
      env: { SKILL_PRIVACY_POLICY_URL: PRIVACY, SKILL_TERMS_OF_USE_URL: TERMS },
    });
    expect(result.status).toBe(1);
    const configure = args.includes('prod') ? '`npx ask configure --profile prod`' : '`npx ask configure`';
    expect(problems(result)).toEqual([expect.stringContaining(configure)]);
    if (typeof config === 'string') expect(problems(result)[0]).toContain('not readable JSON');
  });

  test('ask-cli credentials only partly in the environment do not count as a profile', () => {
    const result = deploy(['--check'], {
      homeDir: home(),
      cwd: projectCopy(),
      env: { ASK_REFRESH_TOKEN: 'Atzr|x', SKILL_PRIVACY_POLICY_URL: PRIVACY, SKILL_TERMS_OF_USE_URL: TERMS },
    });
    expect(result.status).toBe(1);
    expect(problems(result)).toEqual([expect.stringContaining('npx ask configure')]);
  });

  test('with the placeholder example.com URLs of the repository: one line each, naming the variable to set', () => {
    const cwd = projectCopy();
    expect(manifest.privacyAndCompliance.locales['en-US'].privacyPolicyUrl).toMatch(/example\.com/);
    const result = deploy(['--check'], { homeDir: home(CONFIGURED), cwd });
    expect(result.status).toBe(1);
    // One line per locale the manifest publishes (en-US, es-US) and per URL.
    expect(problems(result)).toEqual([
      expect.stringMatching(/en-US: .*privacyPolicyUrl is a placeholder .*set SKILL_PRIVACY_POLICY_URL.*PRIVACY\.md/),
      expect.stringMatching(/es-US: .*privacyPolicyUrl is a placeholder .*set SKILL_PRIVACY_POLICY_URL.*PRIVACY\.md/),
      expect.stringMatching(/en-US: .*termsOfUseUrl is a placeholder .*set SKILL_TERMS_OF_USE_URL/),
      expect.stringMatching(/es-US: .*termsOfUseUrl is a placeholder .*set SKILL_TERMS_OF_USE_URL/),
    ]);
    expect(readFileSync(join(cwd, 'skill-package/skill.json'), 'utf8')).toBe(manifestText);
  });

  test.each([
    ['not https', 'http://www.summithelps-operator.org/privacy'],
    ['another placeholder host', 'https://example.org/privacy'],
    ['not a URL', 'our website'],
  ])('SKILL_PRIVACY_POLICY_URL %s is refused and nothing is written', (_, url) => {
    const cwd = projectCopy();
    const result = deploy(['--check'], {
      homeDir: home(CONFIGURED),
      cwd,
      env: { SKILL_PRIVACY_POLICY_URL: url, SKILL_TERMS_OF_USE_URL: TERMS },
    });
    expect(result.status).toBe(1);
    expect(problems(result)).toEqual([expect.stringContaining('SKILL_PRIVACY_POLICY_URL')]);
    expect(readFileSync(join(cwd, 'skill-package/skill.json'), 'utf8')).toBe(manifestText);
  });
});

describe('npm run deploy goes ahead', () => {
  test.each([
    ['an ask-cli profile in ~/.ask/cli_config', CONFIGURED, {}],
    [
      'ask-cli credentials in the environment',
      undefined,
      { ASK_REFRESH_TOKEN: 'Atzr|x', ASK_VENDOR_ID: 'M1', AWS_ACCESS_KEY_ID: 'AKIA0', AWS_SECRET_ACCESS_KEY: 's' },
    ],
  ])('with %s and the URLs set: writes them into the manifest, changing nothing else', (_, config, env) => {
    const cwd = projectCopy();
    const result = deploy(['--check'], {
      homeDir: home(config),
      cwd,
      env: { ...env, SKILL_PRIVACY_POLICY_URL: PRIVACY, SKILL_TERMS_OF_USE_URL: ` ${TERMS} ` },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = readFileSync(join(cwd, 'skill-package/skill.json'), 'utf8');
    const locales = JSON.parse(written).manifest.privacyAndCompliance.locales;
    for (const locale of Object.keys(locales))
      expect(locales[locale]).toEqual({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS });
    const before = manifestText.split('\n');
    const changed = written.split('\n').filter((line, i) => line !== before[i]);
    // Two lines per published locale, nothing else.
    expect(changed).toHaveLength(2 * Object.keys(locales).length);

    // The next deploy, without the variables, takes the manifest as it now is.
    const again = deploy(['--check'], { homeDir: home(CONFIGURED), cwd });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
  });

  test('package.json runs the checks as npm run deploy', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.deploy).toBe('node tools/deploy.mjs');
  });
});

describe('what a certification tester is told', () => {
  const instructions: string = manifest.publishingInformation.testingInstructions;
  const limit = Number(resources.profiles.default.skillInfrastructure.userConfig.cfn.parameters.SmsDailyLimit);

  test('the manifest asks for the mobile number, so it needs the privacy policy deploy checks', () => {
    expect(manifest.permissions).toContainEqual({ name: 'alexa::profile:mobile_number:read' });
    expect(manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(Object.keys(manifest.privacyAndCompliance.locales)).toEqual(
      Object.keys(manifest.publishingInformation.locales),
    );
  });

  test('texting needs a U.S. mobile number, the permission, an SMS account out of the sandbox; the daily limit as deployed', () => {
    expect(instructions.length).toBeLessThanOrEqual(4000);
    expect(instructions).toMatch(/U\.S\. mobile number/);
    expect(instructions).toMatch(/mobile number permission/);
    expect(instructions).toMatch(/out of the sandbox/);
    // The number the tester is told is the one the stack is deployed with (and the code's default).
    expect(limit).toBe(DEFAULTS.dailyLimit);
    expect(instructions).toContain(`${limit} texts per day`);
    expect(instructions).toMatch(/00:00 UTC/);
    expect(instructions).toMatch(/911/);
    expect(instructions).toMatch(/988/);
  });
});

describe('PRIVACY.md, for the operator to publish, says what the code does', () => {
  const privacy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');
  const template = readTemplate(join(root, 'infrastructure/cfn-deployer/skill-stack.yaml'));

  test('kept: a SHA-256 of the Alexa user id, the day and the count, for as long as the store keeps them', () => {
    const adapter = readFileSync(join(root, 'lambda/services/store/versionedPersistenceAdapter.ts'), 'utf8');
    expect(adapter).toMatch(/createHash\('sha256'\)\.update\(userId\)/);
    expect(privacy).toMatch(/SHA-256 hash of the identifier Amazon gives the skill/);
    expect(privacy).toMatch(/the date \(UTC\) and how many texts were sent that day/);
    const days = ITEM_LIFETIME_SECONDS / 86400;
    expect(privacy).toContain(`deleted automatically ${days} days after your last text request`);
    expect(privacy).toContain(`limited to ${DEFAULTS.dailyLimit} per Alexa account per day`);
  });

  test('logs kept as long as the template keeps them, and the phone number never stored', () => {
    const retention = template.Resources.SkillFunctionLogGroup.Properties?.RetentionInDays;
    expect(privacy).toContain(`log lines for ${retention} days`);
    expect(privacy).toMatch(/does \*\*not\*\* keep your phone number: it is not stored and not written to our logs/);
    expect(privacy).toMatch(/## What we never collect or store\n\nYour phone number/);
  });
});
