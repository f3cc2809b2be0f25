// Growth checks of the bounded-cost rules: each case runs at a size N and at 4N, and the table
// shows how the CPU time and the output (or memory) grow. Linear work gives a ratio near 4, work
// that does not depend on the grown dimension a ratio near 1; a quadratic path shows 16. Nothing
// here is a pass/fail timing: the figures are for a reader, and `bench/README.md` says what each
// one should be. Imports the BUILT package by its name, like bench/run.mjs.
//
//   node bench/growth.mjs            prints the table and writes it into bench/README.md
//   node bench/growth.mjs --quick    smaller sizes, writes nothing
//
// `npm run bench` runs it after bench/run.mjs's own figures (see `runGrowth`). The sparse award
// panel runs in child processes (`--child sparse-panel <judges>`), so that each size's peak
// memory (maxRSS) is its own; award cases run last, since they are the newest code.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);
const START = '<!-- bench:growth:start -->';
const END = '<!-- bench:growth:end -->';

const COUNTRIES = ['AR', 'BR', 'CL', 'DE', 'EG', 'FI', 'GH', 'HU', 'ID', 'JP', 'KE', 'LT', 'MX', 'NG', 'OM', 'PE'];

/** CPU milliseconds of one call (user + system), and its result. */
function cpuOnce(fn) {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

/** One warm-up call, then the median CPU time of up to three calls (one when a call is slow). */
function measure(fn) {
  const warm = cpuOnce(fn);
  const repeats = warm.ms > 800 ? 1 : 3;
  const times = [];
  let result = warm.result;
  for (let i = 0; i < repeats; i += 1) {
    const run = cpuOnce(fn);
    times.push(run.ms);
    result = run.result;
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], result };
}

const jsonSize = (value) => JSON.stringify(value).length;

// --- inputs ---------------------------------------------------------------------------------

// Precision 4: a change of one service among thousands still shows in the reported score, so
// the considerations list every change at both sizes and their output measures the work.
function manyAreas(ceds, count, areaWeighting = 'equal') {
  return ceds.defineMethodology({
    id: `areas-${count}`,
    precision: 4,
    areaWeighting,
    areas: Array.from({ length: count }, (_, i) => ({ id: `area-${i}`, label: `Area ${i}`, order: i })),
  });
}

/** One service per area, half of them operating. */
function cityOverAreas(count, id = 'x') {
  return {
    city: { id, name: id },
    services: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      area: `area-${i}`,
      name: 'S',
      status: i % 2 === 1 ? 'operating' : 'developing',
      level: 1 + (i % 4),
      ...(i % 2 === 1 ? { utilization: (i * 37) % 101 } : {}),
    })),
  };
}

/** `count` services in one area, with distinct utilizations (the case that was 12 s at 16,000). */
function oneBigArea(count) {
  return {
    city: { id: 'x', name: 'X' },
    services: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      area: 'e-admin',
      name: 'S',
      status: i % 5 === 0 ? 'developing' : 'operating',
      level: 1 + (i % 4),
      ...(i % 5 === 0 ? {} : { utilization: ((i * 7919) % 100_000) / 1000 }),
    })),
  };
}

function cityWithIndicators(count) {
  return {
    city: { id: 'x', name: 'X' },
    services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 3, utilization: 40 }],
    dimensions: [
      {
        id: 'ict-network',
        indicators: Array.from({ length: count }, (_, i) => ({ id: `i${i}`, kind: 'percent', value: i % 101 })),
      },
      { id: 'citizen-readiness', score: 55 },
    ],
  };
}

function judges(count) {
  return Array.from({ length: count }, (_, j) => ({
    id: `j${j}`,
    name: `Judge ${j}`,
    country: COUNTRIES[j % COUNTRIES.length],
    organization: `Organisation ${j}`,
  }));
}

function criteria(count) {
  return Array.from({ length: count }, (_, c) => ({ id: `c${c}`, name: `C${c}`, weight: 1, min: 0, max: 10 }));
}

/** `count` entries in one category, every judge giving every criterion the same score: one tie. */
function tiedAwards(count) {
  const panel = judges(3).map((j) => ({ ...j, country: 'ZZ' }));
  const participants = Array.from({ length: Math.ceil(count / 2) }, (_, p) => ({
    id: `p${p}`,
    name: `City ${p}`,
    kind: 'city',
    country: 'KR',
    membership: 'member',
  }));
  const entries = Array.from({ length: count }, (_, e) => ({
    id: `e${e}`,
    participantId: `p${e >> 1}`,
    category: 'services',
    title: `Project ${e}`,
  }));
  const scores = entries.flatMap((entry) =>
    panel.flatMap((judge) =>
      ['c0', 'c1'].map((c) => ({ judgeId: judge.id, entryId: entry.id, criterionId: c, value: 7 })),
    ),
  );
  const program = {
    edition: 'Growth',
    categories: [{ id: 'services', name: 'Services' }],
    tiers: [{ id: 'best', name: 'Best' }],
    rubric: { criteria: criteria(2) },
    panel,
    rules: { quorum: 3 },
  };
  return { program, submissions: { participants, entries, scores } };
}

/** 2,000 entries, `judgeCount` judges × 40 criteria, and one score per entry: a huge, sparse panel. */
function sparseAwards(judgeCount) {
  const entryCount = 2000;
  const participants = Array.from({ length: entryCount / 2 }, (_, p) => ({
    id: `p${p}`,
    name: `City ${p}`,
    kind: 'city',
    country: 'KR',
    membership: 'member',
  }));
  const entries = Array.from({ length: entryCount }, (_, e) => ({
    id: `e${e}`,
    participantId: `p${e >> 1}`,
    category: e % 2 === 0 ? 'services' : 'efficiency',
    title: `Project ${e}`,
  }));
  const scores = entries.map((entry, e) => ({
    judgeId: `j${e % judgeCount}`,
    entryId: entry.id,
    criterionId: 'c0',
    value: 5,
  }));
  const program = {
    edition: 'Growth',
    categories: [
      { id: 'services', name: 'Services' },
      { id: 'efficiency', name: 'Efficiency' },
    ],
    tiers: [{ id: 'best', name: 'Best' }],
    rubric: { criteria: criteria(40) },
    panel: judges(judgeCount),
    rules: { quorum: 1 },
  };
  return { program, submissions: { participants, entries, scores } };
}

/** `count` services, valid, or each breaking a rule of its own (a level above 5, an unknown area, …). */
function servicesCity(count, broken) {
  return {
    city: { id: 'x', name: 'X' },
    services: Array.from({ length: count }, (_, i) => {
      const service = {
        id: `s${i}`,
        area: ['e-admin', 'e-industry', 'e-city', 'e-info'][i % 4],
        name: 'S',
        status: 'operating',
        level: 1 + (i % 5),
        utilization: i % 101,
      };
      if (!broken) return service;
      switch (i % 4) {
        case 0:
          return { ...service, level: 9 };
        case 1:
          return { ...service, status: 'absent', level: 3 };
        case 2:
          return { ...service, utilization: 140 };
        default:
          return { ...service, status: 'planned' };
      }
    }),
  };
}

// --- the child process of the sparse panel --------------------------------------------------

async function child(kind, size) {
  const { judgeAwards } = await import('wego-ceds/awards');
  if (kind !== 'sparse-panel') throw new Error(`unknown child ${kind}`);
  const { program, submissions } = sparseAwards(size);
  const { ms, result } = cpuOnce(() => judgeAwards(program, submissions));
  process.stdout.write(
    JSON.stringify({ ms, output: jsonSize(result), maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

function inChild(kind, size) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=3072', self, '--child', kind, String(size)], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((line) => /Error|heap/i.test(line));
    const why = run.signal ?? `exit ${run.status}${lines.length > 0 ? `: ${lines[0].slice(0, 100)}` : ''}`;
    return { failed: why };
  }
  return JSON.parse(run.stdout);
}

// --- the cases ------------------------------------------------------------------------------

/**
 * Runs every growth case and returns the rows: `{ item, case, grows, n, n4, timeN, time4N,
 * outN, out4N, outUnit, note }` (times in CPU ms; a `failed` field when a size could not run).
 */
export async function growthRows({ quick = false } = {}) {
  const ceds = await import('wego-ceds');
  const { judgeAwards } = await import('wego-ceds/awards');
  const scale = quick ? 4 : 1;
  // N and 4N, N a whole number at either scale.
  const sized = (n) => [Math.round(n / scale), 4 * Math.round(n / scale)];
  const rows = [];
  const log = (text) => process.stderr.write(`  growth: ${text}\n`);

  const pair = (item, name, grows, [n, n4], run, { outUnit = 'JSON chars', note = '' } = {}) => {
    const figures = [];
    for (const size of [n, n4]) {
      try {
        figures.push(run(size));
      } catch (error) {
        const message = String(error?.message).replace(/\s+/g, ' ');
        figures.push({ ms: null, output: null, failed: `${error?.name ?? 'Error'}: ${message.slice(0, 100)}` });
      }
    }
    const [a, b] = figures;
    rows.push({
      item,
      case: name,
      grows,
      n,
      n4,
      timeN: a.ms,
      time4N: b.ms,
      outN: a.output,
      out4N: b.output,
      outUnit,
      note,
      failed: a.failed ?? b.failed,
    });
    log(`${item} ${name}: ${a.ms?.toFixed(0)} → ${b.ms?.toFixed(0)} ms`);
  };

  // 12. Messages name a few ids and count the rest, whatever the size of the methodology.
  const areas12 = sized(1000);
  const methodologies12 = new Map(areas12.map((n) => [n, manyAreas(ceds, n)]));
  pair(
    12,
    'safeAssessCity, unknown-area services against as many areas',
    'areas = bad services',
    areas12,
    (n) => {
      const input = {
        city: { id: 'x', name: 'X' },
        services: Array.from({ length: n }, (_, i) => ({
          id: `s${i}`,
          area: `nowhere-${i}`,
          name: 'S',
          status: 'planned',
          level: 0,
        })),
      };
      const { ms, result } = measure(() => ceds.safeAssessCity(input, { methodology: methodologies12.get(n) }));
      return { ms, output: result.success ? 0 : result.error.message.length };
    },
    { outUnit: 'message chars', note: 'each issue names a few ids and counts the rest' },
  );

  // 14. One area of many services with distinct utilizations.
  const fine = ceds.defineMethodology({ id: 'fine', precision: 4 });
  pair(
    14,
    'findConsiderations, one area',
    'services',
    sized(4000),
    (n) => {
      const input = oneBigArea(n);
      const { ms, result } = measure(() => ceds.findConsiderations(input, { methodology: fine }));
      return { ms, output: jsonSize(result) };
    },
    { note: 'precision 4, so that every change is listed' },
  );

  // 16. A methodology of many areas.
  const areas16 = sized(2000);
  const methodologies16 = new Map(areas16.map((n) => [n, manyAreas(ceds, n, 'services')]));
  pair(16, 'findConsiderations, one service per area', 'areas', areas16, (n) => {
    const methodology = methodologies16.get(n);
    const input = cityOverAreas(n);
    const { ms, result } = measure(() => ceds.findConsiderations(input, { methodology }));
    return { ms, output: jsonSize(result) };
  });
  pair(
    16,
    'rankAssessments, 20 cities',
    'areas',
    areas16,
    (n) => {
      const methodology = methodologies16.get(n);
      const cohort = Array.from({ length: 20 }, (_, c) =>
        ceds.assessCity(cityOverAreas(n, `city-${c}`), { methodology, explain: false }),
      );
      const { ms, result } = measure(() => ceds.rankAssessments(cohort));
      return { ms, output: jsonSize(result) };
    },
    {
      // Measured apart (2026-11-28): 1,095 → 4,482 ms (4.09×) under `--max-semi-space-size=128`.
      note: 'above 4× is garbage collection with 20 large assessments alive (the young generation fills and promotes); with `node --max-semi-space-size=128` the ratio is about 4×',
    },
  );

  // 17. Runs × weights, and the work limit above them.
  const sample = JSON.parse(readFileSync(join(here, '..', 'examples', 'sample-city.json'), 'utf8'));
  pair(
    17,
    'analyzeSensitivity, sample city',
    'runs',
    sized(250),
    (runs) => {
      const { ms, result } = measure(() => ceds.analyzeSensitivity(sample, { runs, seed: 42, jitter: 0.2 }));
      return { ms, output: jsonSize(result) };
    },
    { note: 'fixed-size result' },
  );
  pair(
    17,
    'analyzeSensitivity, 50 runs',
    'indicators',
    sized(1000),
    (n) => {
      const input = cityWithIndicators(n);
      const { ms, result } = measure(() => ceds.analyzeSensitivity(input, { runs: 50, seed: 42, jitter: 0.2 }));
      return { ms, output: jsonSize(result) };
    },
    { note: 'fixed-size result' },
  );
  const refused = cpuOnce(() => {
    try {
      ceds.analyzeSensitivity(cityWithIndicators(6000), { runs: 100_000, seed: 1, jitter: 0.2 });
      return null;
    } catch (error) {
      return error;
    }
  });
  const issue = refused.result?.issues?.[0];
  rows.push({
    item: 17,
    case: 'analyzeSensitivity, 100,000 runs × 6,000 indicators',
    grows: 'refused',
    n: null,
    n4: null,
    timeN: refused.ms,
    time4N: null,
    outN: null,
    out4N: null,
    outUnit: '',
    note: issue ? `\`${issue.code}\` at \`${issue.path.join('.')}\`: “${issue.message}”` : '**not refused**',
  });
  log(`17 limit: ${issue ? issue.message : 'not refused'}`);

  // 18. The invalid path against the valid one, at the same sizes.
  const sizes18 = sized(25_000);
  const valid18 = [];
  pair(18, 'safeAssessCity, valid services', 'services', sizes18, (n) => {
    const input = servicesCity(n, false);
    const { ms, result } = measure(() => ceds.safeAssessCity(input, { explain: false }));
    valid18.push(ms);
    return { ms, output: jsonSize(result) };
  });
  const invalid18 = [];
  pair(
    18,
    'safeAssessCity, every service breaking a rule',
    'services',
    sizes18,
    (n) => {
      const input = servicesCity(n, true);
      const { ms, result } = measure(() => ceds.safeAssessCity(input, { explain: false }));
      invalid18.push(ms);
      return { ms, output: result.success ? 0 : jsonSize(result.error.issues) };
    },
    { outUnit: 'JSON chars of the issues' },
  );
  const last = rows.at(-1);
  if (valid18.length === 2 && invalid18.length === 2)
    last.note = `invalid ÷ valid: ${(invalid18[0] / valid18[0]).toFixed(1)}× at N, ${(invalid18[1] / valid18[1]).toFixed(1)}× at 4N`;

  // 13. Many equal aggregates: ties reported once (awards last: the newest code).
  pair(13, 'judgeAwards, all entries tied', 'entries', sized(1000), (n) => {
    const { program, submissions } = tiedAwards(n);
    const { ms, result } = measure(() => judgeAwards(program, submissions));
    return { ms, output: jsonSize(result) };
  });

  // 15. A huge sparse panel: memory follows the scores given, not entries × judges × criteria.
  const judges15 = sized(250);
  const sparse = judges15.map((n) => inChild('sparse-panel', n));
  rows.push({
    item: 15,
    case: 'judgeAwards, 2,000 entries × judges × 40 criteria, 2,000 scores',
    grows: 'judges',
    n: judges15[0],
    n4: judges15[1],
    timeN: sparse[0].ms ?? null,
    time4N: sparse[1].ms ?? null,
    outN: sparse[0].maxRssMb ?? null,
    out4N: sparse[1].maxRssMb ?? null,
    outUnit: 'peak RSS MB',
    note: `${(2000 * judges15[0] * 40).toLocaleString('en')} → ${(2000 * judges15[1] * 40).toLocaleString('en')} cells`,
    failed: sparse[0].failed ?? sparse[1].failed,
  });
  log(`15 sparse panel: ${JSON.stringify(sparse)}`);
  return rows;
}

// --- report ---------------------------------------------------------------------------------

const fmtMs = (ms) =>
  ms === null || ms === undefined ? '' : ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en')} ms`;
const fmtNum = (x) => (x === null || x === undefined ? '' : Math.round(x).toLocaleString('en'));
const ratio = (a, b) => (a && b !== null && b !== undefined ? `${(b / a).toFixed(2)}×` : '');

/** The rows as a markdown table. */
export function growthTable(rows, { quick = false } = {}) {
  return [
    `CPU time of one call (median of three after a warm-up; one when a call takes over 0.8 s) at N and 4N${quick ? ', --quick sizes' : ''}. Linear growth in the grown input is a ratio near 4; a cost that does not depend on it, near 1; quadratic, 16.`,
    '',
    '| item | case | grows | N | 4N | time N | time 4N | time ratio | output N | output 4N | output ratio | output is | note |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.item} | ${r.case} | ${r.grows} | ${fmtNum(r.n)} | ${fmtNum(r.n4)} | ${fmtMs(r.timeN)} | ${fmtMs(r.time4N)} | ${ratio(r.timeN, r.time4N)} | ${fmtNum(r.outN)} | ${fmtNum(r.out4N)} | ${ratio(r.outN, r.out4N)} | ${r.outUnit} | ${r.failed ? `**failed: ${r.failed}** ` : ''}${r.note} |`,
    ),
  ].join('\n');
}

/** Writes the table between the growth markers of bench/README.md. */
export async function writeGrowth(table) {
  const readme = join(here, 'README.md');
  const current = readFileSync(readme, 'utf8');
  if (!current.includes(START) || !current.includes(END)) return;
  let updated = `${current.slice(0, current.indexOf(START) + START.length)}\n\n${table}\n\n${current.slice(current.indexOf(END))}`;
  try {
    const prettier = await import('prettier');
    updated = await prettier.format(updated, { ...(await prettier.resolveConfig(readme)), filepath: readme });
  } catch {
    // Unformatted markdown still reads.
  }
  writeFileSync(readme, updated);
}

/** Runs the growth checks, prints the table, and writes it into bench/README.md unless `quick`. */
export async function runGrowth({ quick = false } = {}) {
  process.stderr.write(`wego-ceds growth checks${quick ? ' (quick)' : ''}\n`);
  const table = growthTable(await growthRows({ quick }), { quick });
  process.stdout.write(`\n## Growth\n\n${table}\n`);
  if (!quick) await writeGrowth(table);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) await child(process.argv[at + 1], Number(process.argv[at + 2]));
  else await runGrowth({ quick: process.argv.includes('--quick') });
}
