// Compares assessments of the illustrative Sample City: a year later under the same
// methodology (comparable), and the same year under a new edition of the methodology (not
// comparable, and the differences say why). Then lists how the two shipped presets differ.
//
//   npm run build
//   node scripts/run-example.mjs examples/compare-editions.ts
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import {
  assessCity,
  compareAssessments,
  defaultMethodology,
  defineMethodology,
  diffMethodologies,
  formatIssuePath,
  platformMethodology,
} from 'wego-ceds';
import type { AssessmentComparison, CityAssessmentInput, ScoreChange } from 'wego-ceds';

const edition2015 = JSON.parse(
  readFileSync(new URL('./sample-city.json', import.meta.url), 'utf8'),
) as CityAssessmentInput;

// A year later: every e-Admin system under development went into operation one level up.
const edition2016: CityAssessmentInput = {
  ...edition2015,
  period: '2016',
  services: (edition2015.services ?? []).map((s) =>
    s.area === 'e-admin' && s.status === 'developing'
      ? { ...s, status: 'operating', level: Math.min(s.level + 1, 5) }
      : s,
  ),
};

const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${fixed(n)}`);
const line = (label: string, c: ScoreChange) =>
  `  ${label.padEnd(16)} ${fixed(c.before).padStart(6)} → ${fixed(c.after).padStart(6)}  ${signed(c.delta).padStart(7)}` +
  (c.levelChange ? `  level ${c.levelChange > 0 ? '+' : ''}${c.levelChange}` : '');

function print(title: string, comparison: AssessmentComparison): void {
  console.log(`\n${title}\ncomparable: ${comparison.comparable}`);
  for (const d of comparison.differences) {
    console.log(`  differs at ${formatIssuePath(d.path)}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`);
  }
  console.log(line('Overall', comparison.overall));
  for (const area of [...comparison.areas, comparison.average]) console.log(line(area.label, area.score));
}

// 1. The same methodology, a year apart: the deltas measure the city.
const before = assessCity(edition2015);
const after = assessCity(edition2016);
const yearOnYear = compareAssessments(before, after);
print('Sample City, 2015 → 2016 (same methodology)', yearOnYear);

assert.equal(yearOnYear.comparable, true);
assert.deepEqual(yearOnYear.differences, []);
const admin = yearOnYear.areas.find((a) => a.id === 'e-admin');
assert.ok(admin && admin.operationRate.delta !== null && admin.operationRate.delta > 0, 'more e-Admin systems operate');
// A delta is after − before on the reported (2-decimal) scores, as a reader of both reports computes it.
assert.equal(yearOnYear.overall.delta, Math.round((after.overall.score! - before.overall.score!) * 100) / 100);

// 2. The same city and year under a new edition that weighs Utilization double: the deltas
//    now measure the rules, and the comparison says so.
const deck2016 = defineMethodology({ id: 'ceds-deck-2016', version: '2.0.0', areaWeights: { utilization: 2 } });
const newRules = compareAssessments(before, assessCity(edition2015, { methodology: deck2016 }));
print('Sample City 2015, deck 2015 → deck 2016 rules', newRules);

assert.equal(newRules.comparable, false);
assert.deepEqual(
  newRules.differences.map((d) => d.path.join('.')),
  ['methodology.definition.areaWeights.utilization', 'methodology.definition.id', 'methodology.definition.version'],
);
assert.equal(newRules.areas[0]?.totalServices.delta, 0, 'the same services were counted');

// 3. What separates the two shipped presets: their areas, id and label.
console.log('\ndefaultMethodology → platformMethodology');
const presets = diffMethodologies(defaultMethodology, platformMethodology);
for (const d of presets) console.log(`  ${d.kind.padEnd(8)} ${formatIssuePath(d.path)}`);
assert.ok(presets.some((d) => d.kind === 'added' && d.path.join('.') === 'areas.e-life'));
assert.deepEqual(diffMethodologies(defaultMethodology, defaultMethodology), []);
