/**
 * The deployment files agree with each other and with the code: ask-resources.json (ask-cli v2,
 * CloudFormation deployer), infrastructure/cfn-deployer/skill-stack.yaml and the environment
 * variables lambda/config.ts reads, the metrics lambda/metrics.ts writes and the DynamoDB calls
 * the stores make. The template is read as a stack would be made from it, for each SMS provider
 * (test/support/cloudFormation.ts). Nothing here talks to AWS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { topics } from '../content';
import { DEFAULTS } from '../lambda/config';
import {
  METRICS_NAMESPACE,
  rejectionMetrics,
  requestMetrics,
  SERVICE,
  skillWideLimitMetrics,
  textingOutcomes,
  type MetricFields,
} from '../lambda/metrics';
import { readTemplate, Stack, type Json, type JsonObject, type Resource } from './support/cloudFormation';

const root = resolve(__dirname, '..');
const resources = JSON.parse(readFileSync(resolve(root, 'ask-resources.json'), 'utf8'));
const profile = resources.profiles.default;
const userConfig = profile.skillInfrastructure.userConfig;
const userParameters: Record<string, string> = userConfig.cfn?.parameters ?? {};
const template = readTemplate(resolve(root, userConfig.templatePath));
const configSource = readFileSync(resolve(root, 'lambda/config.ts'), 'utf8');

/** What ask-cli's cfn-deployer always passes (ask-cli/lib/builtins/deploy-delegates/cfn-deployer). */
const PASSED_BY_ASK_CLI = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];

/** The stack as ask-resources.json configures it, with `overrides` on top. */
function stack(overrides: Record<string, string> = {}): Stack {
  return new Stack(template, { ...userParameters, ...overrides });
}

function only(s: Stack, type: string): [string, Resource] {
  const found = s.ofType(type);
  expect(found).toHaveLength(1);
  return found[0];
}

function props(resource: Resource): JsonObject {
  return resource.Properties ?? {};
}

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: Json[];
}

/** Every statement of the function role's policies, with Action and Resource as lists. */
function roleStatements(s: Stack): Statement[] {
  const [, role] = only(s, 'AWS::IAM::Role');
  const policies = (props(role).Policies ?? []) as { PolicyDocument: { Statement: JsonObject[] } }[];
  return policies.flatMap((policy) =>
    policy.PolicyDocument.Statement.map((statement) => ({
      Effect: statement.Effect as Statement['Effect'],
      Action: ([] as Json[]).concat(statement.Action).map(String),
      Resource: ([] as Json[]).concat(statement.Resource),
    })),
  );
}

function allowed(s: Stack, action: string): Json[] {
  return roleStatements(s)
    .filter((statement) => statement.Effect === 'Allow' && statement.Action.includes(action))
    .flatMap((statement) => statement.Resource);
}

function allowedActions(s: Stack, prefix: string): string[] {
  const actions = roleStatements(s)
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) => statement.Action)
    .filter((action) => action.startsWith(prefix));
  return [...new Set(actions)].sort();
}

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
  const params = template.Parameters;
  for (const name of PASSED_BY_ASK_CLI) expect(params[name]).toBeDefined();
  const provided = new Set([...PASSED_BY_ASK_CLI, ...Object.keys(userParameters)]);
  const unset = Object.entries(params)
    .filter(([name, declared]) => declared.Default === undefined && !provided.has(name))
    .map(([name]) => name);
  expect(unset).toEqual([]);
  for (const name of Object.keys(userParameters)) {
    expect(params[name]).toBeDefined();
    expect(PASSED_BY_ASK_CLI).not.toContain(name);
  }
});

test('the values in ask-resources.json are ones the template accepts (CloudFormation would refuse the stack otherwise)', () => {
  for (const [name, value] of Object.entries(userParameters)) {
    const declared = template.Parameters[name];
    expect(typeof value).toBe('string');
    if (declared.AllowedValues) expect(declared.AllowedValues).toContain(value);
    if (declared.Type === 'Number') {
      expect(Number.isFinite(Number(value))).toBe(true);
      if (declared.MinValue !== undefined) expect(Number(value)).toBeGreaterThanOrEqual(Number(declared.MinValue));
    }
    if (declared.AllowedPattern) expect(value).toMatch(new RegExp(String(declared.AllowedPattern)));
  }
});

test('only this skill may invoke the function, and ask-cli finds the endpoint in the outputs', () => {
  const s = stack();
  const [, trigger] = only(s, 'AWS::Lambda::Permission');
  expect(props(trigger)).toMatchObject({
    Action: 'lambda:InvokeFunction',
    Principal: 'alexa-appkit.amazon.com',
    EventSourceToken: s.parameters.SkillId,
    FunctionName: { 'Fn::GetAtt': ['SkillFunction', 'Arn'] },
  });
  const [name, fn] = only(s, 'AWS::Lambda::Function');
  expect(name).toBe('SkillFunction');
  // …and the function itself refuses other skills' requests.
  expect(props(fn)).toMatchObject({
    Runtime: userConfig.runtime,
    Handler: userConfig.handler,
    Environment: { Variables: { SKILL_ID: s.parameters.SkillId } },
  });
  expect(s.outputs.SkillEndpoint).toEqual({ 'Fn::GetAtt': ['SkillFunction', 'Arn'] });
});

test('the table is the one the DynamoDB store expects: key id, on demand, TTL on expiresAt', () => {
  const store = readFileSync(resolve(root, 'lambda/services/store/dynamoDbStore.ts'), 'utf8');
  expect(store).toMatch(/Key: \{ id: key \}/);
  expect(store).toMatch(/expiresAt/);
  const [, table] = only(stack(), 'AWS::DynamoDB::Table');
  expect(props(table)).toMatchObject({
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
  });
});

test('the function is configured for DynamoDB, and every variable the template sets is one the code reads', () => {
  const s = stack();
  const variables = (props(s.resources.SkillFunction).Environment as { Variables: Record<string, Json> }).Variables;
  expect(variables).toMatchObject({ SKILL_STORE: 'dynamodb', SKILL_TABLE: { Ref: 'SkillTable' } });
  expect(Object.keys(variables).length).toBeGreaterThan(5);
  // A typo would be silently ignored.
  const logSource = readFileSync(resolve(root, 'lambda/log.ts'), 'utf8');
  for (const name of Object.keys(variables)) {
    expect(configSource.includes(`'${name}'`) || logSource.includes(name)).toBe(true);
  }
});

test('the function may run as long as Alexa waits, and longer than a turn may take', () => {
  const timeout = Number(props(stack().resources.SkillFunction).Timeout);
  expect(timeout).toBeLessThanOrEqual(8);
  expect(timeout * 1000).toBeGreaterThanOrEqual(DEFAULTS.turnBudgetMs + 2000);
});

describe('cost guards are parameters', () => {
  test('ReservedConcurrency caps concurrent invocations; 0 leaves the function on the unreserved pool', () => {
    expect(props(stack({ ReservedConcurrency: '7' }).resources.SkillFunction).ReservedConcurrentExecutions).toBe('7');
    expect(props(stack({ ReservedConcurrency: '0' }).resources.SkillFunction)).not.toHaveProperty(
      'ReservedConcurrentExecutions',
    );
    expect(Number(template.Parameters.ReservedConcurrency.Default)).toBeGreaterThan(0);
  });

  test('SmsGlobalDailyLimit reaches the code as SMS_GLOBAL_DAILY_LIMIT, which it only takes positive', () => {
    const variables = (props(stack({ SmsGlobalDailyLimit: '40' }).resources.SkillFunction).Environment as JsonObject)
      .Variables as JsonObject;
    expect(variables.SMS_GLOBAL_DAILY_LIMIT).toBe('40');
    expect(configSource).toMatch(/'SMS_GLOBAL_DAILY_LIMIT'/);
    expect(Number(template.Parameters.SmsGlobalDailyLimit.MinValue)).toBe(1);
  });
});

describe('least privilege: the function role', () => {
  const providers = ['sns', 'end-user-messaging'];

  test.each(providers)('%s: no managed policy, and no Allow on "*" but SNS Publish to phone numbers', (provider) => {
    const s = stack({ SmsProvider: provider });
    const [, role] = only(s, 'AWS::IAM::Role');
    // AWSLambdaBasicExecutionRole would allow logs:CreateLogGroup and PutLogEvents on every log group.
    expect(props(role)).not.toHaveProperty('ManagedPolicyArns');
    for (const statement of roleStatements(s).filter((st) => st.Effect === 'Allow')) {
      if (statement.Resource.includes('*')) expect(statement.Action).toEqual(['sns:Publish']);
    }
  });

  test("logs: only writing to the function's own log group, which the function is set to use", () => {
    const s = stack();
    expect(allowedActions(s, 'logs:')).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(allowed(s, 'logs:PutLogEvents')).toEqual([{ 'Fn::GetAtt': ['SkillFunctionLogGroup', 'Arn'] }]);
    expect(allowed(s, 'logs:CreateLogStream')).toEqual([{ 'Fn::GetAtt': ['SkillFunctionLogGroup', 'Arn'] }]);
    expect(props(s.resources.SkillFunction).LoggingConfig).toEqual({ LogGroup: { Ref: 'SkillFunctionLogGroup' } });
  });

  test('DynamoDB: exactly the calls the stores make, on the skill table only', () => {
    const storeDir = resolve(root, 'lambda/services/store');
    const dynamoSources = readdirSync(storeDir)
      .filter((file) => file.startsWith('dynamoDb'))
      .map((file) => readFileSync(join(storeDir, file), 'utf8'))
      .join('\n');
    const commands = new Set([...dynamoSources.matchAll(/new (\w+)Command\(/g)].map((m) => m[1]));
    // DeleteCommand backs PersistenceAdapter.deleteAttributes, which the skill never calls:
    // no DeleteItem until something does.
    const callers = readdirSync(resolve(root, 'lambda'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith('services/store/'))
      .filter((file) => readFileSync(resolve(root, 'lambda', file), 'utf8').includes('deleteAttributes('));
    expect(callers).toEqual([]);
    commands.delete('Delete');
    const expected = [...commands].map((command) => `dynamodb:${command}Item`).sort();
    expect(expected).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);

    for (const provider of providers) {
      const s = stack({ SmsProvider: provider });
      expect(allowedActions(s, 'dynamodb:')).toEqual(expected);
      for (const action of expected) expect(allowed(s, action)).toEqual([{ 'Fn::GetAtt': ['SkillTable', 'Arn'] }]);
    }
  });

  test('SMS through SNS: Publish to phone numbers only (topics denied), and no End User Messaging', () => {
    const s = stack({ SmsProvider: 'sns' });
    expect(allowedActions(s, 'sns:')).toEqual(['sns:Publish']);
    expect(allowedActions(s, 'sms-voice:')).toEqual([]);
    expect(roleStatements(s)).toContainEqual({
      Effect: 'Deny',
      Action: ['sns:Publish'],
      Resource: ['arn:aws:sns:*:*:*'],
    });
  });

  test('SMS through End User Messaging: SendTextMessage only, no SNS, scoped to the origination identity', () => {
    const arn = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0a1b2c3d4e5f';
    const scoped = (identity: string) =>
      allowed(
        stack({ SmsProvider: 'end-user-messaging', SmsOriginationIdentity: identity }),
        'sms-voice:SendTextMessage',
      );
    const s = stack({ SmsProvider: 'end-user-messaging', SmsOriginationIdentity: arn });
    expect(allowedActions(s, 'sns:')).toEqual([]);
    expect(allowedActions(s, 'sms-voice:')).toEqual(['sms-voice:SendTextMessage']);

    expect(scoped(arn)).toEqual([arn]);
    expect(scoped('phone-0a1b2c3d4e5f')).toEqual([arn]);
    expect(scoped('pool-9f8e7d')).toEqual(['arn:aws:sms-voice:us-east-1:123456789012:pool/pool-9f8e7d']);
    // An E.164 number or a sender id has no ARN the template can spell: this account's own, in this region.
    const accountWide = [
      'arn:aws:sms-voice:us-east-1:123456789012:phone-number/*',
      'arn:aws:sms-voice:us-east-1:123456789012:pool/*',
      'arn:aws:sms-voice:us-east-1:123456789012:sender-id/*',
    ];
    expect(scoped('+18885550123')).toEqual(accountWide);
    expect(scoped('')).toEqual(accountWide);
  });
});

/** Every metric the skill writes (name → the dimension sets it is written with), from lambda/metrics.ts itself. */
function emittedMetrics(): Map<string, Set<string>> {
  const samples: MetricFields[] = [
    ...Object.keys(textingOutcomes).map((outcome) => requestMetrics(outcome, 5)),
    ...['emergency', 'selfHarm', 'error', undefined].map((outcome) => requestMetrics(outcome, 5)),
    ...Object.keys(topics).map((id) => requestMetrics(`topic:${id}`, 5)),
    rejectionMetrics('malformed'),
    rejectionMetrics('skillId'),
    skillWideLimitMetrics(),
  ];
  const metrics = new Map<string, Set<string>>();
  for (const sample of samples) {
    for (const directive of sample._aws.CloudWatchMetrics) {
      expect(directive.Namespace).toBe(METRICS_NAMESPACE);
      for (const metric of directive.Metrics) {
        expect(sample[metric.Name]).toEqual(expect.any(Number));
        const dims = metrics.get(metric.Name) ?? new Set<string>();
        for (const set of directive.Dimensions) dims.add([...set].sort().join(','));
        metrics.set(metric.Name, dims);
      }
    }
  }
  return metrics;
}

describe('alarms', () => {
  const alarms = (s: Stack): JsonObject[] =>
    s.ofType('AWS::CloudWatch::Alarm').map(([name, alarm]) => ({ ...props(alarm), name }));

  test("alarms on the skill's own metrics use names and dimensions lambda/metrics.ts writes", () => {
    const emitted = emittedMetrics();
    const own = alarms(stack()).filter((alarm) => alarm.Namespace === METRICS_NAMESPACE);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const alarm of own) {
      const dimensions = alarm.Dimensions as { Name: string; Value: Json }[];
      expect(emitted.get(String(alarm.MetricName))).toContain(
        dimensions
          .map((d) => d.Name)
          .sort()
          .join(','),
      );
      expect(dimensions).toContainEqual({ Name: 'Service', Value: SERVICE });
    }
  });

  test('texting failures, skill errors, the skill-wide cap, failed and throttled invocations each have an alarm', () => {
    const s = stack();
    const watched = alarms(s).map((alarm) => `${alarm.Namespace}/${alarm.MetricName}`);
    expect(watched).toEqual(
      expect.arrayContaining([
        `${METRICS_NAMESPACE}/TextsFailed`,
        `${METRICS_NAMESPACE}/Errors`,
        `${METRICS_NAMESPACE}/SkillWideLimitReached`,
        'AWS/Lambda/Errors',
        'AWS/Lambda/Throttles',
      ]),
    );
    for (const alarm of alarms(s).filter((a) => a.Namespace === 'AWS/Lambda')) {
      expect(alarm.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: 'SkillFunction' } }]);
    }
    for (const alarm of alarms(s)) {
      expect(alarm.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
      expect(Number(alarm.Threshold)).toBeGreaterThan(0);
    }
  });

  test.each([
    ['sns', 'AWS/SNS', 'SMSMonthToDateSpentUSD'],
    ['end-user-messaging', 'AWS/SMSVoice', 'TextMessageMonthlySpend'],
  ])('SMS spend with %s: %s %s, month-to-date Maximum against SmsMonthlySpendAlarmUsd', (provider, ns, metric) => {
    const spend = alarms(stack({ SmsProvider: provider, SmsMonthlySpendAlarmUsd: '25' })).filter(
      (alarm) => alarm.MetricName === metric,
    );
    expect(spend).toHaveLength(1);
    expect(spend[0]).toMatchObject({
      Namespace: ns,
      Statistic: 'Maximum',
      Threshold: '25',
      TreatMissingData: 'ignore',
    });
  });

  test('every alarm notifies the alarm topic; AlarmEmail, when given, is subscribed to it', () => {
    const s = stack();
    for (const alarm of alarms(s)) expect(alarm.AlarmActions).toEqual([{ Ref: 'AlarmTopic' }]);
    expect(s.resources.AlarmTopic.Type).toBe('AWS::SNS::Topic');
    expect(s.ofType('AWS::SNS::Subscription')).toEqual([]);
    const withEmail = stack({ AlarmEmail: 'operator@example.org' });
    const [, subscription] = only(withEmail, 'AWS::SNS::Subscription');
    expect(props(subscription)).toEqual({
      TopicArn: { Ref: 'AlarmTopic' },
      Protocol: 'email',
      Endpoint: 'operator@example.org',
    });
    expect(s.outputs.AlarmTopic).toEqual({ Ref: 'AlarmTopic' });
  });
});

describe('the dashboard', () => {
  type Widget = { type: string; properties: { title?: string; metrics?: Json[][]; alarms?: string[] } };
  function widgets(s: Stack): Widget[] {
    const [, dashboard] = only(s, 'AWS::CloudWatch::Dashboard');
    return (JSON.parse(String(props(dashboard).DashboardBody)) as { widgets: Widget[] }).widgets;
  }
  /** [namespace, metric name, dimension names] of every metric line of the metric widgets. */
  function metricLines(s: Stack): { namespace: string; name: string; dims: string; expression?: string }[] {
    return widgets(s)
      .filter((w) => w.type === 'metric')
      .flatMap((w) => w.properties.metrics ?? [])
      .map((line) => {
        const fields = line.filter((x): x is string => typeof x === 'string');
        const options = line.find((x) => typeof x === 'object') as { expression?: string } | undefined;
        const dims = fields.slice(2).filter((_, i) => i % 2 === 0);
        return { namespace: fields[0], name: fields[1], dims: dims.sort().join(','), expression: options?.expression };
      });
  }

  test.each(['sns', 'end-user-messaging'])(
    'is valid JSON (SMS through %s) and its own metrics are ones the skill writes',
    (p) => {
      const emitted = emittedMetrics();
      const lines = metricLines(stack({ SmsProvider: p }));
      const own = lines.filter((line) => line.namespace === METRICS_NAMESPACE);
      expect(own.length).toBeGreaterThan(5);
      for (const line of own) expect(emitted.get(line.name)).toContain(line.dims);
    },
  );

  test('shows answers per topic, emergencies, texts sent / refused / failed, latency and Lambda', () => {
    const lines = metricLines(stack());
    const own = new Set(lines.filter((l) => l.namespace === METRICS_NAMESPACE).map((l) => l.name));
    for (const name of ['Requests', 'Emergencies', 'Errors', 'TextsSent', 'TextsRefused', 'TextsFailed', 'Latency']) {
      expect(own).toContain(name);
    }
    // Answers by Topic: one search over the Topic dimension, so a new topic shows without editing the dashboard.
    const topicSearch = lines.find((l) => l.expression?.includes('MetricName="Answers"'));
    expect(topicSearch?.expression).toContain(`{${METRICS_NAMESPACE},Service,Topic}`);
    expect(emittedMetrics().get('Answers')).toContain('Service,Topic');
    const lambda = lines.filter((l) => l.namespace === 'AWS/Lambda');
    expect(lambda.map((l) => l.name)).toEqual(expect.arrayContaining(['Invocations', 'Errors', 'Throttles']));
  });

  test('the alarm widget lists every alarm of the stack', () => {
    const s = stack();
    const listed = widgets(s).find((w) => w.type === 'alarm')?.properties.alarms;
    const alarmArns = s.ofType('AWS::CloudWatch::Alarm').map(([name]) => `getatt:${name}.Arn`);
    expect([...(listed ?? [])].sort()).toEqual(alarmArns.sort());
  });

  test.each([
    ['sns', 'AWS/SNS', 'SMSMonthToDateSpentUSD'],
    ['end-user-messaging', 'AWS/SMSVoice', 'TextMessageMonthlySpend'],
  ])('spend (SMS through %s) comes from %s %s', (provider, ns, metric) => {
    expect(metricLines(stack({ SmsProvider: provider }))).toContainEqual(
      expect.objectContaining({ namespace: ns, name: metric }),
    );
  });
});

test('the table and the log group outlive a stack deletion or replacement (explicit policies)', () => {
  const s = stack();
  for (const type of ['AWS::DynamoDB::Table', 'AWS::Logs::LogGroup']) {
    const [, resource] = only(s, type);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
  }
  // Retained, they still empty themselves: items expire (TTL), log lines after RetentionInDays.
  expect(props(only(s, 'AWS::Logs::LogGroup')[1]).RetentionInDays).toBeGreaterThan(0);
});
