/**
 * Reads a CloudFormation template (YAML with the short-form tags) and works out what a stack
 * made from it with given parameters would hold: conditions evaluated, `Fn::If` and
 * `AWS::NoValue` applied, parameters and pseudo parameters substituted. What only exists once the
 * stack does (a resource's Ref or attribute) stays symbolic: `{ Ref: 'X' }` and
 * `{ 'Fn::GetAtt': ['X', 'Arn'] }` in values, `ref:X` and `getatt:X.Arn` inside `Fn::Sub` strings.
 * Enough for the deploy tests; not a general CloudFormation engine.
 */
import { readFileSync } from 'node:fs';
import { parse, type Tags } from 'yaml';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Resource {
  Type: string;
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties?: JsonObject;
}

export interface Template {
  Parameters: Record<string, JsonObject>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, JsonObject>;
}

const FUNCTIONS = ['If', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'Join', 'Sub', 'GetAtt', 'FindInMap'];

function cloudFormationTags(): Tags {
  const tags: Tags = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  ];
  for (const name of FUNCTIONS) {
    const key = `Fn::${name}`;
    tags.push(
      { tag: `!${name}`, resolve: (value: string) => ({ [key]: name === 'GetAtt' ? value.split('.') : value }) },
      { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [key]: seq.toJSON() }) },
      { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [key]: map.toJSON() }) },
    );
  }
  return tags;
}

export function readTemplate(path: string): Template {
  return parse(readFileSync(path, 'utf8'), { customTags: cloudFormationTags() }) as Template;
}

export const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::Partition': 'aws',
  'AWS::StackName': 'ask-BaclofenGuide-NA-skillStack-1700000000000',
};

/** Stand-in values for what ask-cli's cfn-deployer passes. */
export const ASK_CLI_VALUES: Record<string, string> = {
  SkillId: 'amzn1.ask.skill.0f3b2d1c-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  LambdaRuntime: 'nodejs22.x',
  LambdaHandler: 'index.handler',
  CodeBucket: 'ask-bucket',
  CodeKey: 'endpoint/build.zip',
  CodeVersion: '3',
};

const NO_VALUE = Symbol('AWS::NoValue');

export class Stack {
  readonly parameters: Record<string, string>;
  readonly conditions: Record<string, boolean> = {};
  /** The resources that exist (their Condition holds), with everything resolvable resolved. */
  readonly resources: Record<string, Resource> = {};
  readonly outputs: Record<string, Json> = {};

  constructor(
    readonly template: Template,
    given: Record<string, string> = {},
  ) {
    this.parameters = {};
    for (const [name, declared] of Object.entries(template.Parameters)) {
      const value = given[name] ?? ASK_CLI_VALUES[name] ?? declared.Default;
      if (value === undefined) throw new Error(`parameter ${name} has no value`);
      this.parameters[name] = String(value);
    }
    for (const name of Object.keys(template.Conditions ?? {})) this.condition(name);
    for (const [name, resource] of Object.entries(template.Resources)) {
      if (resource.Condition && !this.condition(resource.Condition)) continue;
      this.resources[name] = this.resolve(resource as unknown as Json) as unknown as Resource;
    }
    for (const [name, output] of Object.entries(template.Outputs ?? {}))
      this.outputs[name] = this.resolve(output.Value);
  }

  /** The resources of `type`, by logical id. */
  ofType(type: string): [string, Resource][] {
    return Object.entries(this.resources).filter(([, resource]) => resource.Type === type);
  }

  condition(name: string): boolean {
    if (!(name in this.conditions)) {
      const definition = this.template.Conditions?.[name];
      if (definition === undefined) throw new Error(`no condition ${name}`);
      this.conditions[name] = this.test(definition);
    }
    return this.conditions[name];
  }

  private test(node: Json): boolean {
    const [fn, args] = Object.entries(node as JsonObject)[0] as [string, Json[]];
    switch (fn) {
      case 'Fn::Equals':
        return String(this.resolve(args[0])) === String(this.resolve(args[1]));
      case 'Fn::Not':
        return !this.test(args[0]);
      case 'Fn::And':
        return args.every((arg) => this.test(arg));
      case 'Fn::Or':
        return args.some((arg) => this.test(arg));
      case 'Condition':
        return this.condition(args as unknown as string);
      default:
        throw new Error(`not a condition function: ${fn}`);
    }
  }

  private lookUp(name: string): string | undefined {
    return this.parameters[name] ?? PSEUDO_PARAMETERS[name];
  }

  resolve(node: Json): Json {
    const value = this.resolveOrDrop(node);
    if (value === NO_VALUE) throw new Error('AWS::NoValue where a value is required');
    return value;
  }

  private resolveOrDrop(node: Json): Json | typeof NO_VALUE {
    if (Array.isArray(node)) {
      return node.map((item) => this.resolveOrDrop(item)).filter((item): item is Json => item !== NO_VALUE);
    }
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const [fn] = keys;
      const args = node[fn];
      switch (fn) {
        case 'Ref': {
          if (args === 'AWS::NoValue') return NO_VALUE;
          return this.lookUp(args as string) ?? node;
        }
        case 'Fn::If': {
          const [condition, yes, no] = args as [string, Json, Json];
          return this.resolveOrDrop(this.condition(condition) ? yes : no);
        }
        case 'Fn::Select': {
          const [index, list] = args as [number, Json];
          return (this.resolve(list) as Json[])[Number(index)];
        }
        case 'Fn::Split': {
          const [separator, text] = args as [string, Json];
          return String(this.resolve(text)).split(separator);
        }
        case 'Fn::Join': {
          const [separator, list] = args as [string, Json];
          return (this.resolve(list) as Json[]).map(String).join(separator);
        }
        case 'Fn::Sub':
          return this.substitute(args);
        case 'Fn::GetAtt':
          return node;
      }
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      const resolved = this.resolveOrDrop(value);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  }

  private substitute(args: Json): string {
    const [text, variables] = Array.isArray(args) ? (args as [string, JsonObject]) : [args as string, {}];
    const local = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(this.resolve(v))]));
    return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
      if (name in local) return local[name];
      const known = this.lookUp(name);
      if (known !== undefined) return known;
      const [resource, attribute] = name.split('.');
      if (!(resource in this.template.Resources)) throw new Error(`Fn::Sub names unknown \${${name}}`);
      return attribute ? `getatt:${resource}.${attribute}` : `ref:${resource}`;
    });
  }
}
