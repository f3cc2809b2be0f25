import { lcm, roundFraction } from './fraction.js';
import type { JudgeDiagnostics, JudgeFlag, Judge } from './types.js';

/** The counted totals of one entry, by judge index. @internal */
export interface EntryTotals {
  readonly entryId: string;
  readonly totals: readonly { readonly judge: number; readonly n: bigint }[];
}

/** What the diagnostics need besides the totals. @internal */
export interface DiagnosticsOptions {
  /** The rubric's common denominator T (total = 100·K/T). */
  readonly denominator: bigint;
  readonly precision: number;
  /** Flag a judge at least this far (rounded) from the panel mean. */
  readonly deviation: number;
  /** Entries each judge sat out, by judge index. */
  readonly recused: readonly number[];
  /** Under z-score: how each judge was standardised; else null. */
  readonly standardisation: readonly ('own' | 'panel')[] | null;
}

/**
 * Per judge: leniency, the mean of (judge's total − the entry's panel mean) over the entries
 * the judge counts for, and ISU-style flags where that deviation, rounded, is at least
 * `deviation` points. The panel mean is the mean of the entry's counted totals.
 * Deviations stay exact: total − mean = (n·K − S) / (n·T) for an entry with n totals summing to S.
 * @internal
 */
export function judgeDiagnostics(
  panel: readonly Judge[],
  entries: readonly EntryTotals[],
  options: DiagnosticsOptions,
): JudgeDiagnostics[] {
  const { denominator: T, precision } = options;
  // Per judge: deviation numerators summed by the entry's number of totals, and the flags.
  const sums = panel.map(() => new Map<bigint, bigint>());
  const counted = panel.map(() => 0);
  const flags: JudgeFlag[][] = panel.map(() => []);
  for (const entry of entries) {
    const n = BigInt(entry.totals.length);
    let sum = 0n;
    for (const t of entry.totals) sum += t.n;
    for (const t of entry.totals) {
      const numerator = n * t.n - sum;
      const bucket = sums[t.judge]!;
      bucket.set(n, (bucket.get(n) ?? 0n) + numerator);
      counted[t.judge]! += 1;
      const deviation = roundFraction(100n * numerator, n * T, precision);
      if (Math.abs(deviation) >= options.deviation) {
        flags[t.judge]!.push({
          entryId: entry.entryId,
          total: roundFraction(100n * t.n, T, precision),
          panelMean: roundFraction(100n * sum, n * T, precision),
          deviation,
        });
      }
    }
  }
  return panel.map((judge, j) => {
    let leniency: number | null = null;
    if (counted[j]! > 0) {
      const bucket = sums[j]!;
      const common = [...bucket.keys()].reduce(lcm, 1n);
      let numerator = 0n;
      for (const [n, s] of bucket) numerator += s * (common / n);
      leniency = roundFraction(100n * numerator, common * T * BigInt(counted[j]!), precision);
    }
    return {
      judgeId: judge.id,
      name: judge.name,
      counted: counted[j]!,
      recused: options.recused[j]!,
      leniency,
      flags: flags[j]!.sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0)),
      standardisation: options.standardisation?.[j] ?? null,
    };
  });
}
