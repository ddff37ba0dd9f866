/**
 * Chooses the console NLU's confidence threshold (CONFIDENCE_THRESHOLD in tools/alexa/nlu.ts) by
 * cross-validation on the interaction model's own samples — never on the blind phrasing sets.
 *
 *   npx tsx tools/nlu-threshold.ts [--locale en-US|es-US|en-US,es-US] [--folds 10] [--model FILE] [--json]
 *
 * With both locales (`--locale en-US,es-US`, how CONFIDENCE_THRESHOLD is chosen: the console has one
 * threshold), each locale's table is followed by a pooled one whose J is the mean of the two.
 * k folds (10 by default: each fold trains on 90% of the samples, close to the final model),
 * stratified by intent (sample j of an intent goes to fold j mod k). For each fold, an Nlu is
 * trained on the other folds (threshold 0, so every confidence is seen) and resolves
 *   - the held-out samples (slots filled as for training): right when they reach their intent;
 *   - test/fixtures/off-topic.json and off-topic-more.json (.es-US.json for Spanish; requests the
 *     skill does not serve: everyday Alexa requests, other health questions, calls and messages):
 *     right when they reach AMAZON.FallbackIntent.
 * For each candidate threshold t, an approximate match with confidence below t becomes
 * AMAZON.FallbackIntent. The chosen t maximises the balanced accuracy
 *   J(t) = (held-out accuracy + off-topic rejection) / 2
 * (the two sets weigh the same however many phrasings each has); of equal J, the lowest t.
 * Each row also counts the crisis errors at t: held-out EmergencyIntent / SelfHarmIntent samples
 * that reach neither, and other samples or off-topic requests that reach one (overdose-sign
 * questions aside), so a sample round can be checked for false alarms before it is merged.
 */
import { readFileSync } from 'node:fs';
import { OverlapNlu } from './alexa/overlapNlu';
import { ALARM_ALLOWED_INTENTS, SAFETY_INTENTS } from './alexa/outcomes';
import {
  Nlu,
  loadModel,
  modelPathFor,
  trainingSamples,
  type InteractionModel,
  type ModelIntent,
  type Resolution,
} from './alexa/nlu';

interface Args {
  locale: string;
  folds: number;
  model?: string;
  json: boolean;
  matcher: 'new' | 'old';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { locale: 'en-US', folds: 10, json: false, matcher: 'new' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => inline ?? argv[++i];
    if (flag === '--locale') args.locale = value();
    else if (flag === '--folds') args.folds = Number(value());
    else if (flag === '--model') args.model = value();
    else if (flag === '--json') args.json = true;
    else if (flag === '--matcher') {
      const m = value();
      if (m !== 'new' && m !== 'old') throw new Error('nlu-threshold: --matcher is new or old');
      args.matcher = m;
    } else throw new Error(`nlu-threshold: unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.folds) || args.folds < 2) throw new Error('nlu-threshold: --folds is an integer ≥ 2');
  return args;
}

/** What one resolution needs for the sweep. */
interface Outcome {
  expected: string;
  intent: string;
  match: Resolution['match'];
  score: number;
}

/** The model with only the samples `keep` selects (per intent, by index). */
function subset(model: InteractionModel, keep: (intent: ModelIntent, index: number) => boolean): InteractionModel {
  const lm = model.interactionModel.languageModel;
  return {
    interactionModel: {
      ...model.interactionModel,
      languageModel: {
        ...lm,
        intents: lm.intents.map((intent) => ({
          ...intent,
          samples: (intent.samples ?? []).filter((_, i) => keep(intent, i)),
        })),
      },
    },
  };
}

export function crossValidate(
  model: InteractionModel,
  negatives: string[],
  options: { locale: string; folds: number; matcher?: 'new' | 'old' },
): { heldOut: Outcome[]; offTopic: Outcome[]; trainMs: number[] } {
  const heldOut: Outcome[] = [];
  const offTopic: Outcome[] = [];
  const trainMs: number[] = [];
  const record = (expected: string, r: Resolution): Outcome => ({
    expected,
    intent: r.intent,
    match: r.match,
    score: r.score,
  });
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (_: ModelIntent, i: number) => i % options.folds === fold;
    const training = subset(model, (intent, i) => !inFold(intent, i));
    const started = performance.now();
    const nlu =
      options.matcher === 'old'
        ? new OverlapNlu(training, { threshold: 0 })
        : new Nlu(training, { locale: options.locale, threshold: 0 });
    trainMs.push(performance.now() - started);
    for (const { utterance, intent } of trainingSamples(subset(model, inFold), options.locale)) {
      heldOut.push(record(intent, nlu.resolve(utterance)));
    }
    for (const utterance of negatives) offTopic.push(record('AMAZON.FallbackIntent', nlu.resolve(utterance)));
  }
  return { heldOut, offTopic, trainMs };
}

/** The intent an outcome reaches under threshold t. */
function under(o: Outcome, t: number): string {
  return o.match === 'approximate' && o.score < t ? 'AMAZON.FallbackIntent' : o.intent;
}

export interface SweepRow {
  threshold: number;
  heldOutAccuracy: number;
  heldOutFallback: number;
  offTopicRejected: number;
  balanced: number;
  /** Held-out crisis samples (SAFETY_INTENTS) that reach no crisis intent (a count). */
  crisisMissed: number;
  /** Held-out samples and off-topic requests that need no crisis numbers but reach a crisis intent (a count). */
  falseAlarms: number;
}

export function sweep(heldOut: Outcome[], offTopic: Outcome[], step = 0.05): SweepRow[] {
  const rows: SweepRow[] = [];
  for (let i = 0; i * step <= 1 + 1e-9; i++) {
    const t = Math.round(i * step * 1000) / 1000;
    const count = (list: Outcome[], pass: (o: Outcome) => boolean) => list.filter(pass).length;
    const share = (list: Outcome[], pass: (o: Outcome) => boolean) => count(list, pass) / list.length;
    const heldOutAccuracy = share(heldOut, (o) => under(o, t) === o.expected);
    const heldOutFallback = share(heldOut, (o) => under(o, t) === 'AMAZON.FallbackIntent');
    const offTopicRejected = share(offTopic, (o) => under(o, t) === 'AMAZON.FallbackIntent');
    const alarm = (o: Outcome) => !ALARM_ALLOWED_INTENTS.has(o.expected) && SAFETY_INTENTS.has(under(o, t));
    rows.push({
      threshold: t,
      heldOutAccuracy,
      heldOutFallback,
      offTopicRejected,
      balanced: (heldOutAccuracy + offTopicRejected) / 2,
      crisisMissed: count(heldOut, (o) => SAFETY_INTENTS.has(o.expected) && !SAFETY_INTENTS.has(under(o, t))),
      falseAlarms: count(heldOut, alarm) + count(offTopic, alarm),
    });
  }
  return rows;
}

export function choose(rows: SweepRow[]): SweepRow {
  return rows.reduce((best, row) => (row.balanced > best.balanced + 1e-12 ? row : best));
}

/** Both locales' sweeps side by side; J is the mean of the locales' balanced accuracies; crisis counts add up. */
export function pool(sweeps: SweepRow[][]): SweepRow[] {
  return sweeps[0].map((row, i) => {
    const sum = (pick: (r: SweepRow) => number) => sweeps.reduce((total, rows) => total + pick(rows[i]), 0);
    const mean = (pick: (r: SweepRow) => number) => sum(pick) / sweeps.length;
    return {
      threshold: row.threshold,
      heldOutAccuracy: mean((r) => r.heldOutAccuracy),
      heldOutFallback: mean((r) => r.heldOutFallback),
      offTopicRejected: mean((r) => r.offTopicRejected),
      balanced: mean((r) => r.balanced),
      crisisMissed: sum((r) => r.crisisMissed),
      falseAlarms: sum((r) => r.falseAlarms),
    };
  });
}

function negativesFor(locale: string): string[] {
  const suffix = locale === 'en-US' ? '' : `.${locale}`;
  return [`test/fixtures/off-topic${suffix}.json`, `test/fixtures/off-topic-more${suffix}.json`].flatMap(
    (file) => JSON.parse(readFileSync(file, 'utf8')) as string[],
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const locales = args.locale.split(',');
  if (args.model && locales.length > 1) throw new Error('nlu-threshold: --model takes one locale');
  const runs = locales.map((locale) => {
    const negatives = negativesFor(locale);
    const model = loadModel(args.model ?? modelPathFor(locale));
    const { heldOut, offTopic, trainMs } = crossValidate(model, negatives, { ...args, locale });
    return { locale, negatives, heldOut, offTopic, trainMs, rows: sweep(heldOut, offTopic) };
  });
  const tables = runs.map((r) => ({ title: r.locale, rows: r.rows }));
  if (runs.length > 1) tables.push({ title: `${locales.join(' + ')}, pooled`, rows: pool(runs.map((r) => r.rows)) });
  if (args.json) {
    console.log(
      JSON.stringify(
        tables.map((t, i) => ({
          locale: t.title,
          folds: args.folds,
          heldOut: runs[i]?.heldOut.length,
          offTopic: runs[i]?.offTopic.length,
          trainMs: runs[i]?.trainMs,
          rows: t.rows,
          chosen: choose(t.rows),
        })),
        null,
        2,
      ),
    );
    return;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  for (const [i, table] of tables.entries()) {
    const run = runs[i];
    console.log(
      run
        ? `${args.folds}-fold cross-validation, ${run.locale}: ${run.heldOut.length} held-out samples, ` +
            `${run.negatives.length} off-topic requests × ${args.folds} folds; training ${run.trainMs.map((t) => t.toFixed(0)).join('/')} ms`
        : `${table.title} (the mean of the locales' figures, crisis counts added): the one threshold for both`,
    );
    const chosen = choose(table.rows);
    console.log(
      'threshold  held-out right  held-out→fallback  off-topic rejected  balanced  crisis missed  false alarms',
    );
    for (const r of table.rows) {
      console.log(
        `${r.threshold.toFixed(2).padStart(9)}  ${pct(r.heldOutAccuracy).padStart(14)}  ${pct(r.heldOutFallback).padStart(17)}  ${pct(r.offTopicRejected).padStart(18)}  ${pct(r.balanced).padStart(8)}  ${String(r.crisisMissed).padStart(13)}  ${String(r.falseAlarms).padStart(12)}${r === chosen ? '  ← chosen' : ''}`,
      );
    }
  }
}

if (require.main === module) main();
