// `npm run deploy`: checks what a deployment needs before building anything, then builds
// build/lambda and runs `ask deploy` (arguments after `--` go to ask deploy, e.g. `-- --profile prod`).
//
//   node tools/deploy.mjs [--check] [ask deploy options]
//
// Refused, with one line per problem that says what to do, and before the build:
//   - no ask-cli profile: ~/.ask/cli_config without the profile (ASK_DEFAULT_PROFILE, --profile, else
//     "default") or without its linked AWS profile, and not all of ASK_REFRESH_TOKEN (or
//     ASK_ACCESS_TOKEN), ASK_VENDOR_ID, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY in the environment
//     (ask-cli's own rule for an environment profile);
//   - a privacy policy or terms of use URL in the skill manifest that is a placeholder (example.com,
//     …) or not https. SKILL_PRIVACY_POLICY_URL and SKILL_TERMS_OF_USE_URL, when set, are written
//     into the manifest first (every locale), in place: ask deploy reads it from there, and writes
//     the Lambda endpoint into the same file itself.
// --check stops after the checks (and the URL update): exit 0 when a deploy could go ahead.
// Runs in the project folder (npm run sets it), as ask deploy does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const project = process.cwd();
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const askArgs = args.filter((arg) => arg !== '--check');

const URL_VARIABLES = { privacyPolicyUrl: 'SKILL_PRIVACY_POLICY_URL', termsOfUseUrl: 'SKILL_TERMS_OF_USE_URL' };
/** Hosts that are never a real policy page (RFC 2606 examples, loopback). */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$|^127\.|^\[?::1\]?$/i;

/** The profile `ask deploy` will use: --profile/-p, else ASK_DEFAULT_PROFILE, else "default". */
function askProfileName() {
  const i = askArgs.findIndex((arg) => arg === '--profile' || arg === '-p');
  if (i >= 0 && askArgs[i + 1]) return askArgs[i + 1];
  const inline = askArgs.find((arg) => arg.startsWith('--profile='));
  if (inline) return inline.slice('--profile='.length);
  return process.env.ASK_DEFAULT_PROFILE || 'default';
}

/** What is wrong with the ask-cli profile, or undefined. */
function profileProblem() {
  const env = process.env;
  if (
    env.AWS_ACCESS_KEY_ID &&
    env.AWS_SECRET_ACCESS_KEY &&
    (env.ASK_REFRESH_TOKEN || env.ASK_ACCESS_TOKEN) &&
    env.ASK_VENDOR_ID
  ) {
    return undefined;
  }
  const name = askProfileName();
  const configure = name === 'default' ? 'npx ask configure' : `npx ask configure --profile ${name}`;
  const file = join(homedir(), '.ask', 'cli_config');
  if (!existsSync(file)) {
    return `no ask-cli profile (${file} does not exist): run \`${configure}\` once (Amazon developer account and AWS credentials), then npm run deploy again`;
  }
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return `${file} is not readable JSON: run \`${configure}\` to write it again`;
  }
  const profile = config?.profiles?.[name];
  if (!profile) return `ask-cli has no profile "${name}" in ${file}: run \`${configure}\``;
  if (!profile.aws_profile) {
    return `ask-cli profile "${name}" has no AWS profile linked (the template deploys to AWS): run \`${configure}\` and link one`;
  }
  return undefined;
}

function urlProblem(field, value) {
  const variable = URL_VARIABLES[field];
  let url;
  try {
    url = new URL(String(value ?? ''));
  } catch {
    return `the manifest's ${field} is ${value ? `not a URL (${value})` : 'missing'}: set ${variable} to your published page`;
  }
  if (url.protocol !== 'https:') return `${field} must be https (${value}): set ${variable}`;
  if (PLACEHOLDER_HOST.test(url.hostname)) {
    const hint = field === 'privacyPolicyUrl' ? ' (PRIVACY.md is a starting text)' : '';
    return `the manifest's ${field} is a placeholder (${value}): set ${variable} to your published page${hint}`;
  }
  return undefined;
}

/**
 * What is wrong with the manifest's URLs once SKILL_*_URL are applied, and `save()`, which writes
 * them into the manifest (keeping its formatting).
 */
function manifestCheck() {
  const resources = JSON.parse(readFileSync(join(project, 'ask-resources.json'), 'utf8'));
  const manifestPath = resolve(project, resources.profiles.default.skillMetadata.src, 'skill.json');
  const original = readFileSync(manifestPath, 'utf8');
  let text = original;
  const locales = JSON.parse(text).manifest?.privacyAndCompliance?.locales ?? {};
  const save = () => writeFileSync(manifestPath, text);
  if (Object.keys(locales).length === 0)
    return { problems: [`${manifestPath} has no privacyAndCompliance locales`], save };

  const problems = [];
  for (const [field, variable] of Object.entries(URL_VARIABLES)) {
    const wanted = process.env[variable]?.trim();
    if (wanted) {
      const problem = urlProblem(field, wanted);
      if (problem) {
        problems.push(`${variable}: ${problem}`);
        continue;
      }
      for (const locale of Object.values(locales)) {
        if (locale[field] === wanted) continue;
        const key = `"${field}": `;
        const current = locale[field] === undefined ? undefined : `${key}${JSON.stringify(locale[field])}`;
        const replacement = `${key}${JSON.stringify(wanted)}`;
        // Locales that share a URL are all written by the first replaceAll.
        if (current && text.includes(current)) text = text.replaceAll(current, replacement);
        else if (!text.includes(replacement))
          problems.push(`cannot write ${variable} into ${manifestPath}: set ${field} there by hand`);
        locale[field] = wanted;
      }
    }
    for (const [name, locale] of Object.entries(locales)) {
      const problem = urlProblem(field, locale[field]);
      if (problem && !wanted) problems.push(`${name}: ${problem}`);
    }
  }
  return { problems, save: text === original ? () => undefined : save };
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: project });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const manifest = manifestCheck();
const problems = [profileProblem(), ...manifest.problems].filter(Boolean);
if (problems.length > 0) {
  for (const problem of [...new Set(problems)]) console.error(`npm run deploy: ${problem}`);
  process.exit(1);
}
manifest.save();
if (checkOnly) process.exit(0);

run(process.execPath, ['tools/build.mjs']);
run(join(project, 'node_modules', '.bin', 'ask'), ['deploy', ...askArgs]);
