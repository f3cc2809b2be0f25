import type { Aggregate, Aggregation } from '../core/aggregate.js';
import { roundScore } from '../core/round.js';
import type { Explanation } from './types.js';

/**
 * Turns an aggregate into the `Explanation` of a result: exact values as plain decimal strings
 * (never exponent notation), the counted components whose contributions add up exactly to
 * `unrounded`, and the excluded ones with their reasons. An aggregate withheld for low
 * coverage lists its would-be components as excluded, so the components always sum to
 * `unrounded`.
 * @internal
 */
export function explainAggregate(
  aggregate: Aggregate,
  method: Aggregation,
  precision: number,
  minCoverage: number,
): Explanation {
  const coverage = roundScore(aggregate.coverage.times(100), precision);
  if (aggregate.value === null) {
    const reason = `coverage ${coverage} % is below the minimum of ${minCoverage} %`;
    const withheld = aggregate.belowCoverage ? aggregate.components.map((c) => ({ id: c.id, reason })) : [];
    return {
      method,
      score: null,
      unrounded: null,
      coverage,
      components: [],
      excluded: [...aggregate.excluded, ...withheld],
    };
  }
  // Equal weights share one Decimal, so each distinct weight is written out once.
  const weights = new Map<Aggregate['components'][number]['weight'], string>();
  const weightString = (w: Aggregate['components'][number]['weight']): string => {
    let text = weights.get(w);
    if (text === undefined) weights.set(w, (text = w.toFixed()));
    return text;
  };
  return {
    method,
    score: roundScore(aggregate.value, precision),
    unrounded: aggregate.value.toFixed(),
    coverage,
    components: aggregate.components.map((c) => ({
      id: c.id,
      value: c.value.toFixed(),
      weight: weightString(c.weight),
      contribution: c.contribution.toFixed(),
    })),
    excluded: aggregate.excluded.map((e) => ({ id: e.id, reason: e.reason })),
  };
}
