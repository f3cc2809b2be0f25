#!/usr/bin/env node
// Runs one of the TypeScript examples on Node 20 (which cannot strip types) against the built
// package: the examples import 'wego-ceds' by name, which Node resolves through the "exports"
// of package.json to dist/, exactly as in a project that installed the package.
//
//   npm run build
//   node scripts/run-example.mjs examples/score-a-city.ts [arguments for the example]
import { register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: node scripts/run-example.mjs examples/<name>.ts [arguments]');
  process.exit(2);
}
register('./ts-load-hook.mjs', import.meta.url);
// The example sees its own arguments from process.argv[2] on, as if it were run directly.
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(file)).href);
