// Bundles lambda/ into build/lambda/index.js: the only file in that folder, so
// `ask deploy` zips it as is (no package.json there, no npm install at deploy time).
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';

const outdir = 'build/lambda';
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: { index: 'lambda/index.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

for (const file of Object.keys(result.metafile.outputs)) {
  if (process.argv.includes('--quiet')) break;
  console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
}
