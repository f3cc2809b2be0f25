// Methodologies of other shapes than CeDS, and assessments scored on them, for the
// presentation tests: a three-component index without service areas, two dimensions, thirteen
// dimensions, five groups, and services without dimensions.
import { assessCity } from '../../src/ceds/assess.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import type { CityAssessment, DimensionDefinition, Methodology } from '../../src/ceds/types.js';
import { egdiLike } from '../ceds/other-indices.js';

const fourLevels = [
  { level: 1, name: 'Low', min: 0 },
  { level: 2, name: 'Middle', min: 25 },
  { level: 3, name: 'High', min: 50 },
  { level: 4, name: 'Very High', min: 75 },
];

/** Three components averaged, one group, four levels, no service areas (like the UN EGDI). */
export { egdiLike };

/** Two components in one group, two levels: too few for a radar. */
export const pairIndex: Methodology = defineMethodology({
  id: 'pair',
  version: '1',
  label: 'A two-component index',
  areas: [],
  groups: [{ id: 'all', label: 'Index', weight: 1 }],
  dimensions: [
    { id: 'online', label: 'Online services', group: 'all', weight: 1 },
    { id: 'skills', label: 'Digital skills', group: 'all', weight: 1 },
  ],
  levels: [
    { level: 1, name: 'Low', min: 0 },
    { level: 2, name: 'High', min: 50 },
  ],
});

const thirteen: DimensionDefinition[] = Array.from({ length: 13 }, (_, i) => ({
  id: `c${i + 1}`,
  label: `Component ${i + 1}`,
  group: i < 5 ? 'people' : i < 9 ? 'platforms' : 'policy',
  weight: 1,
}));

/** Thirteen components in three groups: too many for a radar. */
export const thirteenIndex: Methodology = defineMethodology({
  id: 'thirteen',
  version: '1',
  label: 'A thirteen-component index',
  areas: [],
  groups: [
    { id: 'people', label: 'People', weight: 1 },
    { id: 'platforms', label: 'Platforms', weight: 1 },
    { id: 'policy', label: 'Policy', weight: 1 },
  ],
  dimensions: thirteen,
  levels: fourLevels,
});

/** Five lettered groups of two components each, beside the CeDS service areas. */
export const fiveGroups: Methodology = defineMethodology({
  id: 'five-groups',
  version: '1',
  label: 'An index of five groups',
  groups: ['A', 'B', 'C', 'D', 'E'].map((letter) => ({
    id: letter.toLowerCase(),
    label: `Group ${letter}`,
    weight: 1,
  })),
  dimensions: ['a', 'b', 'c', 'd', 'e'].flatMap((group) => [
    { id: `${group}1`, label: `${group.toUpperCase()}1 Component`, group, weight: 1 },
    { id: `${group}2`, label: `${group.toUpperCase()}2 Component`, group, weight: 2 },
  ]),
});

/** The CeDS service areas without any readiness dimension. */
export const servicesOnly: Methodology = defineMethodology({
  id: 'services-only',
  version: '1',
  label: 'Services alone',
  groups: [],
  dimensions: [],
});

const city = { id: 'x', name: 'Index City' };

/** The EGDI-like example: 80, 70 and 60 give 70, High. */
export function egdiAssessment(): CityAssessment {
  return assessCity(
    {
      city,
      period: '2024',
      dimensions: [
        { id: 'osi', score: 80 },
        { id: 'hci', score: 70 },
        { id: 'tii', score: 60 },
      ],
    },
    { methodology: egdiLike },
  );
}

export function pairAssessment(): CityAssessment {
  return assessCity(
    {
      city,
      dimensions: [
        { id: 'online', score: 82.5 },
        { id: 'skills', score: 0 },
      ],
    },
    { methodology: pairIndex },
  );
}

export function thirteenAssessment(): CityAssessment {
  return assessCity(
    {
      city,
      // One component left unanswered, so that the chart shows a "no data" bar.
      dimensions: thirteen.slice(0, 12).map((d, i) => ({ id: d.id, score: (i * 37) % 101 })),
    },
    { methodology: thirteenIndex },
  );
}

export function fiveGroupAssessment(): CityAssessment {
  return assessCity(
    {
      city,
      services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 }],
      dimensions: fiveGroups.dimensions.map((d, i) => ({ id: d.id, score: 40 + i * 6 })),
    },
    { methodology: fiveGroups },
  );
}

export function servicesOnlyAssessment(): CityAssessment {
  return assessCity(
    {
      city,
      services: [
        { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 },
        { id: 'permits', area: 'e-city', name: 'Permits', status: 'developing', level: 2 },
      ],
    },
    { methodology: servicesOnly },
  );
}
