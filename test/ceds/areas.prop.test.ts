import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { sumOfShares } from '../../src/ceds/areas.js';

// Utilizations are summed as integers of millionths when they allow it; the sum must be exactly
// the Decimal sum of the values as Decimal reads them, whatever they are.
const share = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
  fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 1_000_000),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, 100, 5e-324, 33.333333333333336, 79.995),
);

test.prop([fc.array(share, { maxLength: 40 })])('sumOfShares is the exact Decimal sum', (values) => {
  const expected = values.reduce((sum, v) => sum.plus(v), new Exact(0));
  expect(sumOfShares(values).eq(expected)).toBe(true);
});
