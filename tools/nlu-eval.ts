/**
 * Blind evaluation of the console's stand-in for Alexa's NLU.
 *
 *   npm run nlu-eval                          en-US: test/fixtures/blind-phrasings.json
 *   npm run nlu-eval -- --locale es-US        es-US: test/fixtures/blind-phrasings.es-US.json
 *   npm run nlu-eval -- --json                machine-readable report on stdout
 *   npm run nlu-eval -- --matcher=old         the former token-overlap matcher, for comparison
 *   npm run nlu-eval -- --model=FILE          another interaction model
 *
 * The fixture maps labels to phrasings; tools/alexa/outcomes.ts says which intents answer each
 * label. Prints accuracy overall and per label, every emergency / self-harm phrasing that did not
 * reach 911 or 988 (safety misses), every other phrasing answered with them (false alarms), and
 * every miss. A phrasing is heard as Alexa hands it to the skill: "alexa ask baclofen guide for help"
 * as "help", "alexa open baclofen guide" as a launch (resolveAsAlexa). A measuring tool only: nothing
 * is tuned on these phrasings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Nlu, loadModel, modelPathFor, type Invocation, type Resolution } from './alexa/nlu';
import { OverlapNlu } from './alexa/overlapNlu';
import { EXIT, LAUNCH, isExpected, isFalseAlarm, isSafetyMiss } from './alexa/outcomes';

interface Args {
  locale: string;
  json: boolean;
  matcher: 'new' | 'old';
  model?: string;
  fixture?: string;
}

const USAGE = 'usage: nlu-eval [--locale en-US|es-US] [--json] [--matcher=new|old] [--model=FILE] [--fixture=FILE]';

function parseArgs(argv: string[]): Args {
  const args: Args = { locale: 'en-US', json: false, matcher: 'new' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--locale') args.locale = value();
    else if (flag === '--json') args.json = true;
    else if (flag === '--matcher') {
      const m = value();
      if (m !== 'new' && m !== 'old') throw new Error(`--matcher is new or old\n${USAGE}`);
      args.matcher = m;
    } else if (flag === '--model') args.model = value();
    else if (flag === '--fixture') args.fixture = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return args;
}

export interface Row {
  label: string;
  phrasing: string;
  intent: string;
  match: string;
  score: number;
  drug?: string;
  ok: boolean;
}

export interface Report {
  locale: string;
  matcher: string;
  model: string;
  fixture: string;
  total: number;
  correct: number;
  accuracy: number;
  perLabel: Array<{ label: string; total: number; correct: number; accuracy: number }>;
  safetyMisses: Row[];
  falseAlarms: Row[];
  misses: Row[];
  trainMs: number;
}

/** The stand-in under evaluation: the console's Nlu parses invocations, the former matcher does not. */
type EvaluatedNlu = { resolve(utterance: string): Resolution; parseInvocation?(utterance: string): Invocation };

/**
 * A phrasing as the skill receives it. Alexa takes the invocation off before the skill's model hears
 * anything: "alexa ask baclofen guide for help" reaches it as "help", "alexa open baclofen guide" as a
 * LaunchRequest, "alexa exit" as the end of the session. A stand-in that cannot parse invocations
 * (the former matcher) hears the whole phrasing.
 */
function resolveAsAlexa(nlu: EvaluatedNlu, phrasing: string): Resolution {
  const invocation = nlu.parseInvocation?.(phrasing);
  if (invocation?.kind === 'launch') return { intent: LAUNCH, slots: {}, match: 'builtin', score: 1 };
  if (invocation?.kind === 'exit') return { intent: EXIT, slots: {}, match: 'builtin', score: 1 };
  return nlu.resolve(invocation?.kind === 'oneshot' ? invocation.utterance : phrasing);
}

export function evaluate(
  nlu: EvaluatedNlu,
  fixture: Record<string, string[]>,
): Omit<Report, 'locale' | 'matcher' | 'model' | 'fixture' | 'trainMs'> {
  const rows: Row[] = [];
  for (const [label, phrasings] of Object.entries(fixture)) {
    for (const phrasing of phrasings) {
      const r = resolveAsAlexa(nlu, phrasing);
      const drug = r.slots.drug?.value;
      rows.push({
        label,
        phrasing,
        intent: r.intent,
        match: r.match,
        score: r.score,
        ...(drug ? { drug } : {}),
        ok: isExpected(label, r),
      });
    }
  }
  const labels = [...new Set(rows.map((r) => r.label))];
  const perLabel = labels.map((label) => {
    const mine = rows.filter((r) => r.label === label);
    const correct = mine.filter((r) => r.ok).length;
    return { label, total: mine.length, correct, accuracy: correct / mine.length };
  });
  const correct = rows.filter((r) => r.ok).length;
  return {
    total: rows.length,
    correct,
    accuracy: rows.length ? correct / rows.length : 0,
    perLabel,
    safetyMisses: rows.filter((r) => isSafetyMiss(r.label, r)),
    falseAlarms: rows.filter((r) => isFalseAlarm(r.label, r)),
    misses: rows.filter((r) => !r.ok),
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

function describeRow(r: Row): string {
  const drug = r.drug ? ` {drug=${r.drug}}` : '';
  return `  ${r.label.padEnd(22)} "${r.phrasing}" → ${r.intent}${drug} (${r.match} ${r.score.toFixed(2)})`;
}

function printReport(report: Report): void {
  const out: string[] = [];
  out.push(`NLU blind evaluation — ${report.locale}, matcher: ${report.matcher}`);
  out.push(`  model:   ${report.model}`);
  out.push(`  fixture: ${report.fixture}`);
  out.push(`  trained in ${report.trainMs.toFixed(0)} ms`);
  out.push('');
  out.push(`${'label'.padEnd(22)} ${'correct'.padStart(9)}  accuracy`);
  for (const l of report.perLabel) {
    out.push(`${l.label.padEnd(22)} ${`${l.correct}/${l.total}`.padStart(9)}  ${pct(l.accuracy).padStart(7)}`);
  }
  out.push(
    `${'OVERALL'.padEnd(22)} ${`${report.correct}/${report.total}`.padStart(9)}  ${pct(report.accuracy).padStart(7)}`,
  );
  out.push('');
  // The fallback answer (content/prompts.ts) names 911 and 988 before anything else, so a listener
  // still hears them; a miss is counted all the same, as the crisis answer itself was not reached.
  const fellBack = report.safetyMisses.filter((r) => r.intent === 'AMAZON.FallbackIntent').length;
  out.push(
    `Safety misses (emergency / self-harm not reaching 911 or 988): ${report.safetyMisses.length}` +
      (fellBack ? ` (${fellBack} fell back: the fallback answer names 911 and 988 first)` : ''),
  );
  out.push(...report.safetyMisses.map(describeRow));
  out.push(`False alarms (answered with the crisis numbers, not asked for): ${report.falseAlarms.length}`);
  out.push(...report.falseAlarms.map(describeRow));
  out.push(`Misses: ${report.misses.length}`);
  out.push(...report.misses.map(describeRow));
  console.log(out.join('\n'));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const model = args.model ?? modelPathFor(args.locale);
  const fixture =
    args.fixture ??
    (args.locale === 'en-US'
      ? 'test/fixtures/blind-phrasings.json'
      : `test/fixtures/blind-phrasings.${args.locale}.json`);
  if (args.matcher === 'old' && args.locale !== 'en-US') throw new Error('nlu-eval: the old matcher is English only');
  if (!existsSync(model)) throw new Error(`nlu-eval: no interaction model for ${args.locale} at ${model}`);
  if (!existsSync(fixture)) throw new Error(`nlu-eval: no blind fixture for ${args.locale} at ${fixture}`);
  const data = loadModel(model);
  const started = process.hrtime.bigint();
  const nlu = args.matcher === 'old' ? new OverlapNlu(data) : new Nlu(data, { locale: args.locale });
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  const phrasings = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, string[]>;
  const report: Report = {
    locale: args.locale,
    matcher: args.matcher,
    model,
    fixture,
    trainMs,
    ...evaluate(nlu, phrasings),
  };
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
