// The weights of one sensitivity run: each weight of the methodology drawn within ±jitter of its
// value from a seeded generator, to the same digits on every platform. `analyzeSensitivity`
// re-aggregates the city with them; the arithmetic of the draw lives here and nowhere else.
import { Exact, ONE } from '../core/decimal.js';
import { PRNG_RANGE, type Prng } from '../core/prng.js';

// 2⁻³², exactly: 0.00000000023283064365386962890625.
const TWO_TO_MINUS_32 = /* @__PURE__ */ new Exact('2.3283064365386962890625e-10');

/** Significant digits kept in a drawn weight: any decimal with ≤ 15 survives a trip through a float. */
const WEIGHT_DIGITS = 15;

// Drawn weights whose exponent lies within these bounds are normal floats, where a decimal of
// ≤ 15 significant digits and the float it reads as are the same number: such a weight goes
// to the aggregator as that decimal, sparing a float-to-decimal conversion per use.
const NORMAL_EXPONENT = 300;

/**
 * Draws one weight within ±jitter of its value, as the aggregator reads it: the decimal of the
 * drawn float, or the float itself (the weight unchanged, or a draw near the ends of the float
 * range), or the drawn decimal when it lies past `Number.MAX_VALUE`. Each call takes the
 * generator's next number, so the order of the calls is the order of the draws.
 * @internal
 */
export type ExactWeightDraw = (weight: number) => Exact | number;

/** The same draw as a float: the number a weight of the methodology would be. @internal */
export type WeightDraw = (weight: number) => number;

/**
 * A drawn weight: the weight itself when unchanged (factor exactly 1, or weight 0), else the
 * drawn decimal, as text (`"<digits>e-<places>"`) or as a decimal.
 */
type RawDraw = number | string | Exact;

/** A non-negative decimal as a safe integer of units and a number of decimal places. */
interface ShortDecimal {
  readonly units: number;
  readonly places: number;
}

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

function shortDecimal(text: string): ShortDecimal | null {
  const match = PLAIN.exec(text);
  if (match === null) return null;
  const units = Number(match[1]! + (match[2] ?? ''));
  return Number.isSafeInteger(units) ? { units, places: match[2]?.length ?? 0 } : null;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000] as const;
/** Decimals of a jitter that the integer path takes: then jitter × 2³² × 10^places stays below 2⁵³. */
const SHORT_JITTER_PLACES = 6;

function digitCount(units: number): number {
  let digits = 0;
  for (let rest = units; rest >= 1; rest = Math.floor(rest / 10)) digits += 1;
  return digits;
}

/**
 * m / 2³² × 10^−shift (m a positive safe integer) rounded half-up to 15 significant digits,
 * as `"<digits>e-<places>"`: whole part and remainder by exact float division by 2³², then up
 * to six decimals at a time (remainder × 10⁶ < 2⁵³), all in safe integers.
 */
function roundedQuotient(m: number, shift: number): string {
  let units = Math.floor(m / PRNG_RANGE);
  let rest = m - units * PRNG_RANGE;
  let digits = digitCount(units);
  let places = shift;
  while (digits < WEIGHT_DIGITS) {
    const chunk = digits === 0 ? 6 : Math.min(6, WEIGHT_DIGITS - digits);
    const scaled = rest * POWERS_OF_TEN[chunk]!;
    const next = Math.floor(scaled / PRNG_RANGE);
    rest = scaled - next * PRNG_RANGE;
    units = units * POWERS_OF_TEN[chunk]! + next;
    places += chunk;
    digits = digitCount(units);
  }
  if (2 * rest >= PRNG_RANGE) units += 1;
  return `${units}e-${places}`;
}

/**
 * The draw itself: w × (1 + jitter × k × 2⁻³²) with k = 2n − 2³², in 40-digit decimal
 * arithmetic rounded half-up to 15 significant digits.
 *
 * When the jitter has at most 6 decimals (j = J / 10ᵃ) and the weight is a short decimal
 * (w = W / 10ᵇ) with W × N a safe integer, where N = 10ᵃ × 2³² + J × k, nothing before the last
 * step rounds in 40 digits (the factor N / (10ᵃ × 2³²) has at most a + 33 ≤ 39 digits, the
 * product W × N / (10ᵃ⁺ᵇ × 2³²) fewer than 40), so the draw is the one rounding of that
 * quotient, done in integers by `roundedQuotient`: the same digits, without Decimal.
 */
function rawWeightDrawer(jitter: Exact, next: Prng): (weight: number) => RawDraw {
  // jitter × 2⁻³² is exact (≤ 17 + 23 digits), so jitterUnit × (2n − 2³²) rounds only once,
  // exactly like jitter × ((2n − 2³²) × 2⁻³²) would; 2n − 2³² is an integer below 2⁵³.
  const jitterUnit = jitter.times(TWO_TO_MINUS_32);
  const short = shortDecimal(jitter.toFixed());
  const fast = short !== null && short.places <= SHORT_JITTER_PLACES ? short : null;
  const scale = fast === null ? 0 : POWERS_OF_TEN[fast.places]! * PRNG_RANGE;
  const shortWeights = new Map<number, ShortDecimal | null>();
  const exactWeights = new Map<number, Exact>();
  return (weight) => {
    const k = 2 * next() - PRNG_RANGE;
    if (fast !== null) {
      // The factor is exact here, so it is 1 exactly when J × k is 0.
      if (weight === 0 || k === 0 || fast.units === 0) return weight;
      let w = shortWeights.get(weight);
      if (w === undefined) shortWeights.set(weight, (w = shortDecimal(String(weight))));
      if (w !== null) {
        const m = w.units * (scale + fast.units * k);
        if (Number.isSafeInteger(m)) return roundedQuotient(m, fast.places + w.places);
      }
    }
    const factor = ONE.plus(jitterUnit.times(k));
    if (weight === 0 || factor.eq(ONE)) return weight;
    let base = exactWeights.get(weight);
    if (base === undefined) exactWeights.set(weight, (base = new Exact(weight)));
    // A product by 1 is the factor itself (it already has at most 40 digits).
    const product = weight === 1 ? factor : base.times(factor);
    return product.toSignificantDigits(WEIGHT_DIGITS, Exact.ROUND_HALF_UP);
  };
}

/**
 * Draws weights uniformly within ±jitter of their value: w × (1 + jitter × (2u − 1)) with
 * u = n / 2³² for the generator's next n, computed in 40-digit decimal arithmetic and rounded
 * half-up to 15 significant digits. A weight whose factor is exactly 1 (always so for jitter
 * 0), or 0, comes back unchanged. Every weight takes one draw, even a weight of 0, so the
 * sequence never shifts.
 *
 * Short jitters (≤ 6 decimals) and short weights take an integer path that gives the same
 * digits as the decimal one. A draw past `Number.MAX_VALUE` (a weight near it, drawn up) is
 * handed over as its decimal, never as `Infinity`, so such weights are drawn like any other.
 *
 * @param jitter - the relative half-width of the draw, 0 ≤ jitter < 1
 * @param next - the generator, e.g. `createPrng(seed)`
 * @returns a draw to call once per weight, in the order of the run
 * @internal
 */
export function exactWeightDrawer(jitter: Exact, next: Prng): ExactWeightDraw {
  const draw = rawWeightDrawer(jitter, next);
  return (weight) => {
    const drawn = draw(weight);
    if (typeof drawn === 'number') return drawn;
    if (typeof drawn === 'string') return new Exact(drawn);
    // A normal float reads back as exactly the decimal of ≤ 15 digits it was made from;
    // anything near the ends of the float range is handed over as the float itself, except a
    // draw past the largest float (a weight near Number.MAX_VALUE drawn up): no float reads as
    // it, so it stays the decimal, which the aggregator weighs like any other.
    if (Math.abs(drawn.e) <= NORMAL_EXPONENT) return drawn;
    const float = drawn.toNumber();
    if (!Number.isFinite(float)) return drawn;
    return float === 0 ? 0 : float;
  };
}

/**
 * `exactWeightDrawer` with every draw as a float, which reads back as exactly the decimal it
 * was rounded to (`Infinity` for a draw past `Number.MAX_VALUE`): what a test holds against the
 * documented formula.
 * @internal
 */
export function weightDrawer(jitter: Exact, next: Prng): WeightDraw {
  const draw = exactWeightDrawer(jitter, next);
  return (weight) => {
    const drawn = draw(weight);
    return typeof drawn === 'number' ? drawn : drawn.toNumber();
  };
}
