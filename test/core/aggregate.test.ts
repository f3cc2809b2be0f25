import { describe, expect, test } from 'vitest';
import { aggregate, mean, median, exactOrNull } from '../../src/core/aggregate.js';
import { Exact } from '../../src/core/decimal.js';

const d = (x: number | string) => new Exact(x);
const sum = (xs: readonly { contribution: Exact }[]) => xs.reduce((s, c) => s.plus(c.contribution), d(0));

describe('aggregate', () => {
  test('arithmetic: equal weights give the plain mean (50 + 50 + 70) / 3 = 56.666…', () => {
    const r = aggregate(
      [
        { id: 'operation', value: d(50), weight: 1 },
        { id: 'development', value: d(50), weight: 1 },
        { id: 'utilization', value: d(70), weight: 1 },
      ],
      { method: 'arithmetic', missing: 'exclude', minCoverage: 0.5 },
    );
    expect(r.value!.toFixed(4)).toBe('56.6667');
    expect(r.coverage.toString()).toBe('1');
    expect(sum(r.components).eq(r.value!)).toBe(true);
  });

  test('exclude drops a missing item and renormalises: (40·1 + 80·3) / 4 = 70', () => {
    const r = aggregate(
      [
        { id: 'a', value: d(40), weight: 1 },
        { id: 'b', value: null, weight: 1, reason: 'not answered' },
        { id: 'c', value: d(80), weight: 3 },
      ],
      { method: 'arithmetic', missing: 'exclude', minCoverage: 0.5 },
    );
    expect(r.value!.toString()).toBe('70');
    expect(r.coverage.toString()).toBe('0.8');
    expect(r.excluded).toEqual([{ id: 'b', reason: 'not answered' }]);
    expect(r.components.map((c) => c.weight.toString())).toEqual(['0.25', '0.75']);
  });

  test('zero counts a missing item as 0: (40 + 0 + 80·3) / 5 = 56', () => {
    const r = aggregate(
      [
        { id: 'a', value: d(40), weight: 1 },
        { id: 'b', value: null, weight: 1 },
        { id: 'c', value: d(80), weight: 3 },
      ],
      { method: 'arithmetic', missing: 'zero', minCoverage: 0.5 },
    );
    expect(r.value!.toString()).toBe('56');
    expect(r.excluded).toEqual([]);
  });

  test('coverage below the minimum withholds the value', () => {
    const r = aggregate(
      [
        { id: 'a', value: d(40), weight: 1 },
        { id: 'b', value: null, weight: 3 },
      ],
      { method: 'arithmetic', missing: 'exclude', minCoverage: 0.5 },
    );
    expect(r.value).toBeNull();
    expect(r.belowCoverage).toBe(true);
    expect(r.coverage.toString()).toBe('0.25');
  });

  test('nothing to aggregate gives null, never NaN', () => {
    expect(aggregate([], { method: 'arithmetic', missing: 'exclude', minCoverage: 0 }).value).toBeNull();
    const zeroWeights = aggregate([{ id: 'a', value: d(10), weight: 0 }], {
      method: 'geometric',
      missing: 'exclude',
      minCoverage: 0,
    });
    expect(zeroWeights.value).toBeNull();
    const allMissing = aggregate([{ id: 'a', value: null, weight: 1 }], {
      method: 'arithmetic',
      missing: 'zero',
      minCoverage: 0,
    });
    expect(allMissing.value).toBeNull();
    expect(allMissing.excluded).toEqual([]);
  });

  test('geometric: √(25 · 100) = 50, and a zero pulls the aggregate to zero', () => {
    const g = aggregate(
      [
        { id: 'a', value: d(25), weight: 1 },
        { id: 'b', value: d(100), weight: 1 },
      ],
      { method: 'geometric', missing: 'exclude', minCoverage: 0.5 },
    );
    expect(g.value!.toDecimalPlaces(20).toString()).toBe('50');
    expect(sum(g.components).eq(g.value!)).toBe(true);
    const z = aggregate(
      [
        { id: 'a', value: d(0), weight: 1 },
        { id: 'b', value: d(100), weight: 1 },
      ],
      { method: 'geometric', missing: 'exclude', minCoverage: 0.5 },
    );
    expect(z.value!.isZero()).toBe(true);
    expect(z.components.every((c) => c.contribution.isZero())).toBe(true);
  });

  test('mean, median and exactOrNull', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(mean([d(1), d(2)])!.toString()).toBe('1.5');
    expect(median([d(3), d(1), d(2)])!.toString()).toBe('2');
    expect(median([d(4), d(1), d(2), d(3)])!.toString()).toBe('2.5');
    expect(exactOrNull(null)).toBeNull();
    expect(exactOrNull(undefined)).toBeNull();
    expect(exactOrNull(0.1)!.toString()).toBe('0.1');
  });
});
