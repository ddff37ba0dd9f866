/**
 * The deployment files agree with each other and with the code: ask-resources.json (ask-cli v2,
 * CloudFormation deployer), infrastructure/cfn-deployer/skill-stack.yaml and the environment
 * variables lambda/config.ts reads. Nothing here talks to AWS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const resources = JSON.parse(readFileSync(resolve(root, 'ask-resources.json'), 'utf8'));
const profile = resources.profiles.default;
const userConfig = profile.skillInfrastructure.userConfig;
const template = readFileSync(resolve(root, userConfig.templatePath), 'utf8');
const configSource = readFileSync(resolve(root, 'lambda/config.ts'), 'utf8');

/** The top-level section `name` of the template, as text (block YAML: ends at the next top-level key). */
function section(name: string): string {
  const match = new RegExp(`^${name}:\\n([\\s\\S]*?)(?=^\\S|$(?![\\s\\S]))`, 'm').exec(template);
  if (!match) throw new Error(`no ${name} section in the template`);
  return match[1];
}

/** Parameter name → whether it has a Default. */
function templateParameters(): Map<string, boolean> {
  const params = new Map<string, boolean>();
  let current: string | undefined;
  for (const line of section('Parameters').split('\n')) {
    const name = /^ {2}(\w+):\s*$/.exec(line)?.[1];
    if (name) {
      current = name;
      params.set(name, false);
    } else if (current && /^ {4}Default:/.test(line)) params.set(current, true);
  }
  return params;
}

/** What ask-cli's cfn-deployer always passes (ask-cli/lib/builtins/deploy-delegates/cfn-deployer). */
const PASSED_BY_ASK_CLI = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];

test('ask-resources.json is an ask-cli v2 project using the CloudFormation deployer on the esbuild output', () => {
  expect(resources.askcliResourcesVersion).toBe('2020-03-31');
  expect(profile.skillMetadata.src).toBe('./skill-package');
  expect(existsSync(resolve(root, profile.skillMetadata.src, 'skill.json'))).toBe(true);
  expect(profile.code.default.src).toBe('./build/lambda');
  expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
  expect(['nodejs22.x', 'nodejs24.x']).toContain(userConfig.runtime);
  expect(userConfig.handler).toBe('index.handler');
  expect(userConfig.awsRegion).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
  expect(existsSync(resolve(root, userConfig.templatePath))).toBe(true);
});

test('the template takes what ask-cli passes, and every other parameter has a default or is set in ask-resources.json', () => {
  const params = templateParameters();
  for (const name of PASSED_BY_ASK_CLI) expect(params.has(name)).toBe(true);
  const provided = new Set([...PASSED_BY_ASK_CLI, ...Object.keys(userConfig.cfn?.parameters ?? {})]);
  const unset = [...params].filter(([name, hasDefault]) => !hasDefault && !provided.has(name)).map(([name]) => name);
  expect(unset).toEqual([]);
  for (const name of Object.keys(userConfig.cfn?.parameters ?? {})) {
    expect(params.has(name)).toBe(true);
    expect(PASSED_BY_ASK_CLI).not.toContain(name);
  }
});

test('only this skill may invoke the function, and ask-cli finds the endpoint in the outputs', () => {
  const resourcesText = section('Resources');
  expect(resourcesText).toMatch(/Principal: alexa-appkit\.amazon\.com/);
  expect(resourcesText).toMatch(/EventSourceToken: !Ref SkillId$/m);
  // …and the function itself refuses other skills' requests.
  expect(resourcesText).toMatch(/^ {10}SKILL_ID: !Ref SkillId$/m);
  expect(resourcesText).toMatch(/Runtime: !Ref LambdaRuntime/);
  expect(resourcesText).toMatch(/Handler: !Ref LambdaHandler/);
  expect(section('Outputs')).toMatch(/SkillEndpoint:[\s\S]*Value: !GetAtt SkillFunction\.Arn/);
});

test('the table is the one the DynamoDB store expects: key id, on demand, TTL on expiresAt', () => {
  const store = readFileSync(resolve(root, 'lambda/services/store/dynamoDbStore.ts'), 'utf8');
  expect(store).toMatch(/Key: \{ id: key \}/);
  expect(store).toMatch(/expiresAt/);
  const table = /SkillTable:\n([\s\S]*?)\n {2}\w/.exec(section('Resources'))?.[1] ?? '';
  expect(table).toMatch(/BillingMode: PAY_PER_REQUEST/);
  expect(table).toMatch(/AttributeName: id\n\s+KeyType: HASH/);
  expect(table).toMatch(/TimeToLiveSpecification:\n\s+AttributeName: expiresAt\n\s+Enabled: true/);
});

test('the function gets DynamoDB on its table and SMS sending, and is configured for DynamoDB', () => {
  const resourcesText = section('Resources');
  expect(resourcesText).toMatch(/dynamodb:GetItem[\s\S]*dynamodb:PutItem[\s\S]*Resource: !GetAtt SkillTable\.Arn/);
  expect(resourcesText).toMatch(/Action: sns:Publish/);
  expect(resourcesText).toMatch(/Action: sms-voice:SendTextMessage/);
  expect(resourcesText).toMatch(/SKILL_STORE: dynamodb/);
  expect(resourcesText).toMatch(/SKILL_TABLE: !Ref SkillTable/);
  // Every variable the template sets is one the code reads (a typo would be silently ignored).
  const variables = [...resourcesText.matchAll(/^ {10}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
  expect(variables.length).toBeGreaterThan(5);
  const logSource = readFileSync(resolve(root, 'lambda/log.ts'), 'utf8');
  for (const name of variables) expect(configSource.includes(`'${name}'`) || logSource.includes(name)).toBe(true);
});

test('the function may run as long as Alexa waits, and longer than a turn may take', () => {
  const timeout = Number(/^ {6}Timeout: (\d+)$/m.exec(section('Resources'))?.[1]);
  const budget = Number(/turnBudgetMs: (\d+)/.exec(configSource)?.[1]);
  expect(timeout).toBeLessThanOrEqual(8);
  expect(timeout * 1000).toBeGreaterThanOrEqual(budget + 2000);
});
