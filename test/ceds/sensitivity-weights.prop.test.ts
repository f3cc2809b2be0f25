import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { PRNG_RANGE } from '../../src/core/prng.js';
import { exactWeightDrawer, weightDrawer } from '../../src/ceds/sensitivity-weights.js';

// The documented draw, written plainly: w × (1 + jitter × (2n − 2³²) / 2³²) in the private
// 40-digit context, rounded half-up to 15 significant digits. The drawer takes an integer
// path for short jitters and weights and a Decimal path otherwise; both must give these digits.
function referenceDecimal(weight: number, jitter: Exact, n: number): Exact {
  const factor = new Exact(1).plus(jitter.times(new Exact(2 * n - PRNG_RANGE).div(PRNG_RANGE)));
  return new Exact(weight).times(factor).toSignificantDigits(15, Exact.ROUND_HALF_UP);
}

function reference(weight: number, jitter: Exact, n: number): number {
  const factor = new Exact(1).plus(jitter.times(new Exact(2 * n - PRNG_RANGE).div(PRNG_RANGE)));
  if (weight === 0 || factor.eq(1)) return weight;
  const drawn = referenceDecimal(weight, jitter, n).toNumber();
  return drawn === 0 ? 0 : drawn;
}

const shortJitter = fc.integer({ min: 0, max: 999_999 }).map((units) => new Exact(units).div(1_000_000));
const longJitter = fc.double({ min: 0, max: 0.999, noNaN: true }).map((j) => new Exact(j));
const weight = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((units) => units / 1000),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 5e-324, 1e300, 0.30000000000000004, 1.5e308, Number.MAX_VALUE),
);
const draws = fc.array(fc.tuple(weight, fc.integer({ min: 0, max: PRNG_RANGE - 1 })), { minLength: 1, maxLength: 20 });

test.prop([fc.oneof(shortJitter, longJitter), draws])(
  'every weight draw has the digits of the documented formula',
  (jitter, pairs) => {
    let i = 0;
    const draw = weightDrawer(jitter, () => pairs[i]![1]);
    for (const [w, n] of pairs) {
      expect(draw(w)).toBe(reference(w, jitter, n));
      i += 1;
    }
  },
);

test.prop([fc.oneof(shortJitter, longJitter), draws])(
  'the draw the engine reads is the same number as the documented draw',
  (jitter, pairs) => {
    let i = 0;
    const draw = exactWeightDrawer(jitter, () => pairs[i]![1]);
    for (const [w, n] of pairs) {
      const drawn = draw(w);
      const expected = reference(w, jitter, n);
      if (typeof drawn === 'number') expect(drawn).toBe(expected);
      // Past Number.MAX_VALUE the engine weighs the documented decimal itself.
      else if (expected === Infinity) expect(drawn.eq(referenceDecimal(w, jitter, n))).toBe(true);
      else expect(drawn.eq(new Exact(expected))).toBe(true);
      i += 1;
    }
  },
);
