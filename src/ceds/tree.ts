// The scoring tree of a methodology, in two steps: the leaves (what the city's answers give and
// no weight changes: area rates, indicator scores, direct scores, and the warnings about them),
// then the combination of the leaves by weights, up to the overall score. `assessCity` combines
// with the methodology's own weights; `analyzeSensitivity` combines the same leaves, once per
// run, with drawn weights; `findConsiderations` re-combines one changed leaf. One tree, one
// implementation.
import type { CedsWarning } from '../core/errors.js';
import type { ExactLike } from '../core/decimal.js';
import type { ScoringPolicy } from './assess-options.js';
import {
  areaLeaves,
  averageRates,
  combineArea,
  scoreAverageScore,
  type AreaFigures,
  type AreaLeaf,
  type AreaRateWeights,
  type AreaScore,
  type AverageRates,
} from './areas.js';
import {
  combineDimension,
  dimensionLeaves,
  indicatorWeights,
  readinessWeights,
  scoreReadiness,
  type DimensionLeaf,
  type DimensionScore,
  type ReadinessScore,
  type ReadinessWeights,
} from './dimensions.js';
import type { NormalisedCity } from './normalise.js';
import { scoreOverall, type OverallScore, type OverallSideWeights } from './overall.js';
import type { Methodology } from './types.js';

/** What a city's answers give, before any weight: the leaves of the tree. @internal */
export interface CityLeaves {
  /** In report order. */
  readonly areas: readonly AreaLeaf[];
  /** Total service and the rates of the `Average` row. */
  readonly average: AverageRates;
  /** In methodology order. */
  readonly dimensions: readonly DimensionLeaf[];
  /** Warnings about the input as a whole (e.g. `no-readiness-data`). */
  readonly warnings: readonly CedsWarning[];
}

/** Every weight of the tree, in the order of the nodes it weighs. @internal */
export interface TreeWeights<W extends ExactLike = ExactLike> {
  /** The three rates inside every area score. */
  readonly areaRates: AreaRateWeights<W>;
  /** The two sides of the overall score. */
  readonly overall: OverallSideWeights<W>;
  /** Groups and dimensions, in methodology order. */
  readonly readiness: ReadinessWeights<W>;
  /** Per dimension (methodology order), its indicators' weights in their normalised order. */
  readonly indicators: readonly (readonly W[])[];
}

/** Every exact figure of an assessment, before rounding. @internal */
export interface CityScores {
  /** In report order. */
  readonly areas: readonly AreaScore[];
  readonly average: AreaFigures;
  /** In methodology order. */
  readonly dimensions: readonly DimensionScore[];
  readonly readiness: ReadinessScore;
  readonly overall: OverallScore;
  /** Warnings about the input as a whole (e.g. `no-readiness-data`). */
  readonly warnings: readonly CedsWarning[];
}

/** The leaves of a normalised city. @internal */
export function cityLeaves(city: NormalisedCity, methodology: Methodology, policy: ScoringPolicy): CityLeaves {
  const areas = areaLeaves(city.services, methodology, policy);
  const dimensions = dimensionLeaves(city.dimensions, city.dimensionsGiven, policy);
  return {
    areas,
    average: averageRates(areas, methodology),
    dimensions: dimensions.leaves,
    warnings: dimensions.warnings,
  };
}

/** The methodology's own weights for a city's leaves. @internal */
export function ownWeights(methodology: Methodology, leaves: CityLeaves): TreeWeights<number> {
  const { areaWeights, overallWeights } = methodology;
  return {
    areaRates: areaWeights,
    overall: overallWeights,
    readiness: readinessWeights(methodology),
    indicators: leaves.dimensions.map((leaf) => indicatorWeights(leaf.dimension)),
  };
}

/**
 * Combines the leaves by the weights: areas → `Average`, dimensions → groups → readiness, and
 * the overall score from the sides the methodology has.
 * @internal
 */
export function combineCity(
  leaves: CityLeaves,
  weights: TreeWeights,
  methodology: Methodology,
  policy: ScoringPolicy,
): CityScores {
  const areas = leaves.areas.map((leaf) => combineArea(leaf, weights.areaRates, methodology, policy));
  const averageScore = scoreAverageScore(areas, methodology, policy.components);
  const average: AreaFigures = { ...leaves.average, score: averageScore.value, aggregate: averageScore };
  const dimensions = leaves.dimensions.map((leaf, i) =>
    combineDimension(leaf, weights.indicators[i]!, methodology, policy),
  );
  const readiness = scoreReadiness(dimensions, methodology, policy, weights.readiness);
  const overall = scoreOverall(average.score, readiness.score, methodology, policy.components, weights.overall);
  return { areas, average, dimensions, readiness, overall, warnings: leaves.warnings };
}

/**
 * Computes every exact figure of a normalised city with the methodology's own weights.
 * @internal
 */
export function scoreCity(city: NormalisedCity, methodology: Methodology, policy: ScoringPolicy): CityScores {
  const leaves = cityLeaves(city, methodology, policy);
  return combineCity(leaves, ownWeights(methodology, leaves), methodology, policy);
}
