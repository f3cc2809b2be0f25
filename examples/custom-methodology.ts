// Defines a methodology of one's own — a fifth area, other weights, a geometric readiness, three
// level bands, one decimal — scores a small city with it, and shows what a bad definition gets.
//
//   npm run build
//   node scripts/run-example.mjs examples/custom-methodology.ts
import { strict as assert } from 'node:assert';
import {
  assessCity,
  CedsInputError,
  defineMethodology,
  diffMethodologies,
  formatAssessment,
  formatIssuePath,
  platformMethodology,
} from 'wego-ceds';
import type { CityAssessmentInput, Methodology } from 'wego-ceds';

// Start from the platform's areas (e-Admin, e-Life, e-Industry, e-Infra) and add e-Health.
// Nested objects (areaWeights, aggregation, missingData …) merge key by key; arrays replace whole.
const metro: Methodology = defineMethodology(
  {
    id: 'metro-ceds',
    version: '2024.1',
    label: 'Metro CeDS (illustrative)',
    areas: [...platformMethodology.areas, { id: 'e-health', label: 'e-Health', order: 5 }],
    areaWeights: { operation: 2 }, // Operation counts double; Developing and Utilization keep 1
    areaWeighting: 'services', // the Average row weighs each area by its number of services
    aggregation: { readiness: 'geometric' }, // a weak group pulls the Overall level down harder
    levels: [
      { level: 1, name: 'Starting', min: 0 },
      { level: 2, name: 'Developing', min: 50 },
      { level: 3, name: 'Leading', min: 75 },
    ],
    precision: 1,
  },
  platformMethodology,
);

const city: CityAssessmentInput = {
  city: { id: 'harbourtown', name: 'Harbourtown (illustrative)' },
  period: '2024',
  services: [
    { id: 'hr', area: 'e-admin', name: 'HR System', status: 'operating', level: 4, utilization: 90 },
    { id: 'permits', area: 'e-life', name: 'Permit Portal', status: 'operating', level: 3, utilization: 55 },
    { id: 'tax', area: 'e-life', name: 'Local Tax Online', status: 'developing', level: 2 },
    { id: 'b2g', area: 'e-industry', name: 'e-Procurement', status: 'operating', level: 5, utilization: 80 },
    { id: 'fibre', area: 'e-infra', name: 'City Fibre Ring', status: 'operating', level: 4, utilization: 70 },
    { id: 'ehr', area: 'e-health', name: 'Health Records Exchange', status: 'developing', level: 2 },
    { id: 'booking', area: 'e-health', name: 'Clinic Booking', status: 'planned', level: 0 },
  ],
  dimensions: [
    { id: 'governance-mechanism', score: 80 },
    { id: 'policy-institution', score: 70 },
    { id: 'resource-capacity', score: 60 },
    { id: 'ict-network', score: 90 },
    { id: 'citizen-readiness', score: 75 },
    { id: 'public-service-infrastructure', score: 65 },
  ],
};

const assessment = assessCity(city, { methodology: metro });
console.log(formatAssessment(assessment));

console.log('\nWhat differs from platformMethodology');
for (const d of diffMethodologies(platformMethodology, metro))
  console.log(`  ${d.kind.padEnd(8)} ${formatIssuePath(d.path)}`);

assert.deepEqual(
  assessment.areas.map((a) => a.label),
  ['e-Admin', 'e-Life', 'e-Industry', 'e-Infra', 'e-Health'],
);
// Operation weighs 2 of 4: its normalised weight in every area score is 0.5.
assert.deepEqual(
  assessment.explanations['areas.e-admin']?.components.map((c) => [c.id, c.weight]),
  [
    ['operation', '0.5'],
    ['development', '0.25'],
    ['utilization', '0.25'],
  ],
);
// e-Health: nothing operates, systems half built at best.
const health = assessment.areas.find((a) => a.id === 'e-health');
assert.equal(health?.operationRate, 0);
assert.equal(health?.developmentRate, 20);
// One decimal, and levels from the methodology's own three bands.
for (const row of [...assessment.areas, assessment.average, assessment.overall]) {
  if (row.score !== null) assert.equal(row.score, Math.round(row.score * 10) / 10);
}
assert.ok(['Starting', 'Developing', 'Leading'].includes(assessment.overall.level?.name ?? ''));
assert.equal(assessment.explanations['readiness']?.method, 'geometric');

// A methodology is plain data: store it as JSON and score with the stored copy.
const stored = JSON.parse(JSON.stringify(metro)) as Methodology;
assert.deepEqual(assessCity(city, { methodology: stored }).overall, assessment.overall);

// A bad definition is rejected with every problem at once, each with a path.
try {
  defineMethodology({
    areaWeights: { operation: 0, development: 0, utilization: 0 },
    levels: [
      { level: 1, name: 'Low', min: 10 },
      { level: 2, name: 'High', min: 5 },
    ],
  });
  assert.fail('an invalid methodology was accepted');
} catch (error) {
  assert.ok(error instanceof CedsInputError);
  console.log('\nRejected definition:');
  for (const issue of error.issues) console.log(`  ${formatIssuePath(issue.path)} (${issue.code}): ${issue.message}`);
  assert.ok(error.issues.some((i) => i.path[0] === 'areaWeights'));
  assert.ok(error.issues.some((i) => i.path[0] === 'levels'));
}
