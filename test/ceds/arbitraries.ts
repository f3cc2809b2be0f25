// fast-check generators of VALID city assessment inputs, for property tests here and in other
// suites (considerations, sensitivity, formatting …). Every generated input passes
// `assessCity` under the `exclude` and `zero` policies; `complete: true` also makes it pass
// under `error` (every dimension given, no unanswered indicator, every operating service
// reporting a utilization).
import { fc } from '@fast-check/vitest';
import type { AssessCityOptions } from '../../src/ceds/assess-options.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import type {
  BudgetInput,
  DimensionInput,
  IndicatorInput,
  Methodology,
  ServiceInput,
  ServiceStatus,
} from '../../src/ceds/types.js';
import type { CityInputWithServices } from './assess-fixtures.js';

export interface CityArbitraryOptions {
  /** Areas and dimensions come from it; `defaultMethodology` when omitted. */
  readonly methodology?: Methodology;
  /** At most this many services (default 24). */
  readonly maxServices?: number;
  /** At most this many indicators per dimension (default 6). */
  readonly maxIndicators?: number;
  /** No missing data at all, so that the `error` policy accepts it. */
  readonly complete?: boolean;
  /** Also generate a budget (default true). */
  readonly withBudget?: boolean;
}

/** A share from 0 to 100 with at most two decimals, sometimes exactly 0 or 100. */
export const percentArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100) },
  { weight: 1, arbitrary: fc.constantFrom(0, 100) },
);

const idArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);

/** A valid service of one of `areaIds`; `complete` makes operating services report a utilization. */
export function serviceArbitrary(areaIds: readonly string[], complete = false): fc.Arbitrary<Omit<ServiceInput, 'id'>> {
  return fc
    .record({
      area: fc.constantFrom(...areaIds),
      name: fc.string({ maxLength: 12 }),
      status: fc.constantFrom<ServiceStatus>('operating', 'developing', 'planned', 'absent'),
      level: fc.integer({ min: 0, max: 5 }),
      utilization: complete ? percentArbitrary : fc.option(percentArbitrary, { freq: 3 }),
      // Mostly left out (default true); sometimes explicitly applicable or not.
      applicable: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    })
    .map((s) => {
      const level = s.status === 'absent' ? 0 : s.status === 'operating' ? Math.max(1, s.level) : s.level;
      const service: { -readonly [K in keyof Omit<ServiceInput, 'id'>]: Omit<ServiceInput, 'id'>[K] } = {
        area: s.area,
        name: s.name,
        status: s.status,
        level,
      };
      if (s.status === 'operating' && s.utilization !== null) service.utilization = s.utilization;
      if (s.applicable !== undefined) service.applicable = s.applicable;
      return service;
    });
}

const ORDINAL_SCALE = { '0': 0, '1': 33.33, '2': 66.67, '3': 100 } as const;

/** A valid indicator without its id; `complete` never leaves it unanswered. */
export function indicatorArbitrary(complete = false): fc.Arbitrary<Omit<IndicatorInput, 'id'>> {
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => (complete ? arb : fc.option(arb, { freq: 4 }));
  const weight = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 2 });
  const likert = fc
    .record({
      min: fc.integer({ min: 0, max: 3 }),
      span: fc.integer({ min: 1, max: 9 }),
      at: fc.integer({ min: 0, max: 9 }),
      answered: maybe(fc.constant(true)),
      defaults: fc.boolean(),
      weight,
    })
    .map(({ min, span, at, answered, defaults, weight: w }) => {
      const lo = defaults ? 1 : min;
      const hi = defaults ? 5 : min + span;
      const value = answered === null ? null : lo + (at % (hi - lo + 1));
      return {
        kind: 'likert' as const,
        ...(defaults ? {} : { min: lo, max: hi }),
        value,
        ...(w === undefined ? {} : { weight: w }),
      };
    });
  const withWeight = <T extends object>(arb: fc.Arbitrary<T>) =>
    fc.tuple(arb, weight).map(([x, w]) => (w === undefined ? x : { ...x, weight: w }));
  return fc.oneof(
    likert,
    withWeight(fc.record({ kind: fc.constant('boolean' as const), value: maybe(fc.boolean()) })),
    withWeight(fc.record({ kind: fc.constant('percent' as const), value: maybe(percentArbitrary) })),
    withWeight(fc.record({ kind: fc.constant('score' as const), value: maybe(percentArbitrary) })),
    withWeight(
      fc.record({
        kind: fc.constant('ordinal' as const),
        scale: fc.constant(ORDINAL_SCALE),
        value: maybe(fc.oneof(fc.constantFrom('0', '1', '2', '3'), fc.integer({ min: 0, max: 3 }))),
      }),
    ),
    withWeight(
      fc
        .record({
          low: fc.integer({ min: -100, max: 100 }),
          span: fc.integer({ min: 1, max: 200 }),
          swap: fc.boolean(),
          direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
          value: maybe(fc.integer({ min: -400, max: 400 }).map((x) => x / 2)),
        })
        .map(({ low, span, swap, direction, value }) => ({
          kind: 'numeric' as const,
          low: swap ? low + span : low,
          high: swap ? low : low + span,
          direction,
          value,
        })),
    ),
  );
}

/** A valid dimension answer (indicators with unique ids and not all-zero weights, or a direct score). */
export function dimensionArbitrary(id: string, maxIndicators = 6, complete = false): fc.Arbitrary<DimensionInput> {
  const indicators = fc
    .uniqueArray(fc.tuple(idArbitrary, indicatorArbitrary(complete)), {
      minLength: 1,
      maxLength: maxIndicators,
      selector: ([indicatorId]) => indicatorId,
    })
    .map((list) => {
      const out = list.map(([indicatorId, indicator]) => ({ id: indicatorId, ...indicator }) as IndicatorInput);
      // The weights may not all be 0.
      if (out.every((i) => i.weight === 0)) out[0] = { ...out[0]!, weight: 1 };
      return { id, indicators: out };
    });
  return fc.oneof(
    { weight: 4, arbitrary: indicators },
    { weight: 1, arbitrary: percentArbitrary.map((score) => ({ id, score })) },
  );
}

/** A valid budget over `areaIds`, with string or number amounts. */
export function budgetArbitrary(areaIds: readonly string[]): fc.Arbitrary<BudgetInput> {
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.integer({ min: 0, max: 5_000_000_00 }).map((x) => (x / 100).toFixed(2)),
  );
  const line = fc
    .record({
      area: fc.constantFrom(...areaIds),
      year: fc.option(fc.integer({ min: 2010, max: 2016 }), { nil: undefined }),
      budget: amount,
      spending: amount,
    })
    .map((l) => (l.year === undefined ? { area: l.area, budget: l.budget, spending: l.spending } : l));
  return fc.record({ currency: fc.constant('KRW'), lines: fc.array(line, { maxLength: 6 }) });
}

/** A valid city assessment input (see the file header), its services always given (maybe none). */
export function cityInputArbitrary(options: CityArbitraryOptions = {}): fc.Arbitrary<CityInputWithServices> {
  const methodology = options.methodology ?? defaultMethodology;
  const complete = options.complete ?? false;
  const areaIds = methodology.areas.map((a) => a.id);
  const services = fc
    .uniqueArray(fc.tuple(idArbitrary, serviceArbitrary(areaIds, complete)), {
      maxLength: options.maxServices ?? 24,
      selector: ([id]) => id,
    })
    .map((list) => list.map(([id, service]) => ({ id, ...service })));
  const dimensionIds = methodology.dimensions.map((d) => d.id);
  const dimensions = (complete ? fc.constant(dimensionIds) : fc.subarray(dimensionIds)).chain((ids) =>
    ids.length === 0
      ? fc.constant([] as DimensionInput[])
      : fc.tuple(...ids.map((id) => dimensionArbitrary(id, options.maxIndicators ?? 6, complete))),
  );
  const budget =
    options.withBudget === false
      ? fc.constant(undefined)
      : fc.option(budgetArbitrary(areaIds), { nil: undefined, freq: 2 });
  return fc
    .record({ services, dimensions, budget, period: fc.option(fc.constantFrom('2014', '2015'), { nil: undefined }) })
    .map(({ services: s, dimensions: d, budget: b, period }) => {
      const input: { -readonly [K in keyof CityInputWithServices]: CityInputWithServices[K] } = {
        city: { id: 'city', name: 'City', country: 'KR' },
        services: s,
      };
      if (period !== undefined) input.period = period;
      if (d.length > 0) input.dimensions = d;
      if (b !== undefined) input.budget = b;
      return input;
    });
}

/** Assessment options: a policy, a minimum coverage and, sometimes, `explain: false`. */
export const assessOptionsArbitrary: fc.Arbitrary<AssessCityOptions> = fc.record({
  missingData: fc.constantFrom('exclude' as const, 'zero' as const),
  minCoverage: fc.constantFrom(0, 25, 50, 75, 100),
});

/** A methodology built from the default by spreading: random weights, aggregations and weighting. */
export const methodologyArbitrary: fc.Arbitrary<Methodology> = fc
  .record({
    area: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 4 })),
    overall: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 })),
    groups: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    dimensionWeights: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
    aggregation: fc.array(fc.constantFrom('arithmetic' as const, 'geometric' as const), { minLength: 5, maxLength: 5 }),
    areaWeighting: fc.constantFrom('equal' as const, 'services' as const),
  })
  .map(({ area, overall, groups, dimensionWeights, aggregation, areaWeighting }) => ({
    ...defaultMethodology,
    id: 'random',
    areaWeights: { operation: area[0], development: area[1], utilization: area[2] },
    overallWeights: { services: overall[0], readiness: overall[1] },
    groups: defaultMethodology.groups.map((g, i) => ({ ...g, weight: groups[i]! })),
    dimensions: defaultMethodology.dimensions.map((d, i) => ({ ...d, weight: dimensionWeights[i]! })),
    aggregation: {
      area: aggregation[0]!,
      dimension: aggregation[1]!,
      group: aggregation[2]!,
      readiness: aggregation[3]!,
      overall: aggregation[4]!,
    },
    areaWeighting,
  }));
