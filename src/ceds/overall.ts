import { aggregate, type Aggregate } from '../core/aggregate.js';
import type { Exact } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import type { Methodology } from './types.js';

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
): OverallScore {
  const weights = methodology.overallWeights;
  const items = [
    { id: 'services', value: average, weight: weights.services, reason: 'the services Average has no score' },
    {
      id: 'readiness',
      value: readiness,
      weight: weights.readiness,
      reason: 'the readiness (Overall level) has no score',
    },
  ];
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
      message: 'Neither the services Average nor the readiness has a score, so there is no overall score',
    });
  } else {
    const missing = items.find((i) => i.value === null && i.weight > 0);
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
