import { Exact, HUNDRED, ZERO } from '../core/decimal.js';
import type { IndicatorInput } from './types.js';

/** n / d for safe integers with d > 0: a Decimal division only when d does not divide n. */
function ratio(n: number, d: number): Exact {
  if (n % d !== 0) return new Exact(n).div(d);
  const q = n / d;
  // Decimal builds small integers without parsing a string; 0 and 100 are shared constants.
  return q === 0 ? ZERO : q === 100 ? HUNDRED : new Exact(q);
}

// Below this, 100 × a difference of two integers is still a safe integer.
const SMALL = 2 ** 45;

function clamp(value: Exact): Exact {
  // `lte` also turns a Decimal -0 (0 divided by a negative span) into a plain 0.
  if (value.lessThanOrEqualTo(ZERO)) return ZERO;
  return value.greaterThan(HUNDRED) ? HUNDRED : value;
}

/**
 * Maps a validated indicator's answer onto 0–100, exactly; null when it was not answered.
 *
 * likert: 100 × (x − min) / (max − min), defaults 1–5; boolean: 0 or 100; percent and score:
 * as given; ordinal: the scale's score of the answer; numeric: 100 × (x − low) / (high − low)
 * clamped to 0–100, and 100 minus that when lower is better.
 * @internal
 */
export function indicatorScore(indicator: IndicatorInput): Exact | null {
  if (indicator.value === null) return null;
  switch (indicator.kind) {
    case 'likert': {
      const min = indicator.min ?? 1;
      const max = indicator.max ?? 5;
      // Integers: usually exact in floats, so one Decimal division; huge ones go through Decimal.
      const numerator = 100 * (indicator.value - min);
      const span = max - min;
      if (Number.isSafeInteger(numerator) && Number.isSafeInteger(span)) return ratio(numerator, span);
      return new Exact(indicator.value).minus(min).times(HUNDRED).div(new Exact(max).minus(min));
    }
    case 'boolean':
      return indicator.value ? HUNDRED : ZERO;
    case 'percent':
    case 'score':
      return indicator.value === 0 ? ZERO : new Exact(indicator.value);
    case 'ordinal': {
      const answer = String(indicator.value);
      const score = Object.hasOwn(indicator.scale, answer) ? indicator.scale[answer] : undefined;
      // Validation guarantees the answer is on the scale; an unknown one reads as no answer.
      return score === undefined ? null : score === 0 ? ZERO : new Exact(score);
    }
    case 'numeric': {
      const { low: lo, high: hi, value } = indicator;
      if (
        Number.isInteger(lo) &&
        Number.isInteger(hi) &&
        Number.isInteger(value) &&
        Math.max(Math.abs(lo), Math.abs(hi), Math.abs(value)) < SMALL
      ) {
        // Integer goalposts and figure (the usual case): clamp first, then at most one division.
        const span = Math.abs(hi - lo);
        const offset = hi > lo ? value - lo : lo - value;
        const raw = offset <= 0 ? ZERO : offset >= span ? HUNDRED : ratio(100 * offset, span);
        return indicator.direction === 'lower-is-better' ? HUNDRED.minus(raw) : raw;
      }
      const low = new Exact(indicator.low);
      const raw = clamp(new Exact(indicator.value).minus(low).times(HUNDRED).div(new Exact(indicator.high).minus(low)));
      return indicator.direction === 'lower-is-better' ? HUNDRED.minus(raw) : raw;
    }
  }
}
