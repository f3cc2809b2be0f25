// Hand-made CityAssessment objects for the insight tests (ranking, comparing): they fix the
// reported numbers directly, so those tests do not depend on the scoring engine.
import { bandOf } from '../../src/core/levels.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import type { AreaRow, CityAssessment, Methodology, ScoreWithLevel } from '../../src/ceds/types.js';

export interface FixtureOptions {
  cityId: string;
  overall?: number | null;
  readiness?: number | null;
  /** Per group id: its score. */
  groups?: Record<string, number | null>;
  /** Per area id: the row's values (score defaults to null). */
  areas?: Record<string, Partial<Omit<AreaRow, 'id' | 'label' | 'level'>>>;
  average?: Partial<Omit<AreaRow, 'id' | 'label' | 'level'>>;
  /** Per dimension id: its score. */
  dimensions?: Record<string, number | null>;
  methodology?: Methodology;
}

function withLevel(score: number | null | undefined, methodology: Methodology): ScoreWithLevel {
  return score === null || score === undefined
    ? { score: null, level: null }
    : { score, level: bandOf(score, methodology.levels) };
}

function areaRow(id: string, label: string, values: FixtureOptions['average'], methodology: Methodology): AreaRow {
  return {
    id,
    label,
    totalServices: values?.totalServices ?? 0,
    operationRate: values?.operationRate ?? null,
    developmentRate: values?.developmentRate ?? null,
    utilizationRate: values?.utilizationRate ?? null,
    ...withLevel(values?.score, methodology),
  };
}

export function fixtureAssessment(options: FixtureOptions): CityAssessment {
  const methodology = options.methodology ?? defaultMethodology;
  return deepFreeze({
    methodology: { id: methodology.id, version: methodology.version, definition: methodology },
    city: { id: options.cityId, name: options.cityId },
    period: null,
    areas: methodology.areas.map((a) => areaRow(a.id, a.label, options.areas?.[a.id], methodology)),
    average: areaRow('average', 'Average', options.average, methodology),
    services: [],
    dimensions: methodology.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      group: d.group,
      ...withLevel(options.dimensions?.[d.id], methodology),
    })),
    groups: methodology.groups.map((g) => ({
      id: g.id,
      label: g.label,
      ...withLevel(options.groups?.[g.id], methodology),
    })),
    readiness: withLevel(options.readiness, methodology),
    overall: withLevel(options.overall, methodology),
    budget: null,
    coverage: {
      areas: methodology.areas.length === 0 ? null : 100,
      utilization: null,
      dimensions: methodology.dimensions.length === 0 ? null : 100,
      overall: 100,
    },
    warnings: [],
    explanations: {},
  });
}
