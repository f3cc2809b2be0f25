import { compareCodeUnits } from '../core/compare.js';
import type { EntryLines } from './criterion-lines.js';
import type { Standardization } from './entry-aggregates.js';
import { lcm, roundFraction } from './fraction.js';
import type { EntrySheets } from './sheets.js';
import type { AwardProgram, JudgeDiagnostics, JudgeFlag, Recusal } from './types.js';

/** What the diagnostics read of the judging. @internal */
export interface DiagnosticsInput {
  /** The sheets of every entry, with their criterion lines (null when no sheet counts). */
  readonly sheets: readonly (EntrySheets & { readonly lines: EntryLines | null })[];
  /** Every (judge, entry) pair sat out. */
  readonly recusals: readonly Recusal[];
  /** Under z-score: how each judge (by panel index) was standardised; else null. */
  readonly standardization: readonly Standardization[] | null;
  /** The rubric's common denominator T (total = 100·K/T). */
  readonly denominator: bigint;
  /** 10^decimals of the values: a mark V stands for V / scale. */
  readonly scale: number;
}

/**
 * Per judge: leniency, the mean of (judge's total − the entry's panel mean) over the entries
 * the judge counts for, and ISU-style flags where that deviation, rounded, is at least
 * `rules.monitoring.deviation` points. The panel mean is the mean of the entry's counted totals.
 * Per criterion, the same leniency on the judge's marks against the mean of the counted marks.
 * Deviations stay exact: total − mean = (n·K − S) / (n·T) for an entry with n totals summing to S.
 * @internal
 */
export function judgeDiagnostics(program: AwardProgram, input: DiagnosticsInput): readonly JudgeDiagnostics[] {
  const { panel, rubric } = program;
  const { precision } = program.rules;
  const { denominator: T } = input;
  // Per judge: deviation numerators summed by the entry's number of totals, and the flags; per
  // judge and criterion (only for judges with a counted sheet), the same for the marks.
  const sums = panel.map(() => new Map<bigint, bigint>());
  const markSums: Map<bigint, bigint>[][] = panel.map(() => []);
  const counted = panel.map(() => 0);
  const flags: JudgeFlag[][] = panel.map(() => []);
  for (const { entry, counted: totals, lines } of input.sheets) {
    const n = BigInt(totals.length);
    let sum = 0n;
    for (const t of totals) sum += t.n;
    lines?.values.forEach((marks, c) => {
      let panelSum = 0n;
      for (const v of marks) panelSum += v;
      marks.forEach((v, j) => add((markSums[totals[j]!.judge]![c] ??= new Map()), n, n * v - panelSum));
    });
    for (const t of totals) {
      const numerator = n * t.n - sum;
      add(sums[t.judge]!, n, numerator);
      counted[t.judge]! += 1;
      const deviation = roundFraction(100n * numerator, n * T, precision);
      if (Math.abs(deviation) >= program.rules.monitoring.deviation) {
        flags[t.judge]!.push({
          entryId: entry.id,
          total: roundFraction(100n * t.n, T, precision),
          panelMean: roundFraction(100n * sum, n * T, precision),
          deviation,
        });
      }
    }
  }
  const recused = recusalsPerJudge(program, input.recusals);
  return panel.map((judge, j) => ({
    judgeId: judge.id,
    name: judge.name,
    counted: counted[j]!,
    recused: recused[j]!,
    leniency: counted[j]! > 0 ? leniencyOf(sums[j]!, counted[j]!, T, 100n, precision) : null,
    flags: flags[j]!.sort((a, b) => compareCodeUnits(a.entryId, b.entryId)),
    standardization: input.standardization?.[j] ?? null,
    criteria:
      counted[j]! > 0
        ? rubric.criteria.map((c, i) => ({
            id: c.id,
            leniency: leniencyOf(markSums[j]![i]!, counted[j]!, BigInt(input.scale), 1n, precision),
          }))
        : [],
  }));
}

function add(bucket: Map<bigint, bigint>, n: bigint, numerator: bigint): void {
  bucket.set(n, (bucket.get(n) ?? 0n) + numerator);
}

/**
 * The mean deviation over a judge's `count` entries, from numerators summed by n: the mean of
 * numerator / (n·unit), times `times`.
 */
function leniencyOf(
  bucket: ReadonlyMap<bigint, bigint>,
  count: number,
  unit: bigint,
  times: bigint,
  precision: number,
): number {
  const common = [...bucket.keys()].reduce(lcm, 1n);
  let numerator = 0n;
  for (const [n, s] of bucket) numerator += s * (common / n);
  return roundFraction(times * numerator, common * unit * BigInt(count), precision);
}

function recusalsPerJudge(program: AwardProgram, recusals: readonly Recusal[]): number[] {
  const judgeIndex = new Map(program.panel.map((j, i) => [j.id, i]));
  const counts = program.panel.map(() => 0);
  for (const r of recusals) counts[judgeIndex.get(r.judgeId)!]! += 1;
  return counts;
}
