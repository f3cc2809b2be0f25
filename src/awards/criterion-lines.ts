import { aggregateTotals, meanOf, type CountedTotal } from './aggregation.js';
import { roundFraction, roundToInteger, type Fraction } from './fraction.js';
import type { EntrySheets } from './sheets.js';
import type { ScoreTable } from './submissions.js';
import type { RubricLayout } from './totals.js';
import type { AwardProgram, CriterionLine } from './types.js';

/** The criterion lines of one judged entry, with the exact figures behind them. @internal */
export interface EntryLines {
  /** One line per criterion, in rubric order. */
  readonly lines: readonly CriterionLine[];
  /** Per criterion, the exact points as numerators over `unit` (so they add up exactly). */
  readonly exact: readonly bigint[];
  readonly unit: bigint;
  /** Per criterion, the counted marks Vᶜ = vᶜ·s, in the order of the counted sheets. */
  readonly values: readonly (readonly bigint[])[];
  /** Under `by: 'criterion'`: the judges trimmed on some criterion, in panel order; else []. */
  readonly trimmed: readonly string[];
  /** Under `by: 'criterion'`: true when the trimmed mean had too few marks and took the median. */
  readonly fallback: boolean;
}

/**
 * The criterion lines of each entry (null when no sheet counts), in the order of `sheets`.
 *
 * A line's panel mark is a fraction G of marks Vᶜ: under `by: 'criterion'` the aggregate of the
 * counted marks rounded half-up to `precision` (G = P·s / 10^p for the rounded P / 10^p); under
 * `by: 'judge'` their mean. Its exact points are 100·fᶜ·(G − Mᶜ) / T, the line's share of a
 * total (see `RubricLayout`); under `by: 'criterion'` with `points` they are rounded to
 * `precision` themselves, so that the printed lines add up to the aggregate. Every line of an
 * entry shares one denominator, `unit`.
 * @internal
 */
export function criterionLines(
  program: AwardProgram,
  table: ScoreTable,
  layout: RubricLayout,
  sheets: readonly EntrySheets[],
): readonly (EntryLines | null)[] {
  const { criteria } = program.rubric;
  const { precision, scale, aggregation } = program.rules;
  const { method, trim } = aggregation;
  const byCriterion = aggregation.by === 'criterion';
  const s = BigInt(layout.scale);
  const p = 10n ** BigInt(precision);
  const T = layout.denominator;
  return sheets.map(({ row, counted }): EntryLines | null => {
    if (counted.length === 0) return null;
    const sheet = table.sheets[row]!;
    const judges = counted.map((t) => t.judgeId);
    const unit = (byCriterion ? p : BigInt(counted.length)) * T;
    const trimmedAny = new Set<string>();
    let fallback = false;
    const exact: bigint[] = [];
    const values: bigint[][] = [];
    const lines = criteria.map((criterion, c): CriterionLine => {
      // `+ 0` reads a mark of -0 as 0, so that none comes back in the results.
      const given = counted.map((t) => table.scores[sheet.get(t.judge)!.get(c)!]!.value + 0);
      const marks: CountedTotal[] = given.map((v, j) => ({
        judgeId: judges[j]!,
        n: BigInt(Math.round(v * layout.scale)),
      }));
      let mark: Fraction;
      let trimmed: readonly string[] = [];
      if (byCriterion) {
        // A z-score program aggregates by judge: validation refuses it here.
        const a = aggregateTotals(marks, method as 'mean' | 'median' | 'trimmed-mean', trim);
        const dropped = new Set(a.trimmed);
        trimmed = judges.filter((id) => dropped.has(id));
        for (const id of trimmed) trimmedAny.add(id);
        fallback ||= a.fallback;
        mark = { n: roundToInteger(a.value.n * p, a.value.d * s) * s, d: p };
      } else mark = meanOf(marks);
      let share = 100n * layout.factors[c]! * (mark.n - mark.d * BigInt(layout.offsets[c]!));
      if (byCriterion && scale === 'points') share = roundToInteger(share * p, unit) * T;
      exact.push(share);
      values.push(marks.map((m) => m.n));
      return {
        id: criterion.id,
        weight: criterion.weight,
        panelMark: roundFraction(mark.n, mark.d * s, precision),
        points: roundFraction(share, unit, precision),
        marks: given.map((mark, j) => ({ judgeId: judges[j]!, mark })),
        judges: { counted: judges, trimmed },
      };
    });
    const trimmed = judges.filter((id) => trimmedAny.has(id));
    return { lines, exact, unit, values, trimmed, fallback };
  });
}
