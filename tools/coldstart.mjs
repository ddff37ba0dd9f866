// Cold-start trims for tools/build.mjs. Each one is measured by `npm run bench` (README,
// "Performance"); together they take the content path's cold start from ~9.7 ms to ~5.3 ms on a
// 2-core machine. None changes what the skill does; each fails the build loudly if the package it
// relies on changes shape, rather than silently losing the saving.
//
// 1. askSdkCoreFacade: `import { … } from 'ask-sdk-core'` in our code goes to a generated
//    facade that re-exports each name from the dist file defining it, so esbuild bundles only
//    the files we use (13 KB instead of 26 KB: no viewport, SSML, component or image helpers).
// 2. lazyServiceClients: ask-sdk-core's CustomSkill reads `services.ServiceClientFactory` from
//    ask-sdk-model at load, which compiles and runs ask-sdk-model's 62 KB of service clients on
//    every cold start. CustomSkill gets a stand-in factory instead; its getXxxServiceClient()
//    methods load the real ask-sdk-model (emitted as chunks/ask-sdk-model.cjs) on first call,
//    which only the texting path makes (the profile API).
// 3. lazyBuiltins: ask-sdk-core's DefaultApiClient requires node:url at load (and http/https
//    when it calls out); those requires go through a stand-in that loads them on first use.
// 4. LAZY_REQUIRE_BANNER: the `require` CommonJS code needs inside an ESM bundle is created on
//    first use, not by every output file at load.
// 5. mergeEntryChunks: esbuild's code splitting puts code shared by index.mjs and a lazy chunk
//    (content, logging, esbuild's helpers) into separate files that index.mjs imports
//    statically, and every extra ESM file costs a cold start ~0.5 ms to resolve, read and link.
//    After the split, the files index.mjs always loads are merged into it, and the lazy chunks
//    are rebuilt to import those shared parts from index.mjs. One copy of each module remains,
//    so module state and `instanceof` behave exactly as before the merge.
// 6. NO_ARROWS: the output has function expressions where the code has arrow functions. esbuild
//    wraps each CommonJS module (ask-sdk-core's and ask-sdk-runtime's files) in a function that
//    the first require() calls, and V8 compiles a function on its first call. For a function
//    expression V8 (12.4, Node 22) reuses what its first pass over the file learnt about the inner
//    functions and skips them; for an arrow function it parses them all again (its V8 function
//    events: ResponseFactory.js's module body compiles in ~0.03 ms instead of ~0.35 ms). Measured:
//    the content path's cold start ~0.6 ms shorter, for ~2 KB more in index.mjs.
// 7. askSdkCoreVersion: ask-sdk-core's CustomSkill requires its package.json for the version in
//    the user agent; the bundle gets that one field instead of the whole file (1.3 KB of JSON
//    compiled and evaluated on every cold start).
// 8. contentAsValues: the modules of content/ are data (strings, lists, plain objects), computed
//    from each other (the help line's name and numbers inside the prompts, Spanish lines spread
//    from the English ones). Each is evaluated at build time and reaches the bundle as the values
//    it exports, written out as literals: a cold start no longer builds the strings, runs the
//    spreads and links the modules. Measured against the modules as written: the content path
//    ~0.3 ms shorter, a Spanish answer ~0.5 ms shorter (its content is one chunk, no longer two),
//    index.mjs the same size. An object the module uses twice is written once and shared, as in
//    the source. A module holding anything a literal cannot carry (a function, undefined, a Map)
//    fails the build.
import { build } from 'esbuild';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const require = createRequire(import.meta.url);

/** esbuild's `supported` for every build of the bundle (6: function expressions, not arrows). */
export const NO_ARROWS = { arrow: false };

export const LAZY_REQUIRE_BANNER =
  "import{createRequire as __cr}from'node:module';let __rq;const require=(id)=>(__rq??=__cr(import.meta.url))(id);";

/** Where the real ask-sdk-model goes, relative to the bundle folder. */
const MODEL_FILE = 'chunks/ask-sdk-model.cjs';

// ---------------------------------------------------------------------------------------------
// 1. ask-sdk-core facade

function askSdkCoreFacadeSource() {
  const index = require.resolve('ask-sdk-core');
  const source = readFileSync(index, 'utf8');
  const modules = Object.fromEntries(
    [...source.matchAll(/var (\w+) = require\("([^"]+)"\);/g)].map(([, name, from]) => [name, from]),
  );
  const lines = [];
  for (const [, name, moduleVar, property] of source.matchAll(
    /Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);/g,
  )) {
    const from = modules[moduleVar];
    if (!from) throw new Error(`coldstart: ask-sdk-core exports ${name} from an unknown module ${moduleVar}`);
    const specifier = from.startsWith('./') ? join(dirname(index), from) : from;
    lines.push(`export { ${property === name ? name : `${property} as ${name}`} } from ${JSON.stringify(specifier)};`);
  }
  // 40 names in 2.14; fewer means the index changed shape: better no facade than a wrong one.
  if (lines.length < 30)
    throw new Error(`coldstart: read only ${lines.length} exports from ${index}; update askSdkCoreFacade`);
  return lines.join('\n');
}

const askSdkCoreFacade = {
  name: 'ask-sdk-core-facade',
  setup(b) {
    // Only our own imports: ask-sdk-core's files keep requiring each other as they do.
    b.onResolve({ filter: /^ask-sdk-core$/ }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer)
        ? undefined
        : { path: 'ask-sdk-core', namespace: 'ask-sdk-core-facade' },
    );
    b.onLoad({ filter: /.*/, namespace: 'ask-sdk-core-facade' }, () => ({
      contents: askSdkCoreFacadeSource(),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
    // The dist files have no side effects on load: a name nobody imports drops its file.
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.importer !== 'ask-sdk-core' || args.namespace !== 'ask-sdk-core-facade' || args.pluginData)
        return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: true });
      return resolved.errors.length ? resolved : { ...resolved, sideEffects: false };
    });
  },
};

// ---------------------------------------------------------------------------------------------
// 2. ask-sdk-model service clients, loaded on first use

function lazyServiceClientFactorySource() {
  const { services } = require('ask-sdk-model');
  const methods = Object.getOwnPropertyNames(services.ServiceClientFactory.prototype).filter(
    (m) => m !== 'constructor',
  );
  if (!methods.includes('getUpsServiceClient'))
    throw new Error('coldstart: ask-sdk-model ServiceClientFactory changed shape');
  return `
// Stand-in for ask-sdk-model's ServiceClientFactory (see tools/coldstart.mjs): same methods,
// the real module is required from ${MODEL_FILE} the first time a service client is asked for.
import { fileURLToPath } from 'node:url';
let model;
const where = () =>
  fileURLToPath(new URL(import.meta.url.includes('/chunks/') ? './ask-sdk-model.cjs' : './${MODEL_FILE}', import.meta.url));
const load = () => (model ??= require(where()));
class ServiceClientFactory {
  constructor(apiConfiguration) {
    this.apiConfiguration = apiConfiguration;
  }
}
for (const method of ${JSON.stringify(methods)}) {
  ServiceClientFactory.prototype[method] = function (...args) {
    return new (load().services.ServiceClientFactory)(this.apiConfiguration)[method](...args);
  };
}
export const services = { ServiceClientFactory };
`;
}

const lazyServiceClients = {
  name: 'lazy-service-clients',
  setup(b) {
    b.onResolve({ filter: /^ask-sdk-model$/ }, (args) =>
      /[\\/]ask-sdk-core[\\/]dist[\\/]skill[\\/]CustomSkill\.js$/.test(args.importer)
        ? { path: 'ask-sdk-model', namespace: 'lazy-service-clients' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-service-clients' }, () => ({
      contents: lazyServiceClientFactorySource(),
      loader: 'js',
    }));
  },
};

/** Emits the real ask-sdk-model as one CommonJS file for the stand-in to require. */
export async function buildServiceClients(outdir) {
  await build({
    stdin: { contents: "module.exports = require('ask-sdk-model');", resolveDir: process.cwd(), loader: 'js' },
    outfile: join(outdir, MODEL_FILE),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: NO_ARROWS,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Node built-ins ask-sdk-core requires at load but uses only when it makes an HTTP call

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(url|http|https)$/ }, (args) =>
      /[\\/]node_modules[\\/]ask-sdk-core[\\/]/.test(args.importer)
        ? { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m;module.exports=new Proxy({},{get:(_,key)=>(m??=require('node:${args.path}'))[key]});`,
      loader: 'js',
    }));
  },
};

// ---------------------------------------------------------------------------------------------
// 7. ask-sdk-core's package.json: only its version

const askSdkCoreVersion = {
  name: 'ask-sdk-core-version',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/package\.json$/ }, (args) => {
      if (!/[\\/]ask-sdk-core[\\/]dist[\\/]skill[\\/]CustomSkill\.js$/.test(args.importer)) return undefined;
      // Only `packageInfo.version` is read: anything more and the stand-in would be wrong.
      const uses = readFileSync(args.importer, 'utf8').match(/packageInfo\.\w+/g) ?? [];
      if (uses.some((use) => use !== 'packageInfo.version'))
        throw new Error(
          `coldstart: ${args.importer} reads ${uses.join(', ')} from package.json; update askSdkCoreVersion`,
        );
      return { path: join(dirname(args.importer), args.path), namespace: 'ask-sdk-core-version' };
    });
    b.onLoad({ filter: /.*/, namespace: 'ask-sdk-core-version' }, (args) => ({
      contents: `module.exports = { version: ${JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')).version)} };`,
      loader: 'js',
    }));
  },
};

// ---------------------------------------------------------------------------------------------
// 8. content/ as the values it exports

/** The data modules of content/: every .ts file but the types and the index modules that assemble them. */
const isContentModule = (path, root) => path.startsWith(root + sep) && !/[\\/](types|index)\.ts$/.test(path);

/**
 * The module at `file` (a content/ data module), evaluated, as source that exports the same values:
 * JSON literals, with every object that is reached twice declared once and shared. Throws when an
 * export is not plain data (it would not survive a JSON round trip unchanged).
 */
export async function contentModuleAsValues(file) {
  const bundled = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false });
  const exports = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
  );
  const names = Object.keys(exports);
  const data = Object.fromEntries(names.map((name) => [name, exports[name]]));
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data))
    throw new Error(`coldstart: ${file} holds something JSON cannot carry (content/ is data only)`);

  // Objects and lists reached more than once (an export counts as a reference).
  const seen = new Map();
  const count = (value) => {
    if (typeof value !== 'object' || value === null) return;
    seen.set(value, (seen.get(value) ?? 0) + 1);
    if (seen.get(value) === 1) for (const member of Object.values(value)) count(member);
  };
  names.forEach((name) => count(data[name]));
  const shared = new Map();
  const declarations = [];
  const write = (value) => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    if (seen.get(value) > 1 && shared.has(value)) return shared.get(value);
    const literal = Array.isArray(value)
      ? `[${value.map(write).join(',')}]`
      : `{${Object.entries(value)
          .map(([key, member]) => {
            // In a literal, a `__proto__` member would set the prototype instead.
            if (key === '__proto__') throw new Error(`coldstart: ${file} has a __proto__ member`);
            return `${JSON.stringify(key)}:${write(member)}`;
          })
          .join(',')}}`;
    if (seen.get(value) <= 1) return literal;
    // Declared after the shared objects it holds (write() above declared those first).
    const id = `shared${shared.size}`;
    shared.set(value, id);
    declarations.push(`const ${id} = ${literal};`);
    return id;
  };
  const exported = names.map((name) => `export const ${name} = ${write(data[name])};`);
  return [...declarations, ...exported].join('\n');
}

const contentAsValues = {
  name: 'content-as-values',
  setup(b) {
    const root = resolve('content');
    b.onLoad({ filter: /\.ts$/ }, async (args) =>
      isContentModule(args.path, root) ? { contents: await contentModuleAsValues(args.path), loader: 'js' } : undefined,
    );
  },
};

export const coldStartPlugins = () => [
  askSdkCoreFacade,
  lazyServiceClients,
  lazyBuiltins,
  askSdkCoreVersion,
  contentAsValues,
];

// ---------------------------------------------------------------------------------------------
// 5. Merge the chunks index.mjs always loads into index.mjs

/**
 * `metafile` is esbuild's for the split build (paths relative to the working directory).
 * Rewrites the files in place, deletes the merged chunks and returns a metafile describing the
 * result (inputs attributed to the final files, imports as they now are).
 */
export async function mergeEntryChunks(metafile, entryFile) {
  const outputs = metafile.outputs;
  const isStatic = new Set();
  const visit = (file) => {
    for (const imp of outputs[file].imports) {
      if (imp.external || imp.kind !== 'import-statement' || isStatic.has(imp.path)) continue;
      isStatic.add(imp.path);
      visit(imp.path);
    }
  };
  visit(entryFile);
  if (isStatic.size === 0) return metafile;

  const outdir = dirname(entryFile);
  const staticFiles = [...isStatic].sort();
  const alias = new Map(staticFiles.map((file, i) => [file, `__shared${i}`]));
  const lazyFiles = Object.keys(outputs).filter((f) => f !== entryFile && !isStatic.has(f) && f.endsWith('.mjs'));
  const abs = (file) => resolve(file);
  const staticByAbs = new Map(staticFiles.map((f) => [abs(f), f]));
  const lazyByAbs = new Map(lazyFiles.map((f) => [abs(f), f]));
  const relativeImport = (fromFile, toFile) => {
    const path = relative(dirname(abs(fromFile)), abs(toFile))
      .split('\\')
      .join('/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: NO_ARROWS,
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'warning',
  };

  // Pass 2: index.mjs plus its static chunks, one file; it also exports each chunk's exports
  // under a prefixed name for the lazy chunks.
  const entrySource = [
    `export * from ${JSON.stringify(`./${relative(outdir, entryFile)}`)};`,
    ...staticFiles.map((file) => {
      const names = outputs[file].exports.map((name) => `${name} as ${alias.get(file)}_${name}`);
      return names.length
        ? `export { ${names.join(', ')} } from ${JSON.stringify(`./${relative(outdir, file)}`)};`
        : '';
    }),
  ].join('\n');
  const merged = await build({
    ...common,
    stdin: { contents: entrySource, resolveDir: abs(outdir), sourcefile: 'merged-entry.mjs', loader: 'js' },
    outfile: entryFile,
    plugins: [
      {
        name: 'keep-lazy-chunks-external',
        setup(b) {
          b.onResolve({ filter: /\.mjs$/ }, (args) => {
            const target = resolve(args.resolveDir, args.path);
            if (!lazyByAbs.has(target)) return undefined;
            if (args.kind !== 'dynamic-import')
              throw new Error(`coldstart: ${args.importer} imports lazy ${args.path} statically`);
            return { path: relativeImport(entryFile, lazyByAbs.get(target)), external: true };
          });
        },
      },
    ],
  });

  // Pass 3: each lazy chunk that imported a merged chunk imports the same bindings from index.mjs.
  const rebuilt = [];
  for (const file of lazyFiles) {
    if (!outputs[file].imports.some((imp) => isStatic.has(imp.path))) continue;
    const result = await build({
      ...common,
      entryPoints: [file],
      outfile: file,
      allowOverwrite: true,
      plugins: [
        {
          name: 'import-shared-from-index',
          setup(b) {
            b.onResolve({ filter: /\.mjs$/ }, (args) => {
              if (args.kind === 'entry-point') return undefined;
              const target = resolve(args.resolveDir, args.path);
              const shared = staticByAbs.get(target);
              if (shared) {
                if (args.kind !== 'import-statement')
                  throw new Error(`coldstart: ${file} loads ${shared} with ${args.kind}`);
                return { path: shared, namespace: 'shared-from-index' };
              }
              if (lazyByAbs.has(target)) return { path: relativeImport(file, lazyByAbs.get(target)), external: true };
              return undefined;
            });
            b.onResolve({ filter: /index\.mjs$/ }, (args) =>
              args.namespace === 'shared-from-index' ? { path: args.path, external: true } : undefined,
            );
            b.onLoad({ filter: /.*/, namespace: 'shared-from-index' }, (args) => {
              const names = outputs[args.path].exports.map((name) => `${alias.get(args.path)}_${name} as ${name}`);
              return {
                contents: `export { ${names.join(', ')} } from ${JSON.stringify(relativeImport(file, entryFile))};`,
                loader: 'js',
              };
            });
          },
        },
      ],
    });
    rebuilt.push([file, result]);
  }

  // Write everything, then delete the merged chunks (nothing refers to them any more).
  const written = new Map();
  for (const { path, contents } of merged.outputFiles) written.set(path, contents);
  for (const [, result] of rebuilt) for (const { path, contents } of result.outputFiles) written.set(path, contents);
  for (const [path, contents] of written) writeFileSync(path, contents);
  for (const file of staticFiles) rmSync(file);
  const leftovers = [...written.keys()].filter((path) => {
    const text = readFileSync(path, 'utf8');
    return staticFiles.some((file) => text.includes(file.split('/').pop()));
  });
  if (leftovers.length) throw new Error(`coldstart: ${leftovers.join(', ')} still refer to a merged chunk`);

  // The metafile of the result: sources attributed to the file they now live in.
  const result = { inputs: metafile.inputs, outputs: {} };
  const importsOf = (meta, from) =>
    Object.values(meta.outputs)[0].imports.map((imp) => ({
      path: imp.external && imp.path.endsWith('.mjs') ? join(dirname(from), imp.path).split('\\').join('/') : imp.path,
      kind: imp.kind,
      ...(imp.external && !imp.path.endsWith('.mjs') ? { external: true } : {}),
    }));
  const describe = (file, inputsFrom, imports) => ({
    bytes: statSync(file).size,
    inputs: Object.assign({}, ...inputsFrom.map((f) => outputs[f].inputs)),
    imports,
    exports: file === entryFile ? outputs[entryFile].exports : outputs[file].exports,
    ...(outputs[file]?.entryPoint ? { entryPoint: outputs[file].entryPoint } : {}),
  });
  result.outputs[entryFile] = describe(entryFile, [entryFile, ...staticFiles], importsOf(merged.metafile, entryFile));
  const rebuiltMeta = new Map(rebuilt.map(([file, r]) => [file, r.metafile]));
  for (const file of Object.keys(outputs)) {
    if (file === entryFile || isStatic.has(file)) continue;
    if (!file.endsWith('.mjs')) {
      result.outputs[file] = outputs[file];
      continue;
    }
    const meta = rebuiltMeta.get(file);
    result.outputs[file] = meta ? describe(file, [file], importsOf(meta, file)) : outputs[file];
  }
  return result;
}
