/**
 * A static check of an APL document's data bindings against one datasource payload:
 * every `${…}` expression is read, and every `payload.…` / `data.…` path in it must
 * resolve to a value. `data` is what a Container with a `data` array binds each child to.
 */

/** Names an APL expression may use besides `payload` and `data` (APL's built-in context). */
const BUILT_INS = new Set([
  'viewport',
  'environment',
  'index',
  'ordinal',
  'length',
  'event',
  'true',
  'false',
  'null',
  'Math',
  'String',
  'Array',
  'Time',
  'elapsedTime',
  'localTime',
  'utcTime',
]);

export interface BindingReport {
  /** Each binding that did not resolve, with where it sits in the document. */
  problems: string[];
  /** Binding sites (document path + expression) that were checked against a value. */
  checked: Set<string>;
}

/** The expressions inside `${…}` in a string. */
export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
}

/** The dotted names an expression reads, string literals left out: "a.b != 'x' || c" → ["a.b", "c"]. */
export function references(expression: string): string[] {
  const code = expression.replace(/'[^']*'|"[^"]*"/g, "''");
  return [...code.matchAll(/(?<![\w.@$])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)].map((m) => m[1]);
}

/** Every binding site in a document, whatever the datasource: "path|expression". */
export function bindingSites(node: unknown, path = '$', out = new Set<string>()): Set<string> {
  if (typeof node === 'string') for (const e of expressions(node)) out.add(`${path}|${e}`);
  else if (Array.isArray(node)) node.forEach((v, i) => bindingSites(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) bindingSites(v, `${path}.${k}`, out);
  return out;
}

interface Scope {
  payload: unknown;
  /** Present inside a data-bound Container's children. */
  data?: { value: unknown };
}

function lookup(root: unknown, segments: string[]): { ok: boolean; value?: unknown } {
  let value = root;
  for (const segment of segments) {
    if (value === null || value === undefined) return { ok: false };
    value = (value as Record<string, unknown>)[segment];
  }
  return value === undefined || value === null ? { ok: false } : { ok: true, value };
}

/** Resolves one reference in a scope; returns the problem, or the value. */
function resolve(reference: string, scope: Scope): { problem?: string; value?: unknown } {
  const [root, ...rest] = reference.split('.');
  if (root === 'payload') {
    const found = lookup(scope.payload, rest);
    return found.ok ? { value: found.value } : { problem: `${reference} is missing from the datasource` };
  }
  if (root === 'data') {
    if (!scope.data) return { problem: `${reference} is used outside a data-bound Container` };
    const found = lookup(scope.data.value, rest);
    return found.ok ? { value: found.value } : { problem: `${reference} is missing from the data item` };
  }
  if (BUILT_INS.has(root)) return {};
  return { problem: `${reference}: unknown name "${root}"` };
}

function checkString(text: string, key: string, path: string, scope: Scope, report: BindingReport): void {
  for (const expression of expressions(text)) {
    report.checked.add(`${path}|${expression}`);
    for (const reference of references(expression)) {
      const { problem, value } = resolve(reference, scope);
      if (problem) report.problems.push(`${path}: ${problem}`);
      // What a Text shows must be words, not an object or an empty field.
      else if (key === 'text' && (typeof value !== 'string' || value.trim() === ''))
        report.problems.push(`${path}: ${reference} is not a non-empty string (${JSON.stringify(value)})`);
    }
  }
}

function walk(node: unknown, key: string, path: string, scope: Scope, report: BindingReport): void {
  if (typeof node === 'string') return checkString(node, key, path, scope, report);
  if (Array.isArray(node)) return node.forEach((v, i) => walk(v, key, `${path}[${i}]`, scope, report));
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  const bound = typeof object.data === 'string' && ('items' in object || 'item' in object);
  let items: unknown[] | undefined;
  if (bound) {
    const [expression] = expressions(object.data as string);
    const { problem, value } = resolve(expression ?? '', scope);
    if (problem) report.problems.push(`${path}.data: ${problem}`);
    else if (!Array.isArray(value)) report.problems.push(`${path}.data: ${expression} is not an array`);
    else items = value;
    report.checked.add(`${path}.data|${expression}`);
  }
  for (const [k, v] of Object.entries(object)) {
    if (k === 'data' && bound) continue;
    if (bound && (k === 'items' || k === 'item')) {
      for (const value of items ?? []) walk(v, k, `${path}.${k}`, { payload: scope.payload, data: { value } }, report);
      continue;
    }
    walk(v, k, `${path}.${k}`, scope, report);
  }
}

/** Checks every binding of `document` against `datasources.payload`. */
export function checkBindings(document: unknown, payload: unknown): BindingReport {
  const report: BindingReport = { problems: [], checked: new Set() };
  walk(document, '', '$', { payload }, report);
  return report;
}

/** Every `@name` resource a document uses. */
export function resourceReferences(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    if (/^@\w+$/.test(node)) out.add(node.slice(1));
    for (const e of expressions(node)) for (const m of e.matchAll(/@(\w+)/g)) out.add(m[1]);
  } else if (Array.isArray(node)) node.forEach((v) => resourceReferences(v, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((v) => resourceReferences(v, out));
  return out;
}
