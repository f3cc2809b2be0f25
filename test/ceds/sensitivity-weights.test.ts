import { describe, expect, test } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { PRNG_RANGE } from '../../src/core/prng.js';
import { exactWeightDrawer, weightDrawer } from '../../src/ceds/sensitivity-weights.js';

/** A generator that plays back fixed draws. */
function playback(...draws: number[]) {
  let i = 0;
  return () => draws[i++ % draws.length]!;
}

describe('weightDrawer', () => {
  const jitter = new Exact(0.2);

  test('the lowest draw gives w × (1 − jitter), the middle one w itself', () => {
    expect(weightDrawer(jitter, playback(0))(2)).toBe(1.6);
    expect(weightDrawer(jitter, playback(PRNG_RANGE / 2))(2)).toBe(2);
  });

  test('the highest draw stays just below w × (1 + jitter), exactly', () => {
    // 1 + 0.2 × (1 − 2⁻³¹) = 1.19999999990686774253845214843750, rounded to 15 digits.
    expect(weightDrawer(jitter, playback(PRNG_RANGE - 1))(1)).toBe(1.19999999990687);
  });

  test('jitter 0 and weight 0 give the weight back unchanged, even with 17 digits', () => {
    expect(weightDrawer(new Exact(0), playback(123))(0.30000000000000004)).toBe(0.30000000000000004);
    expect(weightDrawer(jitter, playback(0))(0)).toBe(0);
  });

  test('every weight takes one draw, even a weight of 0, so the sequence never shifts', () => {
    const draw = weightDrawer(jitter, playback(0, PRNG_RANGE / 2, 0));
    expect([draw(5), draw(0), draw(5)]).toEqual([4, 0, 4]);
  });

  test('a drawn weight reads back as the decimal it was rounded to', () => {
    const w = weightDrawer(jitter, playback(987654321))(3);
    const expected = new Exact(987654321)
      .times(2)
      .minus(PRNG_RANGE)
      .div(PRNG_RANGE)
      .times(0.2)
      .plus(1)
      .times(3)
      .toSignificantDigits(15);
    expect(new Exact(w).eq(expected)).toBe(true);
  });
});

describe('exactWeightDrawer', () => {
  const jitter = new Exact(0.2);

  test('an unchanged weight comes back as the same float', () => {
    expect(exactWeightDrawer(jitter, playback(PRNG_RANGE / 2))(3)).toBe(3);
    expect(exactWeightDrawer(new Exact(0), playback(7))(0.1)).toBe(0.1);
  });

  test('a drawn weight comes back as the decimal it was rounded to', () => {
    const drawn = exactWeightDrawer(jitter, playback(0))(2);
    expect(drawn).toBeInstanceOf(Exact);
    expect((drawn as Exact).eq(1.6)).toBe(true);
  });

  test('a draw near the ends of the float range comes back as a float', () => {
    expect(exactWeightDrawer(jitter, playback(0))(1e305)).toBe(8e304);
    expect(typeof exactWeightDrawer(jitter, playback(0))(5e-324)).toBe('number');
    expect(exactWeightDrawer(jitter, playback(0))(Number.MAX_VALUE)).toBe(1.43815450788985e308);
  });

  test('a draw past Number.MAX_VALUE comes back as its decimal, never Infinity', () => {
    const drawn = exactWeightDrawer(jitter, playback(PRNG_RANGE - 1))(Number.MAX_VALUE);
    expect(drawn).toBeInstanceOf(Exact);
    // 1.7976931348623157e308 × 1.19999999990686774253845214843750, rounded to 15 digits.
    expect((drawn as Exact).eq('2.15723176166736e308')).toBe(true);
    expect(weightDrawer(jitter, playback(PRNG_RANGE - 1))(Number.MAX_VALUE)).toBe(Infinity);
  });
});
