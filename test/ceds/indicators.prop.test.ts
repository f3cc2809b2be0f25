import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { Exact, HUNDRED, ZERO } from '../../src/core/decimal.js';
import { indicatorScore } from '../../src/ceds/indicators.js';

// The integer shortcuts of indicatorScore (no Decimal division when it divides evenly, numeric
// goalposts clamped before dividing) must give exactly what the formula gives in Decimal.
function formula(x: number, low: number, high: number): Exact {
  const raw = new Exact(x).minus(low).times(HUNDRED).div(new Exact(high).minus(low));
  return raw.lessThanOrEqualTo(ZERO) ? ZERO : raw.greaterThan(HUNDRED) ? HUNDRED : raw;
}

test.prop([fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 })])(
  'a likert score is exactly 100 × (x − min) / (max − min)',
  (min, span, at) => {
    const value = min + Math.min(at, span);
    const score = indicatorScore({ id: 'i', kind: 'likert', min, max: min + span, value });
    expect(score!.eq(formula(value, min, min + span))).toBe(true);
  },
);

const figure = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

test.prop([figure, figure, figure, fc.constantFrom('higher-is-better', 'lower-is-better')])(
  'a numeric score is exactly the clamped goalpost formula, reversed when lower is better',
  (low, high, value, direction) => {
    fc.pre(low !== high);
    const score = indicatorScore({ id: 'i', kind: 'numeric', low, high, direction, value });
    const raw = formula(value, low, high);
    expect(score!.eq(direction === 'lower-is-better' ? HUNDRED.minus(raw) : raw)).toBe(true);
  },
);
