// Indices other than CeDS, written as plain data, for the tests of any scoring tree: a
// three-component index with four levels (like the UN EGDI), a four-component index with
// lettered groups (like the World Bank GTMI), and a methodology with service areas only.
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import type { CityAssessmentInput } from '../../src/ceds/types.js';

/** Three components averaged, four levels: the literal of the acceptance, as it is. */
export const egdiLike = defineMethodology({
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

/** A city of the three-component index, each component given as a direct score. */
export function egdiCity(id: string, osi: number, hci: number, tii: number): CityAssessmentInput {
  return {
    city: { id, name: id.toUpperCase() },
    dimensions: [
      { id: 'osi', score: osi },
      { id: 'hci', score: hci },
      { id: 'tii', score: tii },
    ],
  };
}

const gtmiLevels = [
  { level: 1, name: 'D', min: 0 },
  { level: 2, name: 'C', min: 25 },
  { level: 3, name: 'B', min: 50 },
  { level: 4, name: 'A', min: 75 },
];

/** Four components, each in its own lettered group of equal weight; levels D, C, B, A. */
export const gtmiLike = defineMethodology({
  id: 'gtmi-like',
  version: '1',
  label: 'A four-component index',
  areas: [],
  groups: [
    { id: 'a', label: 'Core Government Systems', weight: 1 },
    { id: 'b', label: 'Public Service Delivery', weight: 1 },
    { id: 'c', label: 'Digital Citizen Engagement', weight: 1 },
    { id: 'd', label: 'GovTech Enablers', weight: 1 },
  ],
  dimensions: [
    { id: 'cgsi', label: 'Core Government Systems Index', group: 'a', weight: 1 },
    { id: 'psdi', label: 'Public Service Delivery Index', group: 'b', weight: 1 },
    { id: 'dcei', label: 'Digital Citizen Engagement Index', group: 'c', weight: 1 },
    { id: 'gtei', label: 'GovTech Enablers Index', group: 'd', weight: 1 },
  ],
  levels: gtmiLevels,
  precision: 2,
});

/** The same four components in one group. */
export const gtmiOneGroup = defineMethodology(
  {
    id: 'gtmi-one-group',
    groups: [{ id: 'gtmi', label: 'GTMI', weight: 1 }],
    dimensions: gtmiLike.dimensions.map((d) => ({ ...d, group: 'gtmi' })),
  },
  gtmiLike,
);

/** A city of the four-component index, each component given as a direct score. */
export function gtmiCity(id: string, cgsi: number, psdi: number, dcei: number, gtei: number): CityAssessmentInput {
  return {
    city: { id, name: id.toUpperCase() },
    dimensions: [
      { id: 'cgsi', score: cgsi },
      { id: 'psdi', score: psdi },
      { id: 'dcei', score: dcei },
      { id: 'gtei', score: gtei },
    ],
  };
}

/** The CeDS service areas and weights, with no readiness side at all. */
export const servicesOnly = defineMethodology({
  id: 'services-only',
  label: 'Service areas only',
  groups: [],
  dimensions: [],
});
