// Bundles lambda/ into build/lambda/: index.mjs (the Lambda entry, `index.handler`) plus
// chunks for code reached only through dynamic import() (texting, AWS SDK clients), so a
// content answer never loads them. The folder holds nothing else (no package.json), so
// `ask deploy` zips it as is.
import { build } from 'esbuild';
import { rmSync, statSync, writeFileSync } from 'node:fs';

const outdir = 'build/lambda';
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: { index: 'lambda/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // ask-sdk-core and the AWS SDK are CommonJS inside: give them a real require for Node built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});

// What each output file holds and imports (static vs dynamic), for `npm run bench` and for
// anyone asking "why is the bundle this big" (paste it into https://esbuild.github.io/analyze/).
// Written outside build/lambda so it is never deployed.
writeFileSync('build/metafile.json', JSON.stringify(result.metafile));

if (!process.argv.includes('--quiet')) {
  for (const file of Object.keys(result.metafile.outputs).sort()) {
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}
