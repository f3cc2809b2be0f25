import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { aggregate, type Aggregation } from '../../src/core/aggregate.js';
import { Exact } from '../../src/core/decimal.js';

const value = fc.integer({ min: 0, max: 10_000 }).map((n) => new Exact(n).div(100));
const weight = fc.integer({ min: 1, max: 1000 }).map((n) => new Exact(n).div(10));
const items = fc
  .array(fc.record({ value, weight }), { minLength: 1, maxLength: 12 })
  .map((xs) => xs.map((x, i) => ({ id: `i${i}`, ...x })));
const method = fc.constantFrom<Aggregation>('arithmetic', 'geometric');
const options = (m: Aggregation) => ({ method: m, missing: 'exclude' as const, minCoverage: 0 });
const close = (a: Exact, b: Exact) => a.minus(b).abs().lessThan('1e-30');

test.prop([items, method])('the weighted mean lies between the smallest and largest value', (xs, m) => {
  const r = aggregate(xs, options(m));
  const lo = Exact.min(...xs.map((x) => x.value));
  const hi = Exact.max(...xs.map((x) => x.value));
  expect(r.value!.greaterThanOrEqualTo(lo.minus('1e-30'))).toBe(true);
  expect(r.value!.lessThanOrEqualTo(hi.plus('1e-30'))).toBe(true);
});

test.prop([items, method, fc.integer({ min: 1, max: 10_000 })])(
  'scaling every weight by k > 0 changes nothing',
  (xs, m, k) => {
    const a = aggregate(xs, options(m)).value!;
    const b = aggregate(
      xs.map((x) => ({ ...x, weight: x.weight.times(k).div(7) })),
      options(m),
    ).value!;
    expect(close(a, b)).toBe(true);
  },
);

test.prop([items.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))), method])(
  'permuting items with their weights changes nothing',
  ([xs, shuffled], m) => {
    expect(close(aggregate(xs, options(m)).value!, aggregate(shuffled, options(m)).value!)).toBe(true);
  },
);

test.prop([items, method])('contributions add up to the unrounded aggregate', (xs, m) => {
  const r = aggregate(xs, options(m));
  const total = r.components.reduce((s, c) => s.plus(c.contribution), new Exact(0));
  expect(total.eq(r.value!)).toBe(true);
});
