#!/usr/bin/env node
// Prints, as JSON, analyzeSensitivity of the illustrative Sample City from the BUILT package,
// plus a few raw draws of the seeded generator, so that the output of two Node versions (or
// two machines) can be compared byte for byte:
//
//   npm run build
//   node scripts/sensitivity-fingerprint.mjs > node20.json     # on Node 20
//   node scripts/sensitivity-fingerprint.mjs > node22.json     # on Node 22
//   diff node20.json node22.json                               # no output: identical
//
// Options: --runs N (default 1000), --seed S (default 2015), --jitter J (default 0.2).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeSensitivity, findConsiderations } from 'wego-ceds';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2015' },
    jitter: { type: 'string', default: '0.2' },
  },
});
const options = { runs: Number(values.runs), seed: Number(values.seed), jitter: Number(values.jitter) };
const input = JSON.parse(readFileSync(fileURLToPath(new URL('../examples/sample-city.json', import.meta.url)), 'utf8'));

const started = process.hrtime.bigint();
const sensitivity = analyzeSensitivity(input, options);
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const topConsiderations = findConsiderations(input, { limit: 5 });

// Timing goes to stderr so that stdout stays identical from run to run.
process.stderr.write(
  `analyzeSensitivity: ${options.runs} runs in ${elapsedMs.toFixed(0)} ms on Node ${process.versions.node}\n`,
);
process.stdout.write(`${JSON.stringify({ options, sensitivity, topConsiderations }, null, 2)}\n`);
