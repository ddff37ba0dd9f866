// `npm run bench`: cold start, bundle size, warm latency and the texting path's first-request cost.
//
//   node tools/bench/run.mjs [--json] [--pairs N] [--requests N] [--rounds N] [--texting-runs N] [--texting-warm N]
//                            [--no-texting] [--no-build] [--strict]
//
// It builds its own copy of the bundle first (`node tools/build.mjs --quiet --outdir build/bench/lambda`,
// ~0.5 s), so the figures describe the code in the working tree and a test run rebuilding
// build/lambda meanwhile cannot disturb them; `--no-build` measures build/lambda as it is and refuses
// a bundle older than lambda/ or content/. Every measure runs in fresh `node` child processes (no
// flags, LOG_LEVEL=info as on Lambda); each child times itself with performance.now() and prints one
// `BENCH {json}` line. Figures go to bench/results.json (git-ignored) and, with --json, to stdout
// instead of the table. `--strict` exits 1 when a target is missed (timing is never a test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const HELLO_WORLD = join(here, 'hello-world.cjs');
const RESULTS = join(repo, 'bench/results.json');

const TARGETS = { coldRatio: 0.5, warmP99Ms: 0.5, mainBundleKB: 150 };

/**
 * Sources that only the texting or screen paths need: none may be reachable from index.mjs
 * without a dynamic import(). (Small by design, and static: lambda/texting/consentToken.ts, the
 * token the SessionResumedRequest handler matches, and lambda/services/store/lazyPersistenceAdapter.ts,
 * which imports the store on first use.)
 */
const LAZY_ONLY = [
  /^node_modules\/@aws-sdk\//,
  /^node_modules\/@smithy\//,
  /^node_modules\/@aws-crypto\//,
  /^node_modules\/ask-sdk-model\//,
  /^lambda\/texting\/(?!consentToken\.ts$)/,
  /^lambda\/services\/(?!store\/lazyPersistenceAdapter\.ts$)/,
  /^lambda\/screens\/(?!screen\.ts$)/,
];

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = {
    json: false,
    pairs: 30,
    requests: 2000,
    rounds: 5,
    textingRuns: 7,
    textingWarm: 5,
    build: true,
    strict: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const number = () => {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value <= 0) fail(`${arg} needs a positive integer`);
      return value;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--pairs') options.pairs = number();
    else if (arg === '--requests') options.requests = number();
    else if (arg === '--rounds') options.rounds = number();
    else if (arg === '--texting-runs') options.textingRuns = number();
    else if (arg === '--texting-warm') options.textingWarm = number();
    else if (arg === '--no-texting') options.textingRuns = 0;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--help' || arg === '-h') {
      const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
      console.log(
        header
          .slice(
            0,
            header.findIndex((line) => !line.startsWith('//')),
          )
          .join('\n'),
      );
      process.exit(0);
    } else fail(`unknown option ${arg} (try --help)`);
  }
  if (options.pairs < 15) fail('--pairs: at least 15 (the issue asks for 15 pairs or more)');
  if (options.requests < 2000) fail('--requests: at least 2000');
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
/**
 * The bench builds its own copy (build/bench/lambda, same build as build/lambda): a test run or
 * the console rebuilding build/lambda meanwhile cannot pull the bundle from under a measure, and
 * the bench cannot pull it from under them. --no-build measures build/lambda as it is.
 */
const BUNDLE_REL = options.build ? 'build/bench/lambda' : 'build/lambda';
const BUNDLE_DIR = join(repo, BUNDLE_REL);
const BUNDLE = join(BUNDLE_DIR, 'index.mjs');
const METAFILE = join(dirname(BUNDLE_DIR), 'metafile.json');
/** Progress goes to stderr so `--json` leaves stdout to the JSON. */
const progress = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Statistics

function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile of sorted values. */
function percentile(sortedValues, p) {
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[Math.min(sortedValues.length, rank) - 1];
}

function summary(values) {
  const s = sorted(values);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  return { median: round(median), min: round(s[0]), max: round(s[s.length - 1]), n: s.length };
}

function round(value, digits = 3) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Children

/**
 * Runs `node <args>` with a clean environment, returns the parsed BENCH line plus the wall time
 * from spawn() to the process's exit. Throws with the child's stderr when it fails.
 */
function runChild(args, env = {}) {
  return new Promise((resolveRun, reject) => {
    const childEnv = { ...process.env, LOG_LEVEL: 'info', ...env };
    delete childEnv.NODE_OPTIONS; // a --require or --import from the caller's shell would skew the timing
    for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: repo, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      // 'exit' can precede the last 'data' events: read the result once the pipes have closed.
      child.on('close', () => {
        const line = out.split('\n').find((l) => l.startsWith('BENCH '));
        if (code !== 0 || !line) {
          reject(new Error(`node ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${err || out}`));
          return;
        }
        const logLines = out.split('\n').filter((l) => l.startsWith('{')).length;
        resolveRun({ ...JSON.parse(line.slice(6)), wallMs, logLines });
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Build

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['lambda', 'content']) walk(join(repo, dir));
  for (const file of ['tools/build.mjs', 'package-lock.json'])
    newest = Math.max(newest, statSync(join(repo, file)).mtimeMs);
  return newest;
}

function ensureBundle() {
  if (options.build) {
    progress(`bench: building the bundle (node tools/build.mjs --quiet --outdir ${BUNDLE_REL})`);
    const built = spawnSync(process.execPath, ['tools/build.mjs', '--quiet', '--outdir', BUNDLE_REL], {
      cwd: repo,
      stdio: 'inherit',
    });
    if (built.status !== 0) fail('the build failed');
    return `rebuilt by the bench in ${BUNDLE_REL}`;
  }
  if (!existsSync(BUNDLE) || !existsSync(METAFILE)) fail('no bundle: run `npm run build` or drop --no-build');
  if (statSync(BUNDLE).mtimeMs < newestSource())
    fail('the bundle is older than lambda/ or content/: run `npm run build`');
  return 'existing bundle (--no-build), newer than its sources';
}

// ---------------------------------------------------------------------------------------------
// Bundle: sizes and what the content path loads

function bundleReport(traced) {
  const meta = JSON.parse(readFileSync(METAFILE, 'utf8'));
  const key = (abs) => relative(repo, abs).split('\\').join('/');
  const outputs = meta.outputs;
  const mainKey = key(BUNDLE);
  if (!outputs[mainKey]) fail(`${mainKey} is not in build/metafile.json: rebuild`);

  // Everything index.mjs loads before it runs: its static imports, transitively.
  const staticClosure = new Set();
  const visit = (file) => {
    if (staticClosure.has(file)) return;
    staticClosure.add(file);
    for (const imp of outputs[file].imports) if (!imp.external && imp.kind === 'import-statement') visit(imp.path);
  };
  visit(mainKey);

  const describe = (file) => {
    const bytes = statSync(join(repo, file)).size;
    return { file: relative(BUNDLE_REL, file), bytes, gzipBytes: gzipSync(readFileSync(join(repo, file))).length };
  };
  // Every file deployed, from the folder itself (chunks/ask-sdk-model.cjs is not an esbuild output).
  const all = readdirSync(BUNDLE_DIR, { recursive: true })
    .map((f) => key(join(BUNDLE_DIR, String(f))))
    .filter((f) => statSync(join(repo, f)).isFile())
    .sort();
  const contentPath = all.filter((f) => staticClosure.has(f)).map(describe);
  const lazy = all.filter((f) => !staticClosure.has(f)).map(describe);

  // Inputs by their path in the project: a node_modules reached through a symlink (a git worktree
  // sharing another checkout's) is named by esbuild from where it really is (../../main/node_modules/…).
  const inProject = (input) => input.replace(/^(?:\.\.\/)+(?:[^/]+\/)*?(?=node_modules\/)/, '');
  const inputsOf = (files) => new Set(files.flatMap((f) => Object.keys(outputs[f].inputs).map(inProject)));
  const staticInputs = inputsOf([...staticClosure]);
  const lazyViolations = [...staticInputs].filter((input) => LAZY_ONLY.some((re) => re.test(input))).sort();
  // Largest inputs of the content path, for "what would make it smaller".
  const inputBytes = {};
  for (const f of staticClosure) {
    for (const [path, { bytesInOutput }] of Object.entries(outputs[f].inputs)) {
      const input = inProject(path);
      const group = /^[\w-]+:/.test(input)
        ? 'stand-ins from tools/coldstart.mjs'
        : input.replace(/^(node_modules\/(@[^/]+\/)?[^/]+)\/.*/, '$1').replace(/^(lambda|content)\/.*/, '$1/');
      inputBytes[group] = (inputBytes[group] ?? 0) + bytesInOutput;
    }
  }
  const staticFiles = contentPath.map((f) => f.file).sort();
  return {
    main: describe(mainKey),
    contentPath,
    contentPathBytes: contentPath.reduce((sum, f) => sum + f.bytes, 0),
    contentPathGzipBytes: contentPath.reduce((sum, f) => sum + f.gzipBytes, 0),
    contentPathByPackage: Object.fromEntries(Object.entries(inputBytes).sort((a, b) => b[1] - a[1])),
    lazyChunks: lazy,
    lazyOnlyInContentPath: lazyViolations,
    // The traced run: files a fresh process actually read for launch + side effects.
    tracedContentPath: traced.files,
    tracedMatchesMetafile: JSON.stringify(traced.files) === JSON.stringify(staticFiles),
  };
}

// ---------------------------------------------------------------------------------------------
// Measures

async function coldPairs(pairs) {
  const a = ['tools/bench/cold.mjs', 'A', BUNDLE];
  const b = ['tools/bench/cold.mjs', 'B', HELLO_WORLD];
  const s = ['tools/bench/cold.mjs', 'S', BUNDLE];
  // One untimed pair first: the file-system cache and the CPU's clock settle.
  await runChild(a);
  await runChild(b);
  await runChild(s);
  const runs = { A: [], B: [], S: [] };
  for (let i = 0; i < pairs; i += 1) {
    // ABBA order: neither side always goes first after the other (the Spanish run, S, between them).
    const order = i % 2 === 0 ? [a, s, b] : [b, s, a];
    for (const args of order) {
      const run = await runChild(args);
      runs[run.variant].push(run);
    }
  }
  const side = (list) => ({
    totalMs: summary(list.map((r) => r.totalMs)),
    loadMs: summary(list.map((r) => r.loadMs)),
    firstAnswerMs: summary(list.map((r) => r.firstMs)),
    secondAnswerMs: summary(list.map((r) => r.secondMs)),
    processWallMs: summary(list.map((r) => r.wallMs)),
    samplesMs: list.map((r) => round(r.totalMs)),
  });
  const A = side(runs.A);
  const B = side(runs.B);
  const S = side(runs.S);
  const aFaster = runs.A.filter((r, i) => r.totalMs < runs.B[i].totalMs).length;
  return {
    pairs,
    A: { what: `full skill bundle: import ${BUNDLE_REL}/index.mjs, LaunchRequest, SideEffectsIntent`, ...A },
    B: {
      what: 'hello-world: require tools/bench/hello-world.cjs (ask-sdk-core from node_modules), LaunchRequest, AMAZON.HelpIntent',
      ...B,
    },
    S: { what: 'the full skill in Spanish (es-US): the same requests, loading the Spanish content chunk', ...S },
    ratio: round(A.totalMs.median / B.totalMs.median),
    spanishRatio: round(S.totalMs.median / B.totalMs.median),
    wallRatio: round(A.processWallMs.median / B.processWallMs.median),
    pairsAFaster: aFaster,
  };
}

/**
 * `rounds` fresh processes of `requests` each. One process's p99 moves with whatever else the
 * machine runs (a 2-core box shared with a test run can add a millisecond to 1 % of requests);
 * the median of the rounds' p99 is the figure compared with the target, the pooled one is shown too.
 */
async function warm(requests, rounds) {
  const ms = (v) => round(v / 1000, 4);
  const perRound = [];
  const pooled = [];
  let run;
  for (let i = 0; i < rounds; i += 1) {
    run = await runChild(['tools/bench/warm.mjs', BUNDLE, String(requests)]);
    const us = sorted(run.micros);
    perRound.push({
      p50Ms: ms(percentile(us, 50)),
      p99Ms: ms(percentile(us, 99)),
      maxMs: ms(us[us.length - 1]),
      collections: run.collections,
    });
    pooled.push(...us);
  }
  const all = sorted(pooled);
  const median = (values) => summary(values).median;
  return {
    requestsPerRound: run.requests,
    rounds,
    warmupPerRound: run.warmup,
    conversationSteps: run.steps,
    p50Ms: median(perRound.map((r) => r.p50Ms)),
    p99Ms: median(perRound.map((r) => r.p99Ms)),
    perRound,
    pooled: {
      requests: all.length,
      p50Ms: ms(percentile(all, 50)),
      p90Ms: ms(percentile(all, 90)),
      p99Ms: ms(percentile(all, 99)),
      maxMs: ms(all[all.length - 1]),
      meanMs: ms(all.reduce((sum, v) => sum + v, 0) / all.length),
    },
    logLinesLastRound: run.logLines,
  };
}

// ---------------------------------------------------------------------------------------------
// Texting path, against the loopback stand-ins (tools/bench/standins.ts, run with tsx)

/** Starts the stand-ins process; resolves with its endpoints and a stop() that returns what they received. */
function startStandins() {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench/standins.ts'], {
      cwd: repo,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let started = false;
    const lines = [];
    let onLine = () => {};
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      let nl;
      while ((nl = out.indexOf('\n')) >= 0) {
        lines.push(out.slice(0, nl));
        out = out.slice(nl + 1);
        onLine();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (!started) reject(new Error(`tools/bench/standins.ts exited (${code}) before it started:\n${err}`));
    });
    const nextLine = () =>
      new Promise((resolveLine) => {
        if (lines.length) resolveLine(lines.shift());
        else onLine = () => resolveLine(lines.shift());
      });
    nextLine().then((line) => {
      started = true;
      const endpoints = JSON.parse(line);
      const stop = async () => {
        const summary = nextLine();
        child.stdin.end();
        return JSON.parse(await summary);
      };
      resolveStart({ endpoints, stop });
    });
  });
}

function textingEnv(endpoints) {
  const env = {};
  // The caller's AWS or skill settings must not leak in (a real profile, a real table).
  for (const name of Object.keys(process.env))
    if (/^(AWS_|SMS_|SKILL_|STORE_|PROFILE_)/.test(name)) env[name] = undefined;
  return {
    ...env,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'standin',
    AWS_SECRET_ACCESS_KEY: 'standin',
    AWS_ENDPOINT_URL_SNS: endpoints.sns,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    SMS_PROVIDER: 'sns',
    SKILL_STORE: 'dynamodb',
    SKILL_TABLE: endpoints.table,
    BENCH_PROFILE_API: endpoints.profile,
  };
}

async function textingPath(runs, warmFlows) {
  const { endpoints, stop } = await startStandins();
  let received;
  try {
    const env = textingEnv(endpoints);
    const traced = await runChild(['tools/bench/trace.mjs', 'texting', BUNDLE], env);
    const results = [];
    for (let i = 0; i < runs; i += 1)
      results.push(await runChild(['tools/bench/texting.mjs', BUNDLE, String(warmFlows)], env));
    received = await stop();
    const expectedTexts = 1 + runs * (1 + warmFlows);
    const files = traced.files.map((file) => ({ file, bytes: statSync(join(BUNDLE_DIR, file)).size }));
    const warm = results.flatMap((r) => r.warm);
    return {
      runs,
      warmFlowsPerRun: warmFlows,
      cold: {
        totalMs: summary(results.map((r) => r.cold.totalMs)),
        loadMs: summary(results.map((r) => r.loadMs)),
        askMs: summary(results.map((r) => r.cold.askMs)),
        confirmMs: summary(results.map((r) => r.cold.confirmMs)),
        processWallMs: summary(results.map((r) => r.wallMs)),
      },
      warm: {
        flows: warm.length,
        askMs: summary(warm.map((f) => f.askMs)),
        confirmMs: summary(warm.map((f) => f.confirmMs)),
        totalMs: summary(warm.map((f) => f.askMs + f.confirmMs)),
      },
      loadedFiles: files,
      loadedBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      standins: { ...received, expectedTexts, ok: received.smsAccepted === expectedTexts },
    };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function gitDescribe() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'lambda', 'content', 'tools/build.mjs'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (head.status !== 0) return 'unknown';
  return `${head.stdout.trim()}${dirty.stdout.trim() ? '+uncommitted' : ''}`;
}

/** "a.mjs 52.0 KB, b.mjs 42.9 KB, c.cjs 33.0 KB" */
const largest = (files, n = 3) =>
  [...files]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n)
    .map((f) => `${f.file.replace(/^chunks\//, '')} ${kb(f.bytes)}`)
    .join(', ');
const ms = (v) => (v < 1 ? `${Math.round(v * 1000)} µs` : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(r) {
  const { cold, bundle, warm: w } = r;
  const lines = [];
  const row3 = (label, s) => `  ${pad(label, 52)}${lpad(ms(s.median), 10)}${lpad(ms(s.min), 10)}${lpad(ms(s.max), 10)}`;
  lines.push(
    `npm run bench  ·  ${r.machine.node}, ${r.machine.cpus} CPUs (${r.machine.cpuModel}), load ${r.machine.loadAverage.join(' ')}  ·  ${r.commit}  ·  ${r.bundleSource}`,
  );
  lines.push('');
  lines.push(
    `1. Cold start: fresh node process, clock from before import/require to the 2nd answer (${cold.pairs} pairs, A/B alternating)`,
  );
  lines.push(`  ${pad('', 52)}${lpad('median', 10)}${lpad('min', 10)}${lpad('max', 10)}`);
  lines.push(row3('A  full skill: launch + "what are the side effects"', cold.A.totalMs));
  lines.push(row3('     of which: import index.mjs', cold.A.loadMs));
  lines.push(row3('S  full skill in Spanish (es-US): the same two', cold.S.totalMs));
  lines.push(row3('B  bare hello-world, unbundled: launch + help', cold.B.totalMs));
  lines.push(row3("     of which: require('ask-sdk-core') and the skill", cold.B.loadMs));
  lines.push(
    `  ${pad('ratio A/B (medians)', 52)}${lpad(cold.ratio.toFixed(2), 10)}   target ≤ ${TARGETS.coldRatio}  ${verdict(r.targets.coldRatio.ok)}   (A faster in ${cold.pairsAFaster}/${cold.pairs} pairs)`,
  );
  lines.push(
    `  ${pad('ratio S/B, Spanish (medians)', 52)}${lpad(cold.spanishRatio.toFixed(2), 10)}   reported: about the same as A/B`,
  );
  lines.push('  secondary, whole process from spawn() to exit (includes ~40-60 ms of Node booting):');
  lines.push(row3('A  process wall time', cold.A.processWallMs));
  lines.push(row3('B  process wall time', cold.B.processWallMs));
  lines.push('');
  lines.push(`2. Bundle (${BUNDLE_REL}, minified ESM, the same build as build/lambda)`);
  lines.push(
    `  ${pad('main file index.mjs', 52)}${lpad(kb(bundle.main.bytes), 10)}  (gzip ${kb(bundle.main.gzipBytes)})   target ≤ ${TARGETS.mainBundleKB} KB  ${verdict(r.targets.mainBundle.ok)}`,
  );
  lines.push(
    `  ${pad('content path, every file it loads:', 52)}${lpad(kb(bundle.contentPathBytes), 10)}  (gzip ${kb(bundle.contentPathGzipBytes)})`,
  );
  for (const f of bundle.contentPath) lines.push(`    ${pad(f.file, 50)}${lpad(kb(f.bytes), 10)}`);
  lines.push(
    `    by source: ${Object.entries(bundle.contentPathByPackage)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  );
  lines.push(
    `    traced run (launch + side effects) loaded: ${bundle.tracedContentPath.join(', ')}  ${bundle.tracedMatchesMetafile ? '= metafile static imports' : '≠ metafile static imports!'}`,
  );
  lines.push(
    `  ${pad(`the rest, loaded on first use (${bundle.lazyChunks.length} files):`, 52)}${lpad(kb(bundle.lazyChunks.reduce((s, f) => s + f.bytes, 0)), 10)}  (largest: ${largest(bundle.lazyChunks)})`,
  );
  lines.push(
    `  AWS SDK / texting / screen rendering reachable without import(): ${bundle.lazyOnlyInContentPath.length ? `YES: ${bundle.lazyOnlyInContentPath.join(', ')}` : 'none'}  ${verdict(r.targets.lazy.ok)}`,
  );
  lines.push('');
  lines.push(
    `3. Warm latency per request: ${w.rounds} fresh processes × ${w.requestsPerRound} handler calls (after ${w.warmupPerRound} warm-up), a ${w.conversationSteps}-step conversation on repeat`,
  );
  lines.push(
    '   (launch, topics, yes, more, the number, help, repeat, stop; JSON.parse of the event and JSON.stringify of the answer around each call, untimed, as the Lambda runtime does)',
  );
  lines.push(
    `  ${pad('p50 / p99 of the handler call, median of the rounds', 52)}${lpad(ms(w.p50Ms), 10)}${lpad(ms(w.p99Ms), 10)}   target p99 ≤ ${TARGETS.warmP99Ms} ms  ${verdict(r.targets.warmP99.ok)}`,
  );
  lines.push(`  ${pad(`p99 of each round`, 52)}${w.perRound.map((x) => lpad(ms(x.p99Ms), 10)).join('')}`);
  lines.push(
    `  ${pad('garbage collections during each round', 52)}${w.perRound.map((x) => lpad(x.collections, 10)).join('')}`,
  );
  lines.push(
    `  ${pad(`all ${w.pooled.requests} pooled: p50 / p90 / p99 / max`, 52)}${lpad(ms(w.pooled.p50Ms), 10)}${lpad(ms(w.pooled.p90Ms), 10)}${lpad(ms(w.pooled.p99Ms), 10)}${lpad(ms(w.pooled.maxMs), 10)}`,
  );
  if (r.texting) {
    const t = r.texting;
    lines.push('');
    lines.push(
      `4. Texting path: "text me the number" → "Should I text it to your phone ending in 42?" → "yes" → SMS sent`,
    );
    lines.push(
      '   (permission granted; loopback stand-ins in another process: Alexa profile API, SNS Publish, DynamoDB by dynalite)',
    );
    lines.push(`  ${pad('', 52)}${lpad('median', 10)}${lpad('min', 10)}${lpad('max', 10)}`);
    lines.push(row3(`cold: fresh process, import → "sent" (${t.runs} runs)`, t.cold.totalMs));
    lines.push(row3('     of which: "text me the number"', t.cold.askMs));
    lines.push(row3('     of which: "yes" → SMS sent', t.cold.confirmMs));
    lines.push(row3(`warm: same process, next listener (${t.warm.flows} flows)`, t.warm.totalMs));
    lines.push(row3('     of which: "text me the number"', t.warm.askMs));
    lines.push(row3('     of which: "yes" → SMS sent', t.warm.confirmMs));
    lines.push(
      `  loads ${kb(t.loadedBytes)} in ${t.loadedFiles.length} files (traced; largest: ${largest(t.loadedFiles)})`,
    );
    lines.push(
      `  stand-ins received ${t.standins.smsAccepted} texts (expected ${t.standins.expectedTexts}) and ${t.standins.profileLookups} profile lookups  ${t.standins.ok ? 'ok' : 'MISMATCH'}`,
    );
  }
  lines.push('');
  lines.push(
    'Each child logs at LOG_LEVEL=info (one JSON line per request, as on Lambda); its stdout is opened before the clock starts.',
  );
  lines.push(
    `Figures: ${relative(repo, RESULTS)}  ·  rerun: npm run bench  (--json for JSON on stdout, --help for options)`,
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const began = performance.now();
const bundleSource = ensureBundle();

progress('bench: traced content-path run (which bundle files load)');
const traced = await runChild(['tools/bench/trace.mjs', 'content', BUNDLE]);
const bundle = bundleReport(traced);

progress(`bench: cold start, ${options.pairs} A/B pairs`);
const cold = await coldPairs(options.pairs);

progress(`bench: warm latency, ${options.rounds} × ${options.requests} requests`);
const warmResult = await warm(options.requests, options.rounds);

let texting = null;
if (options.textingRuns > 0) {
  progress(`bench: texting path, ${options.textingRuns} fresh processes (stand-ins start first)`);
  texting = await textingPath(options.textingRuns, options.textingWarm);
}

const results = {
  schema: 1,
  date: new Date().toISOString(),
  commit: gitDescribe(),
  bundleSource,
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
    loadAverage: loadavg().map((v) => round(v, 2)),
  },
  cold,
  bundle,
  warm: warmResult,
  texting,
  targets: {
    coldRatio: { target: TARGETS.coldRatio, value: cold.ratio, ok: cold.ratio <= TARGETS.coldRatio },
    warmP99: { targetMs: TARGETS.warmP99Ms, valueMs: warmResult.p99Ms, ok: warmResult.p99Ms <= TARGETS.warmP99Ms },
    mainBundle: {
      targetKB: TARGETS.mainBundleKB,
      valueKB: round(bundle.main.bytes / 1024, 1),
      ok: bundle.main.bytes <= TARGETS.mainBundleKB * 1024,
    },
    lazy: { ok: bundle.lazyOnlyInContentPath.length === 0 && bundle.tracedMatchesMetafile },
    ...(texting ? { textingSent: { ok: texting.standins.ok } } : {}),
  },
  benchSeconds: 0,
};
results.benchSeconds = round((performance.now() - began) / 1000, 1);

mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else console.log(`${table(results)}\nBench time ${results.benchSeconds} s.`);

const missed = Object.entries(results.targets).filter(([, t]) => !t.ok);
if (missed.length && options.strict) {
  progress(`bench: missed ${missed.map(([name]) => name).join(', ')}`);
  process.exit(1);
}
