import { roundFraction } from './fraction.js';
import type { AggregatedEntry } from './entry-aggregates.js';
import type { ScoreTable } from './submissions.js';
import type { RubricLayout } from './totals.js';
import type { AwardProgram, TieBreak } from './types.js';

/** The value of tie-break step `step` for one entry (higher is better), rounded like the aggregate. @internal */
export type TieBreakKey = (step: number) => number;

/** How a tie-break step is named in results: `median`, `mean` or `criterion:<id>`. @internal */
export function tieBreakLabel(step: TieBreak): string {
  return typeof step === 'string' ? step : `criterion:${step.criterion}`;
}

/**
 * The tie-break keys of the program's chain for an entry, each computed when first needed:
 * `median` and `mean` of the counted totals, `{ criterion }` the mean raw score of the counted
 * judges on that criterion, rounded to the program's precision.
 * @internal
 */
export function tieBreakKeys(
  program: AwardProgram,
  table: ScoreTable,
  layout: RubricLayout,
): (entry: Pick<AggregatedEntry, 'row' | 'counted' | 'median' | 'mean'>) => TieBreakKey {
  const { criteria } = program.rubric;
  const { tieBreak: steps, precision } = program.rules;
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const criterionMean = (entry: Pick<AggregatedEntry, 'row' | 'counted'>, criterionId: string): number => {
    const c = criterionIndex.get(criterionId)!;
    const sheets = table.sheets[entry.row]!;
    let sum = 0n;
    // A counted sheet is complete: it holds every criterion.
    for (const s of entry.counted)
      sum += BigInt(Math.round(table.scores[sheets.get(s.judge)!.get(c)!]!.value * layout.scale));
    return roundFraction(sum, BigInt(entry.counted.length * layout.scale), precision);
  };
  return (entry) => {
    const memo: (number | undefined)[] = [];
    return (step) => {
      let value = memo[step];
      if (value === undefined) {
        const rule = steps[step]!;
        value =
          rule === 'median' ? entry.median! : rule === 'mean' ? entry.mean! : criterionMean(entry, rule.criterion);
        memo[step] = value;
      }
      return value;
    };
  };
}
