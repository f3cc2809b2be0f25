import { describe, expect, test } from 'vitest';
import { aggregateTotals, type CountedTotal } from '../../src/awards/aggregation.js';
import { roundFraction, type Fraction } from '../../src/awards/fraction.js';
import { judgeAwards } from '../../src/awards.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from './fixtures.js';

// The seven judges of the worked example: 7.5, 8.0, 7.0, 7.5, 8.5, 7.0, 8.0.
// As exact numerators in tenths: 75, 80, 70, 75, 85, 70, 80 (sorted: 70 70 75 75 80 80 85).
const RAW = [7.5, 8.0, 7.0, 7.5, 8.5, 7.0, 8.0];
const tenths: CountedTotal[] = RAW.map((v, i) => ({ judgeId: `j${i + 1}`, n: BigInt(Math.round(v * 10)) }));
const value = (f: Fraction, places: number): number => roundFraction(f.n, f.d * 10n, places);

describe('aggregation of raw values (worked examples)', () => {
  test('mean: (7.5 + 8 + 7 + 7.5 + 8.5 + 7 + 8) / 7 = 53.5 / 7 = 7.642857…', () => {
    const a = aggregateTotals(tenths, 'mean', 0);
    expect(a.value).toEqual({ n: 535n, d: 7n }); // 535 tenths / 7
    expect(value(a.value, 6)).toBe(7.642857);
    expect(a.trimmed).toEqual([]);
  });

  test('median: the 4th of 70 70 75 [75] 80 80 85 tenths = 7.5', () => {
    expect(value(aggregateTotals(tenths, 'median', 0).value, 4)).toBe(7.5);
  });

  test('trimmed mean, k = 1: drop 7.0 and 8.5, (7 + 7.5 + 7.5 + 8 + 8) / 5 = 38 / 5 = 7.6', () => {
    const a = aggregateTotals(tenths, 'trimmed-mean', 1);
    expect(value(a.value, 4)).toBe(7.6);
    expect([...a.trimmed].sort()).toEqual(['j3', 'j5']); // j3 and j6 both gave 7.0: the lower id is dropped
    expect(a.fallback).toBe(false);
  });

  test('trimmed mean, k = 2: drop 7.0, 7.0, 8.0, 8.5, (7.5 + 7.5 + 8) / 3 = 23 / 3 = 7.6667', () => {
    const a = aggregateTotals(tenths, 'trimmed-mean', 2);
    expect(value(a.value, 4)).toBe(7.6667);
    expect([...a.trimmed].sort()).toEqual(['j3', 'j5', 'j6', 'j7']);
  });

  test('trimmed mean falls back to the median when n ≤ 2k', () => {
    const four = tenths.slice(0, 4); // 75 80 70 75 → median (75 + 75) / 2
    const a = aggregateTotals(four, 'trimmed-mean', 2);
    expect(a.fallback).toBe(true);
    expect(a.trimmed).toEqual([]);
    expect(value(a.value, 4)).toBe(7.5);
  });

  test('median of an even count is the mean of the middle two', () => {
    const two: CountedTotal[] = [
      { judgeId: 'a', n: 70n },
      { judgeId: 'b', n: 85n },
    ];
    expect(value(aggregateTotals(two, 'median', 0).value, 4)).toBe(7.75);
  });
});

describe('aggregation end to end on a 0–10 rubric (aggregates on 0–100)', () => {
  const run = (method: 'mean' | 'median' | 'trimmed-mean', trim?: number) =>
    judgeAwards(
      singleCriterionProgram({ aggregation: trim === undefined ? { method } : { method, trim } }),
      submissions({
        participants: [participant('p1')],
        entries: [entry('e1', 'p1')],
        scores: sheet('e1', RAW),
      }),
    ).categories[0]!.ranking[0]!;

  test('mean 76.43 (= 100 × 7.642857…)', () => {
    const line = run('mean');
    expect(line.aggregate).toBe(76.43);
    expect(line.judges.counted).toHaveLength(7);
  });
  test('median 75', () => expect(run('median').aggregate).toBe(75));
  test('trimmed mean k = 1 → 76, naming the trimmed judges', () => {
    const line = run('trimmed-mean', 1);
    expect(line.aggregate).toBe(76);
    expect(line.judges.trimmed).toEqual(['j3', 'j5']);
  });
  test('trimmed mean k = 2 → 76.67', () => expect(run('trimmed-mean', 2).aggregate).toBe(76.67));
  test('the totals, median and mean are reported beside the aggregate', () => {
    const line = run('trimmed-mean', 1);
    expect(line.totals.map((t) => t.total)).toEqual([75, 80, 70, 75, 85, 70, 80]);
    expect(line.median).toBe(75);
    expect(line.mean).toBe(76.43);
  });
});
