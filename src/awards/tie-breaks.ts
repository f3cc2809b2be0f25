import { roundFraction } from './fraction.js';
import type { AggregatedEntry } from './entry-aggregates.js';
import type { AwardProgram, TieBreak } from './types.js';

/** The value of tie-break step `step` for one entry (higher is better), rounded like the aggregate. @internal */
export type TieBreakKey = (step: number) => number;

/** How a tie-break step is named in results: `median`, `mean`, `criterion:<id>` or `criteria:<id>+<id>`. @internal */
export function tieBreakLabel(step: TieBreak): string {
  return typeof step === 'string'
    ? step
    : 'criterion' in step
      ? `criterion:${step.criterion}`
      : `criteria:${step.criteria.join('+')}`;
}

/**
 * The tie-break keys of the program's chain for a ranked entry, each computed when first
 * needed: `median` and `mean` of the counted totals; `{ criterion }` the criterion's panel mark
 * (under `by: 'judge'`, the mean raw score of the counted judges); `{ criteria }` the sum of the
 * points of those criteria, exact, rounded once to the program's precision.
 * @internal
 */
export function tieBreakKeys(
  program: AwardProgram,
): (entry: Pick<AggregatedEntry, 'lines' | 'median' | 'mean'>) => TieBreakKey {
  const { tieBreak: steps, precision } = program.rules;
  const criterionIndex = new Map(program.rubric.criteria.map((c, i) => [c.id, i]));
  return (entry) => {
    const memo: (number | undefined)[] = [];
    // A ranked entry has counted sheets, so it has its lines.
    const lines = entry.lines!;
    return (step) => {
      let value = memo[step];
      if (value === undefined) {
        const rule = steps[step]!;
        if (rule === 'median') value = entry.median!;
        else if (rule === 'mean') value = entry.mean!;
        else if ('criterion' in rule) value = lines.lines[criterionIndex.get(rule.criterion)!]!.panelMark;
        else {
          let sum = 0n;
          for (const id of rule.criteria) sum += lines.exact[criterionIndex.get(id)!]!;
          value = roundFraction(sum, lines.unit, precision);
        }
        memo[step] = value;
      }
      return value;
    };
  };
}
