// Bundles lambda/ into build/lambda/: index.mjs (the Lambda entry, `index.handler`) plus
// chunks for code reached only through dynamic import() (texting, AWS SDK clients), so a
// content answer never loads them. The folder holds nothing else (no package.json), so
// `ask deploy` zips it as is. tools/coldstart.mjs trims what a cold start loads (measured by
// `npm run bench`); index.mjs ends up as the only file a content answer reads.
//
//   node tools/build.mjs [--quiet] [--outdir DIR]   (default build/lambda; the metafile goes next to DIR)
import { build } from 'esbuild';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  buildServiceClients,
  coldStartPlugins,
  LAZY_REQUIRE_BANNER,
  mergeEntryChunks,
  NO_ARROWS,
} from './coldstart.mjs';

// `npm run bench` builds into build/bench/lambda, so it never pulls build/lambda from under a
// test run or the console (and their builds never pull its bundle from under it).
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? process.argv[outdirArg + 1].replace(/\/+$/, '') : 'build/lambda';
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: { index: 'lambda/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  // The ES module builds (package.json "module": the AWS SDK's dist-es) before the CommonJS
  // ones: esbuild can drop what the texting path never calls from those, not from CommonJS.
  mainFields: ['module', 'main'],
  target: 'node20',
  // Function expressions, not arrow functions: V8 compiles them faster on first call (tools/coldstart.mjs, 6).
  supported: NO_ARROWS,
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // ask-sdk-core and the AWS SDK are CommonJS inside: give them a require for Node built-ins
  // (created on first use).
  banner: { js: LAZY_REQUIRE_BANNER },
  plugins: coldStartPlugins(),
});
await buildServiceClients(outdir);
const metafile = await mergeEntryChunks(result.metafile, `${outdir}/index.mjs`);

// What each output file holds and imports (static vs dynamic), for `npm run bench` and for
// anyone asking "why is the bundle this big" (paste it into https://esbuild.github.io/analyze/).
// Written outside build/lambda so it is never deployed.
writeFileSync(join(dirname(outdir), 'metafile.json'), JSON.stringify(metafile));

if (!process.argv.includes('--quiet')) {
  for (const file of [...Object.keys(metafile.outputs), `${outdir}/chunks/ask-sdk-model.cjs`].sort()) {
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}
