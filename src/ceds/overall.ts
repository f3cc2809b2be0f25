import { aggregate, type Aggregate, type AggregateItem } from '../core/aggregate.js';
import { exact, type Exact, type ExactLike } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import type { Methodology } from './types.js';

/** The weights of the two sides in the overall score. @internal */
export interface OverallSideWeights<W extends ExactLike = ExactLike> {
  readonly services: W;
  readonly readiness: W;
}

// Names the sides the methodology has, for the `no-score` message.
function noScoreSubject(sides: readonly string[]): string {
  if (sides.length === 2) return 'Neither the services Average nor the readiness has a score';
  return sides[0] === 'services' ? 'The services Average has no score' : 'The readiness has no score';
}

/** The overall score and how it was made. @internal */
export interface OverallScore {
  /** The unrounded overall score, or null. */
  readonly score: Exact | null;
  readonly aggregate: Aggregate;
  readonly warnings: readonly CedsWarning[];
}

/**
 * The overall score: the aggregate of the unrounded services `Average` score and the
 * unrounded readiness, by `overallWeights` (`aggregation.overall`). When one side has no
 * score the other stands alone (`one-side-only`); no coverage threshold applies here.
 * @internal
 */
export function scoreOverall(
  average: Exact | null,
  readiness: Exact | null,
  methodology: Methodology,
  components = true,
  weights: OverallSideWeights = methodology.overallWeights,
): OverallScore {
  // Only the sides the methodology has: an index without service areas (or without
  // dimensions) is scored on its one side, which is not "one side only".
  const items: AggregateItem[] = [];
  if (methodology.areas.length > 0)
    items.push({
      id: 'services',
      value: average,
      weight: weights.services,
      reason: 'the services Average has no score',
    });
  if (methodology.dimensions.length > 0)
    items.push({
      id: 'readiness',
      value: readiness,
      weight: weights.readiness,
      reason: 'the readiness (Overall level) has no score',
    });
  // Missing data was already handled below this level: a side without a score is left out.
  const result = aggregate(items, {
    method: methodology.aggregation.overall,
    missing: 'exclude',
    minCoverage: 0,
    components,
  });
  const warnings: CedsWarning[] = [];
  if (result.value === null) {
    warnings.push({
      code: 'no-score',
      path: ['overall'],
      message: `${noScoreSubject(items.map((i) => i.id))}, so there is no overall score`,
    });
  } else {
    const missing = items.find((i) => i.value === null && exact(i.weight).greaterThan(0));
    if (missing) {
      const other = missing.id === 'services' ? 'the readiness' : 'the services Average';
      warnings.push({
        code: 'one-side-only',
        path: ['overall'],
        message: `The overall score is ${other} alone: ${missing.reason}`,
      });
    }
  }
  return { score: result.value, aggregate: result, warnings };
}
