// Scores a city (the illustrative Sample City by default), prints its CeDS report, then shows
// how three of its scores were made.
//
//   npm run build
//   node scripts/run-example.mjs examples/score-a-city.ts [path/to/city.json]
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { assessCity, formatAssessment, levelForScore } from 'wego-ceds';
import type { CityAssessment, CityAssessmentInput } from 'wego-ceds';

const file = process.argv[2] ?? new URL('./sample-city.json', import.meta.url);
const input = JSON.parse(readFileSync(file, 'utf8')) as CityAssessmentInput;

const assessment = assessCity(input);
console.log(formatAssessment(assessment));

/** Prints one explanation: each component's value × normalised weight = contribution. */
function explain(result: CityAssessment, key: string): void {
  const explanation = result.explanations[key];
  assert.ok(explanation, `no explanation for ${key}`);
  // Exact values are decimal strings; they are shortened here for display only.
  const show = (exact: string) => Number(exact).toFixed(4);
  console.log(`\n${key}: ${explanation.method} mean, coverage ${explanation.coverage} %`);
  for (const c of explanation.components) {
    console.log(
      `  ${c.id.padEnd(34)} ${show(c.value).padStart(9)} × ${show(c.weight)} = ${show(c.contribution).padStart(8)}`,
    );
  }
  for (const x of explanation.excluded) console.log(`  ${x.id.padEnd(34)} left out: ${x.reason}`);
  console.log(
    `  ${'sum (unrounded)'.padEnd(34)} ${explanation.unrounded ?? '—'} → reported ${explanation.score ?? '—'}`,
  );
}

console.log('\nHow three of the scores were made');
for (const key of ['overall', 'areas.e-admin', 'dimensions.governance-mechanism']) explain(assessment, key);

// Facts that hold for any input; the example stops loudly when one does not.
assert.deepEqual(
  assessment.areas.map((a) => a.id),
  assessment.methodology.definition.areas.map((a) => a.id),
  'one Area chart row per area, in methodology order',
);
assert.equal(
  assessment.average.totalServices,
  assessment.services.filter((s) => s.applicable).length,
  'the Average row counts every applicable service',
);
if (assessment.overall.score !== null) {
  assert.deepEqual(
    assessment.overall.level,
    levelForScore(assessment.overall.score),
    'the level is the band of the rounded score',
  );
}
for (const [key, explanation] of Object.entries(assessment.explanations)) {
  if (explanation.unrounded === null) continue;
  const sum = explanation.components.reduce((total, c) => total + Number(c.contribution), 0);
  assert.ok(
    Math.abs(sum - Number(explanation.unrounded)) < 1e-9,
    `${key}: the contributions add up to the unrounded value`,
  );
}
assert.deepEqual(JSON.parse(JSON.stringify(assessment)), assessment, 'the result is plain JSON data');
assert.ok(Object.isFrozen(assessment.overall), 'the result is frozen');
console.log(
  `\nChecked: ${assessment.areas.length} areas, ${assessment.services.length} services, ${Object.keys(assessment.explanations).length} explanations.`,
);
