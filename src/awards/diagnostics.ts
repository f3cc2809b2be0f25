import { compareCodeUnits } from '../core/compare.js';
import type { Standardization } from './entry-aggregates.js';
import { lcm, roundFraction } from './fraction.js';
import type { EntrySheets } from './sheets.js';
import type { AwardProgram, JudgeDiagnostics, JudgeFlag, Recusal } from './types.js';

/** What the diagnostics read of the judging. @internal */
export interface DiagnosticsInput {
  /** The sheets of every entry. */
  readonly sheets: readonly EntrySheets[];
  /** Every (judge, entry) pair sat out. */
  readonly recusals: readonly Recusal[];
  /** Under z-score: how each judge (by panel index) was standardised; else null. */
  readonly standardization: readonly Standardization[] | null;
  /** The rubric's common denominator T (total = 100·K/T). */
  readonly denominator: bigint;
}

/**
 * Per judge: leniency, the mean of (judge's total − the entry's panel mean) over the entries
 * the judge counts for, and ISU-style flags where that deviation, rounded, is at least
 * `rules.monitoring.deviation` points. The panel mean is the mean of the entry's counted totals.
 * Deviations stay exact: total − mean = (n·K − S) / (n·T) for an entry with n totals summing to S.
 * @internal
 */
export function judgeDiagnostics(program: AwardProgram, input: DiagnosticsInput): readonly JudgeDiagnostics[] {
  const { panel } = program;
  const { precision } = program.rules;
  const { denominator: T } = input;
  // Per judge: deviation numerators summed by the entry's number of totals, and the flags.
  const sums = panel.map(() => new Map<bigint, bigint>());
  const counted = panel.map(() => 0);
  const flags: JudgeFlag[][] = panel.map(() => []);
  for (const { entry, counted: totals } of input.sheets) {
    const n = BigInt(totals.length);
    let sum = 0n;
    for (const t of totals) sum += t.n;
    for (const t of totals) {
      const numerator = n * t.n - sum;
      const bucket = sums[t.judge]!;
      bucket.set(n, (bucket.get(n) ?? 0n) + numerator);
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
    leniency: counted[j]! > 0 ? leniencyOf(sums[j]!, counted[j]!, T, precision) : null,
    flags: flags[j]!.sort((a, b) => compareCodeUnits(a.entryId, b.entryId)),
    standardization: input.standardization?.[j] ?? null,
  }));
}

/** The mean deviation over a judge's `count` entries, from numerators summed by n. */
function leniencyOf(bucket: ReadonlyMap<bigint, bigint>, count: number, T: bigint, precision: number): number {
  const common = [...bucket.keys()].reduce(lcm, 1n);
  let numerator = 0n;
  for (const [n, s] of bucket) numerator += s * (common / n);
  return roundFraction(100n * numerator, common * T * BigInt(count), precision);
}

function recusalsPerJudge(program: AwardProgram, recusals: readonly Recusal[]): number[] {
  const judgeIndex = new Map(program.panel.map((j, i) => [j.id, i]));
  const counts = program.panel.map(() => 0);
  for (const r of recusals) counts[judgeIndex.get(r.judgeId)!]! += 1;
  return counts;
}
