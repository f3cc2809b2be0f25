import { aggregate, type Aggregate } from '../core/aggregate.js';
import { ONE, ZERO, type Exact } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import { bandOf } from '../core/levels.js';
import { roundScore } from '../core/round.js';
import { quoteList } from '../core/messages.js';
import type { ScoringPolicy } from './assess-options.js';
import type { NormalisedDimension } from './normalise.js';
import type { DimensionGroupId, DimensionRow, Methodology, ScoreWithLevel } from './types.js';

/** A dimension's exact score and how it was made. @internal */
export interface DimensionScore {
  readonly id: string;
  readonly label: string;
  readonly group: DimensionGroupId;
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

/**
 * Scores one dimension: the aggregate of its indicator scores by indicator weight
 * (`aggregation.dimension`), or its direct score. A dimension missing from the input has no
 * score and a `missing-dimension` warning.
 * @internal
 */
export function scoreDimension(
  dimension: NormalisedDimension,
  methodology: Methodology,
  policy: ScoringPolicy,
): DimensionScore {
  const { definition } = dimension;
  const base = { id: definition.id, label: definition.label, group: definition.group, source: dimension.source };
  const path = ['dimensions', definition.id];
  if (dimension.source === 'missing') {
    const aggregateOfNothing: Aggregate = {
      value: null,
      coverage: ZERO,
      components: [],
      excluded: [{ id: definition.id, reason: 'not in the input' }],
      belowCoverage: false,
    };
    const message = `${definition.label} is not in the input; ${missingEffect(policy, 'its group')}`;
    return {
      ...base,
      score: null,
      aggregate: aggregateOfNothing,
      warnings: [{ code: 'missing-dimension', path, message }],
    };
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
    return { ...base, score: value, aggregate: direct, warnings: [] };
  }
  const items = dimension.indicators.map((i) => ({
    id: i.id,
    value: i.score,
    weight: i.weight,
    reason: 'not answered',
  }));
  const result = aggregate(items, {
    method: methodology.aggregation.dimension,
    missing: policy.aggregatorMissing,
    minCoverage: policy.minShare,
    components: policy.components,
  });
  const warnings: CedsWarning[] = [];
  const unanswered = dimension.indicators.filter((i) => i.score === null).map((i) => i.id);
  if (unanswered.length > 0) {
    warnings.push({
      code: 'missing-indicator',
      path,
      message: `${definition.label}: ${quoteList(unanswered)} not answered; ${missingEffect(policy, 'the dimension')}`,
    });
  }
  if (result.belowCoverage) {
    warnings.push({
      code: 'below-coverage',
      path,
      message: `${definition.label} has answers for less than ${policy.minCoverage} % of its weight, so it has no score`,
    });
  }
  return { ...base, score: result.value, aggregate: result, warnings };
}

/**
 * Scores every dimension of the methodology, in methodology order. When the input gave no
 * dimension at all, one `no-readiness-data` warning replaces the six `missing-dimension` ones.
 * @internal
 */
export function scoreDimensions(
  dimensions: readonly NormalisedDimension[],
  dimensionsGiven: boolean,
  methodology: Methodology,
  policy: ScoringPolicy,
): { dimensions: DimensionScore[]; warnings: CedsWarning[] } {
  const scores = dimensions.map((d) => scoreDimension(d, methodology, policy));
  if (dimensionsGiven || scores.length === 0) return { dimensions: scores, warnings: [] };
  const warning: CedsWarning = {
    code: 'no-readiness-data',
    path: ['dimensions'],
    message: 'No readiness dimension was given, so the Dimensions table has no scores',
  };
  return { dimensions: scores.map((d) => ({ ...d, warnings: [] })), warnings: [warning] };
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
): ReadinessScore {
  const warnings: CedsWarning[] = [];
  const weightOf = new Map(methodology.dimensions.map((d) => [d.id, d.weight]));
  const options = {
    missing: policy.aggregatorMissing,
    minCoverage: policy.minShare,
    components: policy.components,
  } as const;
  const groups = methodology.groups.map((group): GroupScore => {
    const items = dimensions
      .filter((d) => d.group === group.id)
      .map((d) => ({
        id: d.id,
        value: d.score,
        weight: weightOf.get(d.id) ?? 0,
        reason: d.source === 'missing' ? 'not in the input' : 'no score (too little data)',
      }));
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
    weight: methodology.groups[i]!.weight,
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
