// The bench of wego-ceds: every figure against a baseline measured in the same process and run.
// Imports the BUILT package by its name (run `npm run build` first; `npm run bench` does).
// Prints a markdown table and writes bench/results.json. `--quick` runs fewer, shorter batches.
//
// Figures (see bench/README.md for what each compares and why):
//   assessCity vs a hand-written competitor (zod/mini schema + float formulas), full and lean;
//   the exact computation alone vs the same float computation; findConsiderations vs one
//   assessCity; analyzeSensitivity with 1,000 runs; assessCities on 10,000 cities with memory
//   per assessment, full vs lean; judgeAwards vs its competitor; scaling of assessCity at
//   1k / 10k / 100k services; cold start; bundle sizes; zod/mini vs classic. Then the growth
//   checks of bench/growth.mjs (time and output at N and 4N for the bounded-cost rules).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');

// Memory per assessment needs a forced GC: re-run under --expose-gc when it is not on.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { build } = await import('esbuild');
const { compare, consume, formatTime, median, time } = await import('./harness.mjs');
const { assessCityFloat, cityInputSchema, scoreFloat } = await import('./float-baseline.mjs');
const { judgeAwardsFloat } = await import('./awards-baseline.mjs');
const { generateAwards, generateCity, sampleCity } = await import('./fixtures.mjs');
const ceds = await import('wego-ceds');
const { judgeAwards } = await import('wego-ceds/awards');

const quick = process.argv.includes('--quick');
const timing = quick ? { batches: 5, batchMs: 30, warmupMs: 100 } : { batches: 15, batchMs: 80, warmupMs: 400 };
const heavy = quick ? { batches: 3, batchMs: 1, warmupMs: 0 } : { batches: 7, batchMs: 1, warmupMs: 0 };
const cache = join(repo, 'node_modules', '.cache', 'wego-ceds-bench');
mkdirSync(cache, { recursive: true });

const rows = [];
const failures = [];
function row(figure, library, baseline, { target, unit = 'time', note = '' } = {}) {
  const ratio = baseline === null ? null : library / baseline;
  const pass = target === undefined || ratio === null ? null : ratio <= target;
  rows.push({ figure, library, baseline, unit, ratio, target: target ?? null, pass, note });
  const shown = unit === 'time' ? formatTime(library) : `${library}`;
  process.stderr.write(`  ${figure}: ${shown}${ratio === null ? '' : ` (${ratio.toFixed(2)}×)`}\n`);
}
function check(condition, message) {
  if (!condition) failures.push(message);
}

process.stderr.write(`wego-ceds bench${quick ? ' (quick)' : ''}\n`);

// --- assessCity against its competitor ----------------------------------------------------
const reference = ceds.assessCity(sampleCity);
const float = assessCityFloat(sampleCity);
check(float.success, 'the float baseline rejects the sample city');
const overallGap = Math.abs(reference.overall.score - float.data.overall.score);
check(
  overallGap <= 0.01,
  `float baseline overall ${float.data.overall.score} vs assessCity ${reference.overall.score}`,
);
const assess = compare(
  {
    assessCity: () => ceds.assessCity(sampleCity),
    lean: () => ceds.assessCity(sampleCity, { explain: false }),
    baseline: () => assessCityFloat(sampleCity),
  },
  timing,
);
row('assessCity, 110 services + 90 indicators (full result)', assess.assessCity.median, assess.baseline.median, {
  target: 1.5,
  note: 'baseline: zod/mini schema + float formulas',
});
row('assessCity, same city, `explain: false`', assess.lean.median, assess.baseline.median, { target: 1.5 });

// --- the exact computation alone ----------------------------------------------------------
// dist/ exports no internals: bundle a bench-only entry of them from src/ (zod and decimal.js
// external, so they are the very modules the package loads).
const exactFile = join(cache, 'exact.mjs');
await build({
  entryPoints: [join(here, 'exact-entry.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: exactFile,
  external: ['zod', 'zod/*', 'decimal.js'],
  logLevel: 'warning',
});
const engine = await import(pathToFileURL(exactFile).href);
// The float baseline makes no explanations, so the fair exact figure is the lean policy
// (`explain: false`: aggregates keep no components); the full one is shown beside it.
const options = engine.resolveAssessOptions(undefined);
const leanOptions = engine.resolveAssessOptions({ explain: false });
const { methodology } = options;
const valid = engine.validateCityInput(sampleCity, methodology, options.policy.missing);
const parsed = cityInputSchema.parse(sampleCity);
const exactOverall = (policy) =>
  engine.scoreCity(engine.normaliseCityInput(valid, methodology), methodology, policy).overall.score.toNumber();
check(
  Math.abs(exactOverall(leanOptions.policy) - scoreFloat(parsed).overall.score) <= 0.01,
  'exact (lean) and float overall scores disagree',
);
check(exactOverall(leanOptions.policy) === exactOverall(options.policy), 'lean and full exact overall scores differ');
const compute = compare(
  {
    exact: () => engine.scoreCity(engine.normaliseCityInput(valid, methodology), methodology, leanOptions.policy),
    components: () => engine.scoreCity(engine.normaliseCityInput(valid, methodology), methodology, options.policy),
    build: () => {
      const city = engine.normaliseCityInput(valid, methodology);
      return engine.buildAssessment(city, engine.scoreCity(city, methodology, options.policy), options);
    },
    validate: () => engine.validateCityInput(sampleCity, methodology, options.policy.missing),
    zod: () => cityInputSchema.safeParse(sampleCity),
    float: () => scoreFloat(parsed),
  },
  timing,
);
row('exact computation alone (normalise + score, validated input, lean)', compute.exact.median, compute.float.median, {
  target: 5,
  note: 'baseline: the same formulas in floats',
});
row('exact computation keeping every component (for explanations)', compute.components.median, compute.float.median, {
  note: 'informative',
});
row('exact computation + full result (rounding, explanations, freeze)', compute.build.median, compute.float.median, {
  note: 'informative',
});
row('validation alone (schema + cross-field rules)', compute.validate.median, compute.zod.median, {
  note: 'baseline: zod/mini schema alone',
});

// --- findConsiderations, analyzeSensitivity ----------------------------------------------
const insight = compare(
  { considerations: () => ceds.findConsiderations(sampleCity), assessCity: () => ceds.assessCity(sampleCity) },
  timing,
);
row('findConsiderations (all candidates)', insight.considerations.median, insight.assessCity.median, {
  target: 5,
  note: 'baseline: one assessCity',
});
const sensitivity = time(() => ceds.analyzeSensitivity(sampleCity, { runs: 1000, seed: 42, jitter: 0.2 }), heavy);
row('analyzeSensitivity, 1,000 runs', sensitivity.median, insight.assessCity.median, {
  note: 'baseline: one assessCity (ratio = cost in assessments)',
});

// --- assessCities on 10,000 cities: time and memory, full vs lean -------------------------
const batchSize = quick ? 1000 : 10_000;
const cities = Array.from({ length: batchSize }, (_, i) =>
  generateCity(i + 1, { services: 40, indicatorsPerDimension: 5 }),
);
function batchRun(opts) {
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const batch = ceds.assessCities(cities, opts);
  const elapsed = performance.now() - start;
  globalThis.gc();
  globalThis.gc();
  const retained = process.memoryUsage().heapUsed - before;
  check(batch.errors.length === 0, `assessCities rejected ${batch.errors.length} generated cities`);
  consume(batch);
  return { perCity: (elapsed * 1000) / cities.length, bytesPerAssessment: retained / cities.length };
}
const fullRuns = [];
const leanRuns = [];
for (let i = 0; i < (quick ? 1 : 3); i += 1) {
  fullRuns.push(batchRun(undefined));
  leanRuns.push(batchRun({ explain: false }));
}
const full = {
  perCity: median(fullRuns.map((r) => r.perCity)),
  bytes: median(fullRuns.map((r) => r.bytesPerAssessment)),
};
const lean = {
  perCity: median(leanRuns.map((r) => r.perCity)),
  bytes: median(leanRuns.map((r) => r.bytesPerAssessment)),
};
row(
  `assessCities, ${batchSize.toLocaleString('en')} cities of 40 services + 30 indicators, per city (lean)`,
  lean.perCity,
  full.perCity,
  { note: 'baseline: the same batch with full results' },
);
row('retained memory per assessment, lean (bytes)', Math.round(lean.bytes), Math.round(full.bytes), {
  unit: 'bytes',
  note: 'baseline: full result',
});

// --- judgeAwards against its competitor ---------------------------------------------------
const awards = generateAwards(7);
const judged = judgeAwards(awards.program, awards.submissions);
const judgedFloat = judgeAwardsFloat(awards.program, awards.submissions);
check(judgedFloat.success, 'the awards baseline rejects the generated judging');
for (const [i, category] of judged.categories.entries()) {
  const a = category.ranking.filter((r) => r.rank !== null).map((r) => r.aggregate);
  const b = judgedFloat.data.categories[i].ranking.map((r) => r.aggregate);
  check(
    a.length === b.length && a.every((x, k) => Math.abs(x - b[k]) <= 0.01),
    `awards baseline disagrees in ${category.id}`,
  );
}
const judging = compare(
  {
    judgeAwards: () => judgeAwards(awards.program, awards.submissions),
    baseline: () => judgeAwardsFloat(awards.program, awards.submissions),
  },
  timing,
);
row('judgeAwards, 300 entries × 7 judges × 5 criteria (mean)', judging.judgeAwards.median, judging.baseline.median, {
  target: 1.5,
  note: 'baseline: zod/mini schemas + float mean and ranking',
});

// --- scaling: 1k, 10k, 100k services ------------------------------------------------------
const scaling = {};
for (const n of [1_000, 10_000, 100_000]) {
  const city = generateCity(n, { services: n, indicatorsPerDimension: 15, budget: false });
  scaling[n] = time(
    () => ceds.assessCity(city, { explain: false }),
    n === 100_000 ? heavy : { ...heavy, batches: quick ? 3 : 9 },
  ).median;
}
row('assessCity, 1,000 services (lean)', scaling[1_000], null);
row('assessCity, 10,000 services (lean)', scaling[10_000], scaling[1_000], { note: 'ratio to 1k; linear = 10' });
row('assessCity, 100,000 services (lean)', scaling[100_000], scaling[10_000], {
  target: 15,
  note: 'ratio to 10k; linear = 10',
});

// --- cold start ---------------------------------------------------------------------------
function spawnMedian(code, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['-e', code], { cwd: repo });
    times.push(performance.now() - start);
    check(r.status === 0, `cold start of ${code} failed: ${r.stderr}`);
  }
  return median(times) * 1000;
}
const coldRuns = quick ? 5 : 21;
// Interleave so that machine load hits both alike.
const coldLib = [];
const coldDeps = [];
const coldEmpty = [];
for (let i = 0; i < coldRuns; i += 1) {
  coldLib.push(spawnMedian("require('wego-ceds')", 1));
  coldDeps.push(spawnMedian("require('zod'); require('decimal.js')", 1));
  coldEmpty.push(spawnMedian('', 1));
}
row('cold start: node -e "require(\'wego-ceds\')"', median(coldLib), median(coldDeps), {
  note: "baseline: require('zod'); require('decimal.js')",
});
row('cold start: node -e "" (the floor)', median(coldEmpty), null);

// --- bundle sizes, zod/mini vs classic -------------------------------------------------------
async function bundleSize(code, { external = [], alias = {}, loader = 'js' } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: repo, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    alias,
    logLevel: 'silent',
  });
  return brotliCompressSync(Buffer.from(result.outputFiles[0].text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}
const deps = ['zod', 'zod/*', 'decimal.js'];
const sizes = {
  assessCity: await bundleSize("import { assessCity } from 'wego-ceds'; globalThis.x = assessCity;"),
  assessCityLibrary: await bundleSize("import { assessCity } from 'wego-ceds'; globalThis.x = assessCity;", {
    external: deps,
  }),
  judgeAwards: await bundleSize("import { judgeAwards } from 'wego-ceds/awards'; globalThis.x = judgeAwards;"),
  judgeAwardsLibrary: await bundleSize("import { judgeAwards } from 'wego-ceds/awards'; globalThis.x = judgeAwards;", {
    external: deps,
  }),
  // The same schema module (src/ceds/input/city-input.ts) built on each flavour of zod.
  schemaMini: await bundleSize(
    "import { cityAssessmentInputShapeSchema } from './src/ceds/input/city-input.ts'; globalThis.x = cityAssessmentInputShapeSchema;",
    { loader: 'ts' },
  ),
  schemaClassic: await bundleSize(
    "import { cityAssessmentInputShapeSchema } from './src/ceds/input/city-input.ts'; globalThis.x = cityAssessmentInputShapeSchema;",
    { loader: 'ts', alias: { 'zod/mini': 'zod' } },
  ),
  assessCityClassic: await bundleSize("import { assessCity } from './src/index.ts'; globalThis.x = assessCity;", {
    loader: 'ts',
    alias: { 'zod/mini': 'zod' },
  }),
};
const budgets = JSON.parse(readFileSync(join(repo, 'size-budgets.json'), 'utf8'));
row('bundle: assessCity with zod + decimal.js (brotli bytes)', sizes.assessCity, budgets.assessCity.total, {
  unit: 'bytes',
  target: 1,
  note: 'baseline: the budget',
});
row('bundle: assessCity library code alone (brotli bytes)', sizes.assessCityLibrary, budgets.assessCity.library, {
  unit: 'bytes',
  target: 1,
  note: 'baseline: the budget',
});
row('bundle: judgeAwards with zod + decimal.js (brotli bytes)', sizes.judgeAwards, budgets.judgeAwards.total, {
  unit: 'bytes',
  target: 1,
  note: 'baseline: the budget',
});
row('bundle: judgeAwards library code alone (brotli bytes)', sizes.judgeAwardsLibrary, budgets.judgeAwards.library, {
  unit: 'bytes',
  target: 1,
  note: 'baseline: the budget',
});
row('bundle: city input schema on zod/mini (brotli bytes)', sizes.schemaMini, sizes.schemaClassic, {
  unit: 'bytes',
  note: 'baseline: the same schema on classic zod',
});
row('bundle: assessCity built on zod/mini (brotli bytes)', sizes.assessCity, sizes.assessCityClassic, {
  unit: 'bytes',
  note: 'baseline: the same code on classic zod',
});

// Parse time of the same schema on each flavour.
const flavours = {};
for (const [name, alias] of [
  ['mini', {}],
  ['classic', { 'zod/mini': 'zod' }],
]) {
  const file = join(cache, `schema-${name}.mjs`);
  await build({
    stdin: {
      contents: "export { cityAssessmentInputShapeSchema } from './src/ceds/input/city-input.ts';",
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    external: deps,
    alias,
    logLevel: 'warning',
  });
  flavours[name] = (await import(pathToFileURL(file).href)).cityAssessmentInputShapeSchema;
  check(flavours[name].safeParse(sampleCity).success, `the ${name} schema rejects the sample city`);
}
const parse = compare(
  { mini: () => flavours.mini.safeParse(sampleCity), classic: () => flavours.classic.safeParse(sampleCity) },
  timing,
);
row('parse the sample city, zod/mini', parse.mini.median, parse.classic.median, {
  note: 'baseline: the same schema on classic zod',
});

// --- report -------------------------------------------------------------------------------
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const machine = {
  node: process.version,
  nproc: cpus().length,
  cpu: cpuModel,
  platform: `${process.platform} ${process.arch}`,
};
const format = (value, unit) =>
  value === null ? '' : unit === 'time' ? formatTime(value) : `${value.toLocaleString('en')}`;
const lines = [
  `Node ${machine.node}, ${machine.nproc} CPUs (${machine.cpu}), ${machine.platform}${quick ? ', --quick' : ''}.`,
  `Times are CPU time per operation (process.cpuUsage), the median of ${timing.batches} interleaved batches after warm-up; cold start is wall time, the median of ${coldRuns} spawns; sizes are esbuild-minified, brotli-11 bytes.`,
  '',
  '| figure | wego-ceds | baseline | ratio | target | baseline is |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.figure} | ${format(r.library, r.unit)} | ${format(r.baseline, r.unit)} | ${r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`} | ${r.target === null ? '' : `≤ ${r.target}× ${r.pass ? 'met' : '**missed**'}`} | ${r.note} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!quick) {
  const results = {
    date: new Date().toISOString(),
    machine,
    overallAgreement: { assessCity: reference.overall.score, floatBaseline: float.data.overall.score },
    figures: rows,
    sizes,
    scaling,
  };
  let text = `${JSON.stringify(results, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    text = await prettier.format(text, {
      ...(await prettier.resolveConfig(join(here, 'results.json'))),
      filepath: join(here, 'results.json'),
    });
  } catch {
    // Unformatted JSON is still valid JSON.
  }
  writeFileSync(join(here, 'results.json'), text);
  // The figures of bench/README.md and of the root README.md are this run's, between their markers.
  for (const readme of [join(here, 'README.md'), join(here, '..', 'README.md')]) {
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    const current = readFileSync(readme, 'utf8');
    if (!current.includes(start) || !current.includes(end)) continue;
    let updated = `${current.slice(0, current.indexOf(start) + start.length)}\n\n${lines.join('\n')}\n\n${current.slice(current.indexOf(end))}`;
    try {
      const prettier = await import('prettier');
      updated = await prettier.format(updated, { ...(await prettier.resolveConfig(readme)), filepath: readme });
    } catch {
      // Unformatted markdown still reads.
    }
    writeFileSync(readme, updated);
  }
}
// --- growth checks of the bounded-cost rules (printed; written into bench/README.md) --------
const { runGrowth } = await import('./growth.mjs');
await runGrowth({ quick });

if (failures.length > 0) {
  process.stderr.write(`\nBench checks failed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
  process.exit(1);
}
