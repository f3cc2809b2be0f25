import { aggregate, type Aggregate, type AggregateItem } from '../core/aggregate.js';
import { ONE, ZERO, type Exact, type ExactLike } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import { bandOf } from '../core/levels.js';
import { roundScore } from '../core/round.js';
import { quoteList } from '../core/messages.js';
import type { ScoringPolicy } from './assess-options.js';
import type { NormalisedDimension } from './normalise.js';
import type { DimensionRow, Methodology, ScoreWithLevel } from './types.js';

/** A dimension's exact score and how it was made. @internal */
export interface DimensionScore {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  /** Where the score came from: indicators, a direct score, or nothing. */
  readonly source: NormalisedDimension['source'];
  /** The unrounded score, or null. */
  readonly score: Exact | null;
  readonly aggregate: Aggregate;
  readonly warnings: readonly CedsWarning[];
}

/** A group's (or the readiness') exact score and how it was made. @internal */
export interface GroupScore {
  readonly id: string;
  readonly label: string;
  readonly score: Exact | null;
  readonly aggregate: Aggregate;
}

/** Groups and the readiness (`Overall level`) of the Dimensions table. @internal */
export interface ReadinessScore {
  /** In methodology order. */
  readonly groups: readonly GroupScore[];
  /** The unrounded readiness, or null. */
  readonly score: Exact | null;
  readonly aggregate: Aggregate;
  readonly warnings: readonly CedsWarning[];
}

function missingEffect(policy: ScoringPolicy, within: string): string {
  return policy.aggregatorMissing === 'zero'
    ? `counted as 0 in ${within}`
    : `left out of ${within}, whose other weights were renormalised`;
}

/** A dimension's leaf: its normalised answers and the warnings about them. @internal */
export interface DimensionLeaf {
  readonly dimension: NormalisedDimension;
  readonly warnings: readonly CedsWarning[];
}

/**
 * A dimension's leaf: a dimension missing from the input gets a `missing-dimension` warning,
 * unanswered indicators a `missing-indicator` one.
 * @internal
 */
export function dimensionLeaf(dimension: NormalisedDimension, policy: ScoringPolicy): DimensionLeaf {
  const { definition } = dimension;
  const path = ['dimensions', definition.id];
  if (dimension.source === 'missing') {
    const message = `${definition.label} is not in the input; ${missingEffect(policy, 'its group')}`;
    return { dimension, warnings: [{ code: 'missing-dimension', path, message }] };
  }
  if (dimension.source === 'score') return { dimension, warnings: [] };
  const unanswered = dimension.indicators.filter((i) => i.score === null).map((i) => i.id);
  if (unanswered.length === 0) return { dimension, warnings: [] };
  const message = `${definition.label}: ${quoteList(unanswered)} not answered; ${missingEffect(policy, 'the dimension')}`;
  return { dimension, warnings: [{ code: 'missing-indicator', path, message }] };
}

/** The own weights of a dimension's indicators, in their normalised order. @internal */
export function indicatorWeights(dimension: NormalisedDimension): readonly number[] {
  return dimension.source === 'indicators' ? dimension.indicators.map((i) => i.weight) : [];
}

/**
 * A dimension's score: the aggregate of its indicator scores by `weights` (one per indicator,
 * `aggregation.dimension`), or its direct score; none when it is missing. Adds `below-coverage`
 * to the leaf's warnings when too little of the weight carries answers.
 * @internal
 */
export function combineDimension(
  leaf: DimensionLeaf,
  weights: readonly ExactLike[],
  methodology: Methodology,
  policy: ScoringPolicy,
): DimensionScore {
  const { dimension, warnings } = leaf;
  const { definition } = dimension;
  const base = { id: definition.id, label: definition.label, group: definition.group, source: dimension.source };
  if (dimension.source === 'missing') {
    const aggregateOfNothing: Aggregate = {
      value: null,
      coverage: ZERO,
      components: [],
      excluded: [{ id: definition.id, reason: 'not in the input' }],
      belowCoverage: false,
    };
    return { ...base, score: null, aggregate: aggregateOfNothing, warnings };
  }
  if (dimension.source === 'score') {
    // One component of weight 1 is its own mean under either aggregation; built directly so
    // that a direct score stays exact (a geometric exp(ln x) would not).
    const value = dimension.score ?? ZERO;
    const direct: Aggregate = {
      value,
      coverage: ONE,
      components: [{ id: 'score', value, weight: ONE, contribution: value }],
      excluded: [],
      belowCoverage: false,
    };
    return { ...base, score: value, aggregate: direct, warnings };
  }
  const items = dimension.indicators.map((i, index) => ({
    id: i.id,
    value: i.score,
    weight: weights[index]!,
    reason: 'not answered',
  }));
  const result = aggregate(items, {
    method: methodology.aggregation.dimension,
    missing: policy.aggregatorMissing,
    minCoverage: policy.minShare,
    components: policy.components,
  });
  if (!result.belowCoverage) return { ...base, score: result.value, aggregate: result, warnings };
  const warning: CedsWarning = {
    code: 'below-coverage',
    path: ['dimensions', definition.id],
    message: `${definition.label} has answers for less than ${policy.minCoverage} % of its weight, so it has no score`,
  };
  return { ...base, score: result.value, aggregate: result, warnings: [...warnings, warning] };
}

/**
 * Scores one dimension with its own indicator weights: `dimensionLeaf`, then `combineDimension`.
 * @internal
 */
export function scoreDimension(
  dimension: NormalisedDimension,
  methodology: Methodology,
  policy: ScoringPolicy,
): DimensionScore {
  return combineDimension(dimensionLeaf(dimension, policy), indicatorWeights(dimension), methodology, policy);
}

/**
 * The leaves of every dimension of the methodology, in methodology order. When the input gave
 * no dimension at all, one `no-readiness-data` warning replaces the `missing-dimension` ones.
 * @internal
 */
export function dimensionLeaves(
  dimensions: readonly NormalisedDimension[],
  dimensionsGiven: boolean,
  policy: ScoringPolicy,
): { leaves: DimensionLeaf[]; warnings: CedsWarning[] } {
  if (dimensionsGiven || dimensions.length === 0)
    return { leaves: dimensions.map((d) => dimensionLeaf(d, policy)), warnings: [] };
  const warning: CedsWarning = {
    code: 'no-readiness-data',
    path: ['dimensions'],
    message: 'No readiness dimension was given, so the Dimensions table has no scores',
  };
  return { leaves: dimensions.map((dimension) => ({ dimension, warnings: [] })), warnings: [warning] };
}

/** The weights of the readiness tree: per group and per dimension, in methodology order. @internal */
export interface ReadinessWeights<W extends ExactLike = ExactLike> {
  readonly groups: readonly W[];
  readonly dimensions: readonly W[];
}

/** The methodology's own group and dimension weights. @internal */
export function readinessWeights(methodology: Methodology): ReadinessWeights<number> {
  return { groups: methodology.groups.map((g) => g.weight), dimensions: methodology.dimensions.map((d) => d.weight) };
}

/**
 * The groups (aggregate of their dimensions by dimension weight, `aggregation.group`) and the
 * readiness (aggregate of the groups by group weight, `aggregation.readiness`), from unrounded
 * dimension scores. Re-score one dimension and call this again to recombine.
 * @internal
 */
export function scoreReadiness(
  dimensions: readonly DimensionScore[],
  methodology: Methodology,
  policy: ScoringPolicy,
  weights: ReadinessWeights = readinessWeights(methodology),
): ReadinessScore {
  const warnings: CedsWarning[] = [];
  const weightOf = new Map(methodology.dimensions.map((d, i) => [d.id, weights.dimensions[i]!]));
  const options = {
    missing: policy.aggregatorMissing,
    minCoverage: policy.minShare,
    components: policy.components,
  } as const;
  // Each group's members in one pass: linear in the number of dimensions.
  const members = new Map<string, AggregateItem[]>();
  for (const d of dimensions) {
    const item: AggregateItem = {
      id: d.id,
      value: d.score,
      weight: weightOf.get(d.id) ?? 0,
      reason: d.source === 'missing' ? 'not in the input' : 'no score (too little data)',
    };
    const list = members.get(d.group);
    if (list === undefined) members.set(d.group, [item]);
    else list.push(item);
  }
  const groups = methodology.groups.map((group): GroupScore => {
    const items = members.get(group.id) ?? [];
    const result = aggregate(items, { ...options, method: methodology.aggregation.group });
    if (result.belowCoverage) {
      warnings.push({
        code: 'below-coverage',
        path: ['groups', group.id],
        message: `The ${group.label} group has scored dimensions for less than ${policy.minCoverage} % of its weight, so it has no score`,
      });
    }
    return { id: group.id, label: group.label, score: result.value, aggregate: result };
  });
  const items = groups.map((g, i) => ({
    id: g.id,
    value: g.score,
    weight: weights.groups[i]!,
    reason: 'no score',
  }));
  const readiness = aggregate(items, { ...options, method: methodology.aggregation.readiness });
  if (readiness.belowCoverage) {
    warnings.push({
      code: 'below-coverage',
      path: ['readiness'],
      message: `The readiness (Overall level) has scored groups for less than ${policy.minCoverage} % of its weight, so it has no score`,
    });
  }
  return { groups, score: readiness.value, aggregate: readiness, warnings };
}

/** A score and the level of its rounded value. @internal */
export function scoreWithLevel(value: Exact | null, methodology: Methodology): ScoreWithLevel {
  if (value === null) return { score: null, level: null };
  const score = roundScore(value, methodology.precision);
  return { score, level: bandOf(score, methodology.levels) };
}

/** A row of the Dimensions table. @internal */
export function dimensionRow(dimension: DimensionScore, methodology: Methodology): DimensionRow {
  return {
    id: dimension.id,
    label: dimension.label,
    group: dimension.group,
    ...scoreWithLevel(dimension.score, methodology),
  };
}
