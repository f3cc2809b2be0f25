#!/usr/bin/env node
// Bundles examples/dashboard/app.js with wego-ceds into examples/dashboard/bundle.js, a single
// browser ES module (the package's own dist/ files import bare 'zod' and 'decimal.js', which a
// browser cannot resolve without a bundler).
//
//   node scripts/build-dashboard.mjs            # bundle the built package (dist/; run `npm run build` first)
//   node scripts/build-dashboard.mjs --source   # bundle straight from src/ (no build needed)
//
// Then serve examples/ over HTTP and open /dashboard/index.html, e.g.
//   npx vite examples   (or any static server; a file:// URL cannot fetch the sample JSON)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromSource = process.argv.includes('--source');
const entries = fromSource
  ? { 'wego-ceds': 'src/index.ts', 'wego-ceds/svg': 'src/svg.ts' }
  : { 'wego-ceds': 'dist/index.js', 'wego-ceds/svg': 'dist/svg.js' };

for (const file of Object.values(entries)) {
  if (!existsSync(`${root}/${file}`)) {
    console.error(`${file} is missing: run \`npm run build\` first, or pass --source`);
    process.exit(1);
  }
}

/** Resolves the package's own name to its entry files, like a consumer's bundler would. */
const packageEntries = {
  name: 'wego-ceds-entries',
  setup(b) {
    b.onResolve({ filter: /^wego-ceds(\/svg)?$/ }, (args) => ({ path: `${root}/${entries[args.path]}` }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ['examples/dashboard/app.js'],
  outfile: 'examples/dashboard/bundle.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [packageEntries],
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `wrote examples/dashboard/bundle.js (${(bytes / 1024).toFixed(1)} kB, from ${fromSource ? 'src' : 'dist'})`,
);
