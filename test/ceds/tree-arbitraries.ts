// fast-check generators of random scoring trees and of valid city inputs for them, for the
// properties that must hold on any methodology, not only on the CeDS presets: 0–6 service
// areas, 1–5 groups holding 1–12 dimensions (or a services-only tree with neither), weights
// that are integers or decimals of up to 6 places (some 0, never all 0 in one list), random
// aggregations, area weighting, 2–6 level bands, precision 0–4 and missing-data rules.
import { fc } from '@fast-check/vitest';
import { defineMethodology } from '../../src/index.js';
import type {
  Aggregation,
  AreaDefinition,
  CityAssessmentInput,
  DimensionDefinition,
  DimensionGroupDefinition,
  DimensionInput,
  IndicatorInput,
  LevelBand,
  Methodology,
  MissingDataPolicy,
  ServiceInput,
} from '../../src/index.js';
import { budgetArbitrary, dimensionArbitrary, serviceArbitrary } from './arbitraries.js';

/** A weight above 0: a small integer, or a decimal of 1 to 6 places. */
export const positiveWeightArbitrary: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 6 }))
      // A quotient of integers is the double nearest the decimal, which reads back as exactly it.
      .map(([units, places]) => units / 10 ** places),
  },
);

/** A weight, sometimes 0. */
export const weightArbitrary: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: positiveWeightArbitrary },
  { weight: 1, arbitrary: fc.constant(0) },
);

/** `length` weights, some perhaps 0 but never all of them. */
export function weightListArbitrary(length: number): fc.Arbitrary<number[]> {
  return fc
    .tuple(fc.array(weightArbitrary, { minLength: length, maxLength: length }), fc.nat(), positiveWeightArbitrary)
    .map(([weights, at, positive]) =>
      weights.every((w) => w === 0) ? weights.map((w, i) => (i === at % length ? positive : w)) : weights,
    );
}

/** An id: mostly a slug, sometimes a string a lookup by plain object would trip on. */
export const treeIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('average', 'overall', 'readiness', '__proto__', 'constructor', 'a.b', 'É x', '0'),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) },
);

const labelArbitrary = fc.string({ minLength: 1, maxLength: 8 });

function uniqueIds(count: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(treeIdArbitrary, { minLength: count, maxLength: count });
}

/** How big a tree is: its numbers of areas, groups and dimensions. */
interface TreeSize {
  readonly areas: number;
  readonly groups: number;
  readonly dimensions: number;
}

const treeSizeArbitrary: fc.Arbitrary<TreeSize> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 5 }))
      .chain(([areas, groups]) =>
        fc.integer({ min: groups, max: 12 }).map((dimensions) => ({ areas, groups, dimensions })),
      ),
  },
  // A services-only index: no groups, no dimensions.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }).map((areas) => ({ areas, groups: 0, dimensions: 0 })) },
);

/** Areas in report order: strictly increasing `order`, which may start below 0. */
function areasArbitrary(count: number): fc.Arbitrary<AreaDefinition[]> {
  return fc
    .tuple(
      uniqueIds(count),
      fc.array(labelArbitrary, { minLength: count, maxLength: count }),
      fc.integer({ min: -3, max: 3 }),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: count, maxLength: count }),
    )
    .map(([ids, labels, start, steps]) => {
      let order = start;
      return ids.map((id, i) => {
        order += steps[i]!;
        return { id, label: labels[i]!, order };
      });
    });
}

/**
 * Groups and their dimensions: the first dimensions fill one group each (so that no group is
 * empty), the rest go to random groups, and the dimensions are listed in a random order. The
 * dimension weights are drawn per group, so no group has only zero weights.
 */
function readinessArbitrary(
  groupCount: number,
  dimensionCount: number,
): fc.Arbitrary<{ groups: DimensionGroupDefinition[]; dimensions: DimensionDefinition[] }> {
  if (groupCount === 0) return fc.constant({ groups: [], dimensions: [] });
  const members = fc
    .array(fc.nat({ max: groupCount - 1 }), {
      minLength: dimensionCount - groupCount,
      maxLength: dimensionCount - groupCount,
    })
    .map((rest) => [...Array.from({ length: groupCount }, (_, g) => g), ...rest]);
  return fc
    .tuple(
      uniqueIds(groupCount),
      fc.array(labelArbitrary, { minLength: groupCount, maxLength: groupCount }),
      weightListArbitrary(groupCount),
      uniqueIds(dimensionCount),
      fc.array(labelArbitrary, { minLength: dimensionCount, maxLength: dimensionCount }),
      members,
    )
    .chain(([groupIds, groupLabels, groupWeights, dimensionIds, dimensionLabels, groupOf]) => {
      const sizes = groupIds.map((_, g) => groupOf.filter((x) => x === g).length);
      return fc
        .tuple(
          fc.tuple(...sizes.map(weightListArbitrary)),
          fc.shuffledSubarray(
            dimensionIds.map((_, i) => i),
            { minLength: dimensionCount, maxLength: dimensionCount },
          ),
        )
        .map(([weightsPerGroup, order]) => {
          const next = sizes.map(() => 0);
          const dimensions = dimensionIds.map((id, i): DimensionDefinition => {
            const g = groupOf[i]!;
            const weight = weightsPerGroup[g]![next[g]!]!;
            next[g]! += 1;
            return { id, label: dimensionLabels[i]!, group: groupIds[g]!, weight };
          });
          return {
            groups: groupIds.map((id, g) => ({ id, label: groupLabels[g]!, weight: groupWeights[g]! })),
            dimensions: order.map((i) => dimensions[i]!),
          };
        });
    });
}

/** 2–6 bands numbered 1..n, the first from 0, the others at strictly increasing minima below 100. */
export const levelBandsArbitrary: fc.Arbitrary<LevelBand[]> = fc
  .integer({ min: 2, max: 6 })
  .chain((count) =>
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: count - 1, maxLength: count - 1 }),
      fc.array(labelArbitrary, { minLength: count, maxLength: count }),
    ),
  )
  .map(([hundredths, names]) => {
    const mins = [0, ...[...hundredths].sort((a, b) => a - b).map((h) => h / 100)];
    return mins.map((min, i) => ({ level: i + 1, name: names[i]!, min }));
  });

const aggregationArbitrary = fc.constantFrom<Aggregation>('arithmetic', 'geometric');

/** Weights of the overall score: the sides the methodology has are never all 0. */
function overallWeightsArbitrary(size: TreeSize): fc.Arbitrary<{ services: number; readiness: number }> {
  if (size.areas > 0 && size.dimensions > 0)
    return weightListArbitrary(2).map(([services, readiness]) => ({ services: services!, readiness: readiness! }));
  // The weight of a side the methodology does not have is anything: it must not count.
  return fc
    .tuple(positiveWeightArbitrary, weightArbitrary)
    .map(([own, other]) =>
      size.areas > 0 ? { services: own, readiness: other } : { services: other, readiness: own },
    );
}

/** A valid methodology of random shape, built (and so validated) by `defineMethodology`. */
export const methodologyTreeArbitrary: fc.Arbitrary<Methodology> = treeSizeArbitrary.chain((size) =>
  fc
    .record({
      areas: areasArbitrary(size.areas),
      readiness: readinessArbitrary(size.groups, size.dimensions),
      areaWeights: weightListArbitrary(3),
      overallWeights: overallWeightsArbitrary(size),
      areaWeighting: fc.constantFrom('equal' as const, 'services' as const),
      aggregation: fc.tuple(
        aggregationArbitrary,
        aggregationArbitrary,
        aggregationArbitrary,
        aggregationArbitrary,
        aggregationArbitrary,
      ),
      levels: levelBandsArbitrary,
      precision: fc.integer({ min: 0, max: 4 }),
      policy: fc.oneof(
        { weight: 3, arbitrary: fc.constant<MissingDataPolicy>('exclude') },
        { weight: 2, arbitrary: fc.constant<MissingDataPolicy>('zero') },
        { weight: 1, arbitrary: fc.constant<MissingDataPolicy>('error') },
      ),
      // Often 0, so that most cases keep an overall score to work on.
      minCoverage: fc.oneof(
        { weight: 3, arbitrary: fc.constant(0) },
        { weight: 3, arbitrary: fc.constantFrom(25, 50, 75, 100) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100) },
      ),
    })
    .map((t) =>
      defineMethodology({
        id: 'random-tree',
        version: '1',
        label: 'A random tree',
        areas: t.areas,
        groups: t.readiness.groups,
        dimensions: t.readiness.dimensions,
        areaWeights: { operation: t.areaWeights[0]!, development: t.areaWeights[1]!, utilization: t.areaWeights[2]! },
        overallWeights: t.overallWeights,
        areaWeighting: t.areaWeighting,
        aggregation: {
          area: t.aggregation[0],
          dimension: t.aggregation[1],
          group: t.aggregation[2],
          readiness: t.aggregation[3],
          overall: t.aggregation[4],
        },
        levels: t.levels,
        precision: t.precision,
        missingData: { policy: t.policy, minCoverage: t.minCoverage },
      }),
    ),
);

export interface TreeCityOptions {
  /** At most this many services (default 10). */
  readonly maxServices?: number;
  /** At most this many indicators per dimension (default 4). */
  readonly maxIndicators?: number;
  /** No missing data; always so under a methodology whose policy is `error`. */
  readonly complete?: boolean;
  /** Sometimes a budget too, when the methodology has areas (default true). */
  readonly withBudget?: boolean;
}

/** A dimension's answers, with some indicator weights turned into decimals. */
function treeDimensionArbitrary(id: string, maxIndicators: number, complete: boolean): fc.Arbitrary<DimensionInput> {
  return dimensionArbitrary(id, maxIndicators, complete).chain((dimension) => {
    const indicators = dimension.indicators;
    if (indicators === undefined) return fc.constant(dimension);
    const decimals = fc.option(positiveWeightArbitrary, { nil: undefined, freq: 3 });
    return fc.tuple(...indicators.map(() => decimals)).map((weights) => ({
      ...dimension,
      // Only a positive weight replaces one, so the weights never become all 0.
      indicators: indicators.map((i, n): IndicatorInput =>
        weights[n] === undefined ? i : { ...i, weight: weights[n] },
      ),
    }));
  });
}

/**
 * A valid city input for `methodology`: services in its areas (or none, or no `services` key),
 * some of its dimensions (all under `complete`), each with indicators of every kind or a
 * direct score, and sometimes a budget.
 */
export function treeCityArbitrary(
  methodology: Methodology,
  options: TreeCityOptions = {},
): fc.Arbitrary<CityAssessmentInput> {
  const complete = options.complete === true || methodology.missingData.policy === 'error';
  const areaIds = methodology.areas.map((a) => a.id);
  const serviceList =
    areaIds.length === 0
      ? fc.constant([] as ServiceInput[])
      : fc
          .uniqueArray(fc.tuple(treeIdArbitrary, serviceArbitrary(areaIds, complete)), {
            maxLength: options.maxServices ?? 10,
            selector: ([id]) => id,
          })
          .map((list) => list.map(([id, service]): ServiceInput => ({ id, ...service })));
  const services = fc.option(serviceList, { nil: undefined, freq: 6 });
  const dimensionIds = methodology.dimensions.map((d) => d.id);
  const dimensions = (complete ? fc.constant(dimensionIds) : fc.subarray(dimensionIds)).chain((ids) =>
    fc.tuple(...ids.map((id) => treeDimensionArbitrary(id, options.maxIndicators ?? 4, complete))),
  );
  const budget =
    options.withBudget === false || areaIds.length === 0
      ? fc.constant(undefined)
      : fc.option(budgetArbitrary(areaIds), { nil: undefined, freq: 4 });
  return fc
    .record({ services, dimensions, budget, omitDimensions: fc.boolean() })
    .map(({ services: s, dimensions: d, budget: b, omitDimensions }) => {
      const input: { -readonly [K in keyof CityAssessmentInput]: CityAssessmentInput[K] } = {
        city: { id: 'city', name: 'City' },
      };
      if (s !== undefined) input.services = s;
      // No dimension given: sometimes `dimensions: []`, sometimes no key at all.
      if (d.length > 0 || !omitDimensions) input.dimensions = d;
      if (b !== undefined) input.budget = b;
      return input;
    });
}

/** A random methodology and a valid input for it. */
export interface TreeCase {
  readonly methodology: Methodology;
  readonly input: CityAssessmentInput;
}

/** A random tree and a valid city input for it. */
export function treeCaseArbitrary(options: TreeCityOptions = {}): fc.Arbitrary<TreeCase> {
  return methodologyTreeArbitrary.chain((methodology) =>
    treeCityArbitrary(methodology, options).map((input) => ({ methodology, input })),
  );
}

/** A random tree and 1 to `maxCities` valid inputs for it, with distinct city ids. */
export function treeCohortArbitrary(
  maxCities = 6,
  options: TreeCityOptions = {},
): fc.Arbitrary<{ methodology: Methodology; inputs: CityAssessmentInput[] }> {
  return methodologyTreeArbitrary.chain((methodology) =>
    fc.array(treeCityArbitrary(methodology, options), { minLength: 1, maxLength: maxCities }).map((inputs) => ({
      methodology,
      inputs: inputs.map((input, i) => ({ ...input, city: { id: `city-${i}`, name: `City ${i}` } })),
    })),
  );
}
