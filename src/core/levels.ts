import { CedsInputError } from './errors.js';
import { exact } from './decimal.js';
import { DEFAULT_PRECISION, roundExact } from './round.js';

/** One maturity band: scores from `min` (inclusive) up to the next band's `min` (exclusive). */
export interface LevelBand {
  /** The level number, 1 for the lowest band. */
  readonly level: number;
  /** The band's name, e.g. `Transactional`. */
  readonly name: string;
  /** The lowest score (inclusive) in the band; the first band starts at 0. */
  readonly min: number;
}

/** A maturity level as it appears in results. */
export interface Level {
  /** 1 (lowest) to 5 (highest) with the default bands. */
  readonly level: number;
  /** The band's name, e.g. `Interactive`. */
  readonly name: string;
}

/**
 * The default bands of the CeDS maturity scale, named after the UN/ASPA five-stage
 * e-government model (2001). Each band runs from its `min` (inclusive) to the next band's.
 *
 * @example
 * ```ts
 * import { defaultLevelBands } from 'wego-ceds';
 * defaultLevelBands.map((b) => `${b.level} ${b.name} from ${b.min}`); // => ['1 Emerging from 0', '2 Enhanced from 20', '3 Interactive from 40', '4 Transactional from 60', '5 Seamless from 80']
 * ```
 */
export const defaultLevelBands: readonly LevelBand[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({ level: 1, name: 'Emerging', min: 0 }),
  Object.freeze({ level: 2, name: 'Enhanced', min: 20 }),
  Object.freeze({ level: 3, name: 'Interactive', min: 40 }),
  Object.freeze({ level: 4, name: 'Transactional', min: 60 }),
  Object.freeze({ level: 5, name: 'Seamless', min: 80 }),
]);

/** What `levelForScore` needs of a methodology: its bands and its rounding precision. */
export interface LevelScale {
  /** Bands in increasing order; the first starts at 0. */
  readonly levels: readonly LevelBand[];
  /** Decimals the score is rounded to before banding. */
  readonly precision: number;
}

/**
 * The maturity level of a score (0–100). The score is first rounded half-up to the
 * methodology's precision, so a printed 80.00 is always level 5, never level 4.
 *
 * @param score - a score from 0 to 100
 * @param methodology - anything with `levels` and `precision`, such as a `Methodology`;
 *   the default CeDS bands and 2 decimals when omitted
 * @returns the band's `{ level, name }`
 * @throws CedsInputError when the score is not a finite number from 0 to 100
 *
 * @example
 * ```ts
 * import { levelForScore } from 'wego-ceds';
 * levelForScore(56.67); // => { level: 3, name: 'Interactive' }
 * levelForScore(79.995); // => { level: 5, name: 'Seamless' }
 * levelForScore(79.994); // => { level: 4, name: 'Transactional' }
 * ```
 */
export function levelForScore(score: number, methodology?: LevelScale): Level {
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new CedsInputError([{ path: [], code: 'invalid_type', message: 'Expected a finite number' }], 'score');
  }
  if (score < 0 || score > 100) {
    const code = score < 0 ? 'too_small' : 'too_big';
    throw new CedsInputError([{ path: [], code, message: 'A score must be from 0 to 100' }], 'score');
  }
  const bands = methodology?.levels ?? defaultLevelBands;
  return bandOf(roundExact(exact(score), methodology?.precision ?? DEFAULT_PRECISION).toNumber(), bands);
}

/** Bands an already rounded score; bands are validated, so one always matches. @internal */
export function bandOf(rounded: number, bands: readonly LevelBand[]): Level {
  let found = bands[0]!;
  for (const band of bands) if (rounded >= band.min) found = band;
  return Object.freeze({ level: found.level, name: found.name });
}
