// Runs examples/demo.mjs as a user would (after a build: it imports the package by name) and
// reads its four tables back: every printed number must equal assessCity on the same sample.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as ceds from '../../src/index.js';
import type { BudgetRow, CityAssessmentInput } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const sample = JSON.parse(readFileSync(join(root, 'examples', 'sample-city.json'), 'utf8')) as CityAssessmentInput;
const expected = ceds.assessCity(sample);
const fixed = (n: number | null): string => (n === null ? '—' : n.toFixed(2));
const level = (l: { level: number; name: string } | null): string => (l === null ? '—' : `${l.level} ${l.name}`);

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** The lines of a numbered section, from its heading to the next one. */
function section(output: string, heading: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && (/^\d\. /.test(line) || line.startsWith('Overall: ')));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Table rows (not headers or rules) split into cells. */
function rows(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let afterRule = false;
  for (const line of lines) {
    if (/^-+( {2}-+)*$/.test(line)) {
      afterRule = true;
      continue;
    }
    if (line.trim() === '') {
      afterRule = false;
      continue;
    }
    if (afterRule) out.push(line.trim().split(/ {2,}/));
  }
  return out;
}

// Money is printed grouped and padded with zeros; compare the decimal values exactly.
const plain = (amount: string): string => {
  const bare = amount.replace(/,/g, '');
  return bare.includes('.') ? bare.replace(/0+$/, '').replace(/\.$/, '') : bare;
};

describe('examples/demo.mjs', () => {
  let output = '';

  beforeAll(() => {
    // The demo runs on the built package: build when dist is missing or older than src.
    const dist = join(root, 'dist', 'index.js');
    if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, 'src'))) {
      execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: root, stdio: 'pipe' });
    }
    output = execFileSync(process.execPath, [join(root, 'examples', 'demo.mjs')], { cwd: root, encoding: 'utf8' });
  }, 120_000);

  test('prints the report of the sample city', () => {
    expect(
      output.startsWith(`CeDS assessment: ${expected.city.name} (${expected.city.id}), period ${expected.period}\n`),
    ).toBe(true);
  });

  test('the Area chart carries every area row and the Average row', () => {
    const printed = rows(section(output, '1. Area chart'));
    const want = [...expected.areas, expected.average].map((a) => [
      a.label,
      fixed(a.score),
      level(a.level),
      String(a.totalServices),
      fixed(a.operationRate),
      fixed(a.developmentRate),
      fixed(a.utilizationRate),
    ]);
    expect(printed).toEqual(want);
  });

  test('the Services/Systems identification lists every service with its status and level', () => {
    const printed = rows(section(output, '2. Services/Systems identification'));
    expect(printed).toHaveLength(expected.services.length);
    const byName = new Map(printed.map((r) => [r[0], r]));
    for (const s of expected.services) {
      const row = byName.get(s.name);
      expect(row, s.name).toBeDefined();
      expect(row!.slice(1, 3)).toEqual([s.applicable ? s.status : `${s.status} (not applicable)`, String(s.level)]);
      expect(row![4]).toBe(fixed(s.utilization));
    }
  });

  test('the Dimensions table carries each dimension, both groups and the Overall level', () => {
    const printed = rows(section(output, '3. Dimensions'));
    const d = (id: string) => expected.dimensions.find((x) => x.id === id)!;
    const g = (id: string) => expected.groups.find((x) => x.id === id)!;
    expect(expected.groups.map((x) => x.label)).toEqual(['Internal', 'External']);
    const want = [
      d('governance-mechanism'),
      d('policy-institution'),
      d('resource-capacity'),
      g('internal'),
      d('ict-network'),
      d('citizen-readiness'),
      d('public-service-infrastructure'),
      g('external'),
      { label: 'Overall level', ...expected.readiness },
    ].map((r) => [r.label, fixed(r.score), level(r.level)]);
    expect(printed).toEqual(want);
  });

  test('Budget vs spending carries each area, each year and the total, to the cent', () => {
    const budget = expected.budget!;
    const printed = rows(section(output, '4. Budget vs spending'));
    const money = (label: string, year: string, r: BudgetRow) => [
      label,
      year,
      r.budget,
      r.spending,
      r.variance,
      fixed(r.executionRate),
      r.band ?? '—',
    ];
    const want = [
      ...budget.areas.flatMap((a) => [
        ...a.years.map((y) => money(a.label, y.year === null ? '—' : String(y.year), y)),
        money(a.label, 'all', a),
      ]),
      ...budget.years.map((y) => money('All areas', y.year === null ? '—' : String(y.year), y)),
      money('Total', 'all', budget.total),
    ];
    expect(printed.map((r) => [r[0], r[1], plain(r[2]!), plain(r[3]!), plain(r[4]!), r[5], r[6]])).toEqual(
      want.map((r) => [r[0], r[1], plain(r[2]!), plain(r[3]!), plain(r[4]!), r[5], r[6]]),
    );
    expect(section(output, '4. Budget vs spending').join('\n')).toContain(`Budget (${budget.currency})`);
  });

  test('the overall line and the warnings follow the tables', () => {
    expect(output).toContain(
      `Overall: ${fixed(expected.overall.score)}, level ${level(expected.overall.level)} (services average ${fixed(expected.average.score)}, readiness ${fixed(expected.readiness.score)})`,
    );
    expect(output).toContain(`Warnings (${expected.warnings.length}):`);
  });

  test('the considerations are shown exactly when the package exports findConsiderations', () => {
    const exported = typeof (ceds as Record<string, unknown>)['findConsiderations'] === 'function';
    expect(output.includes('Top considerations')).toBe(exported);
    if (!exported) return;
    const find = (
      ceds as unknown as Record<
        string,
        (input: unknown, options: unknown) => { gain: number; overall: { score: number } }[]
      >
    )['findConsiderations']!;
    const top = find(sample, { limit: 5 });
    const printed = [...output.split('Top considerations')[1]!.matchAll(/^\d\. .*: overall \+([\d.]+) to ([\d.]+)/gm)];
    expect(printed.map((m) => [m[1], m[2]])).toEqual(top.map((c) => [c.gain.toFixed(2), c.overall.score.toFixed(2)]));
  });
});
