// Bundles tools/serve.ts (the self-hosted endpoint, lambda/server.ts) into build/server/serve.cjs:
// one CommonJS file with express and ask-sdk-express-adapter inside, run with plain `node`.
// Kept apart from tools/build.mjs and build/lambda/, which hold only what Lambda runs.
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';

const outfile = 'build/server/serve.cjs';
rmSync('build/server', { recursive: true, force: true });
await build({
  entryPoints: ['tools/serve.ts'],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Readable stack traces on a server, where size hardly matters.
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!process.argv.includes('--quiet')) console.log(`${outfile}  ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
