// Scores five fictional countries under two composite indices written as plain methodologies:
// a three-component index with four levels (like the UN E-Government Development Index) and a
// four-component index with levels A–D (like the World Bank GovTech Maturity Index). The values
// are illustrative, not published data. See docs/other-indices.md.
//
//   npm run build
//   node scripts/run-example.mjs examples/other-indices.ts
import { strict as assert } from 'node:assert';
import { assessCity, defineMethodology, rankAssessments } from 'wego-ceds';
import type { CityAssessment, CityAssessmentInput, Methodology } from 'wego-ceds';

// No service areas: the overall score is the readiness side alone, with no warning.
const egdiLike: Methodology = defineMethodology({
  id: 'egdi-like',
  version: '1',
  label: 'A three-component index',
  areas: [],
  groups: [{ id: 'egdi', label: 'EGDI', weight: 1 }],
  dimensions: [
    { id: 'osi', label: 'Online Service Index', group: 'egdi', weight: 1 },
    { id: 'hci', label: 'Human Capital Index', group: 'egdi', weight: 1 },
    { id: 'tii', label: 'Telecommunication Infrastructure Index', group: 'egdi', weight: 1 },
  ],
  levels: [
    { level: 1, name: 'Low', min: 0 },
    { level: 2, name: 'Middle', min: 25 },
    { level: 3, name: 'High', min: 50 },
    { level: 4, name: 'Very High', min: 75 },
  ],
  precision: 2,
});

// The letters A–D are level names (bands of the score), lowest first; the four components sit
// in one group because the index is their simple average.
const gtmiLike: Methodology = defineMethodology({
  id: 'gtmi-like',
  version: '1',
  label: 'A four-component index',
  areas: [],
  groups: [{ id: 'gtmi', label: 'GTMI', weight: 1 }],
  dimensions: [
    { id: 'cgsi', label: 'Core Government Systems Index', group: 'gtmi', weight: 1 },
    { id: 'psdi', label: 'Public Service Delivery Index', group: 'gtmi', weight: 1 },
    { id: 'dcei', label: 'Digital Citizen Engagement Index', group: 'gtmi', weight: 1 },
    { id: 'gtei', label: 'GovTech Enablers Index', group: 'gtmi', weight: 1 },
  ],
  levels: [
    { level: 1, name: 'D', min: 0 },
    { level: 2, name: 'C', min: 25 },
    { level: 3, name: 'B', min: 50 },
    { level: 4, name: 'A', min: 75 },
  ],
  precision: 3,
});

// Component values as a published table prints them: on 0–1. Illustrative, fictional countries.
const egdiTable = `
northland,Northland,0.9120,0.8845,0.8510
eastmarch,Eastmarch,0.7240,0.8015,0.6680
southport,Southport,0.7005,0.7760,0.7172
westvale,Westvale,0.3050,0.5525,0.1840
farreach,Farreach,0.1240,0.3890,0.0935`;
const gtmiTable = `
northland,Northland,0.92500,0.88000,0.79500,0.90000
eastmarch,Eastmarch,0.70210,0.64930,0.41370,0.73660
southport,Southport,0.55000,0.48500,0.30250,0.66250
westvale,Westvale,0.35000,0.22400,0.18600,0.30000
farreach,Farreach,0.20000,0.10500,0.04300,0.18000`;

// wego-ceds scores on 0–100: 0.9120 becomes 91.2. Rounding the product to 15 significant digits
// drops the floating-point noise of `* 100` (0.5812 * 100 is 58.120000000000005).
const onHundred = (text: string): number => Number((Number(text) * 100).toPrecision(15));

/** One input per row: `id,name,component…`, the components in the methodology's order. */
function inputsOf(table: string, methodology: Methodology): CityAssessmentInput[] {
  return table
    .trim()
    .split('\n')
    .map((row) => {
      const [id = '', name = '', ...values] = row.split(',');
      return {
        city: { id, name },
        dimensions: methodology.dimensions.map((d, i) => ({ id: d.id, score: onHundred(values[i] ?? '') })),
      };
    });
}

const fixed = (n: number | null, precision: number) => (n === null ? '—' : n.toFixed(precision));

/** Scores, ranks and prints one index; returns the assessments in table order. */
function report(methodology: Methodology, table: string): readonly CityAssessment[] {
  const assessments = inputsOf(table, methodology).map((input) => assessCity(input, { methodology }));
  const rankOf = new Map(rankAssessments(assessments).ranking.map((r) => [r.cityId, r.rank]));
  const p = methodology.precision;
  const ids = methodology.dimensions.map((d) => d.id.toUpperCase());
  const width = p + 4;

  console.log(`${methodology.label} (${methodology.id} ${methodology.version}), ${p} decimals`);
  console.log(
    ['Country   ', ...ids.map((id) => id.padStart(width)), 'Index'.padStart(width), ' Level     ', 'Rank'].join(' '),
  );
  for (const a of assessments) {
    const cells = a.dimensions.map((d) => fixed(d.score, p).padStart(width));
    const level = (a.overall.level?.name ?? '—').padEnd(10);
    console.log(
      [
        a.city.name.padEnd(10),
        ...cells,
        fixed(a.overall.score, p).padStart(width),
        ` ${level}`,
        rankOf.get(a.city.id),
      ].join(' '),
    );
  }
  console.log('');
  return assessments;
}

const egdi = report(egdiLike, egdiTable);
const gtmi = report(gtmiLike, gtmiTable);

// No services side, no warning, and the one group equals the readiness and the overall score.
for (const a of [...egdi, ...gtmi]) {
  assert.deepEqual(a.warnings, []);
  assert.deepEqual(a.areas, []);
  assert.equal(a.coverage.areas, null);
  assert.equal(a.groups.length, 1);
  assert.equal(a.groups[0]?.score, a.overall.score);
  assert.equal(a.readiness.score, a.overall.score);
}

// (91.20 + 88.45 + 85.10) / 3 = 88.25; Eastmarch 73.1166… and Southport 73.1233… both print 73.12.
assert.deepEqual(
  egdi.map((a) => [a.city.id, a.overall.score, a.overall.level?.name]),
  [
    ['northland', 88.25, 'Very High'],
    ['eastmarch', 73.12, 'High'],
    ['southport', 73.12, 'High'],
    ['westvale', 34.72, 'Middle'],
    ['farreach', 20.22, 'Low'],
  ],
);
assert.deepEqual(egdi[0]?.groups, [
  { id: 'egdi', label: 'EGDI', score: 88.25, level: { level: 4, name: 'Very High' } },
]);
// Equal reported scores share a rank, and the next rank is skipped.
assert.deepEqual(
  rankAssessments(egdi).ranking.map((r) => [r.cityId, r.rank]),
  [
    ['northland', 1],
    ['eastmarch', 2],
    ['southport', 2],
    ['westvale', 4],
    ['farreach', 5],
  ],
);

// 250.17 / 4 = 62.5425 → 62.543 (half-up, 3 decimals); Southport is exactly 50, the start of B.
assert.deepEqual(
  gtmi.map((a) => [a.city.id, a.overall.score, a.overall.level?.name]),
  [
    ['northland', 87.5, 'A'],
    ['eastmarch', 62.543, 'B'],
    ['southport', 50, 'B'],
    ['westvale', 26.5, 'C'],
    ['farreach', 13.2, 'D'],
  ],
);
assert.equal(gtmi[1]?.explanations['overall']?.unrounded, '62.5425');
assert.deepEqual(rankAssessments(gtmi).cohort.groups, [
  { id: 'gtmi', label: 'GTMI', score: { count: 5, mean: 47.949, median: 50, min: 13.2, max: 87.5 } },
]);

// The conversion from 0–1 leaves no floating-point noise behind.
assert.equal(onHundred('0.5812'), 58.12);
assert.equal(egdi[2]?.dimensions[2]?.score, 71.72);

console.log(`Checked: ${egdi.length + gtmi.length} assessments under 2 indices, no warnings.`);
