import * as z from 'zod/mini';
import { CedsInputError, type CedsIssue } from './errors.js';
import { exact } from './decimal.js';
import { DEFAULT_PRECISION, roundExact } from './round.js';
import { nonEmptyString, numberWithin } from './schema-parts.js';
import { parseInput } from './validate.js';

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

// A scale is checked by the rules of a methodology's bands and precision, with the same codes:
// a helper takes nothing on trust that an entry point would refuse. Not strict: a whole
// methodology is a scale. Built once at load; see src/core/validate.ts.
function levelScale() {
  const precision = z
    .int({ error: 'The precision must be a whole number of decimals' })
    .check(
      z.gte(0, { error: 'The precision must be from 0 to 6 decimals' }),
      z.lte(6, { error: 'The precision must be from 0 to 6 decimals' }),
    );
  const band = z.strictObject({
    level: z.int({ error: 'A level number must be a whole number' }),
    name: nonEmptyString('A level name'),
    min: numberWithin(
      'A band minimum must be a finite number',
      'A band minimum must be from 0 to below 100',
      0,
      100,
      true,
    ),
  });
  return z.object({
    levels: z.array(band).check(z.minLength(1, { error: 'A level scale needs at least one band' })),
    precision: z.optional(precision),
  });
}
const levelScaleSchema = /* @__PURE__ */ levelScale();

/**
 * The rules across a list of level bands: numbered 1, 2, 3 … in order, the first from 0, each
 * band's minimum above the one before, so that every score from 0 to 100 has exactly one band.
 * @internal
 */
export function levelBandIssues(levels: readonly LevelBand[]): CedsIssue[] {
  const issues: CedsIssue[] = [];
  levels.forEach((band, index) => {
    if (band.level !== index + 1) {
      issues.push({
        path: ['levels', index, 'level'],
        code: 'out_of_sequence',
        message: `Levels are numbered 1, 2, 3 … in order: this band must be level ${index + 1}`,
      });
    }
    const previous = levels[index - 1];
    if (previous === undefined) {
      if (band.min !== 0)
        issues.push({
          path: ['levels', 0, 'min'],
          code: 'bands_not_covering',
          message: 'The first level band must start at 0 so that the bands cover 0–100',
        });
    } else if (!(band.min > previous.min)) {
      issues.push({
        path: ['levels', index, 'min'],
        code: 'out_of_order',
        message: `Level bands must be in strictly increasing order: ${band.min} must be greater than ${previous.min}`,
      });
    }
  });
  return issues;
}

const SCALE_SUBJECT = 'level scale';

/** A scale checked (read once), with its precision; the default bands and precision for none. */
function checkedScale(scale: unknown): { readonly levels: readonly LevelBand[]; readonly precision: number } {
  if (scale === undefined) return { levels: defaultLevelBands, precision: DEFAULT_PRECISION };
  const parsed = parseInput(levelScaleSchema, scale, SCALE_SUBJECT);
  const issues = levelBandIssues(parsed.levels);
  if (issues.length > 0) throw new CedsInputError(issues, SCALE_SUBJECT);
  return { levels: parsed.levels, precision: parsed.precision ?? DEFAULT_PRECISION };
}

/**
 * The maturity level of a score (0–100). The score is first rounded half-up to the
 * methodology's precision, so a printed 80.00 is always level 5, never level 4.
 *
 * @param score - a score from 0 to 100
 * @param methodology - anything with `levels` and `precision`, such as a `Methodology`;
 *   the default CeDS bands and 2 decimals when omitted
 * @returns the band's `{ level, name }`
 * @throws CedsInputError when the score is not a finite number from 0 to 100, or when the
 *   scale breaks a methodology's rules: bands numbered 1, 2, 3 … in order, the first from 0,
 *   minimums strictly increasing and below 100, a precision of 0 to 6 decimals
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
  const { levels, precision } = checkedScale(methodology);
  return bandOf(roundExact(exact(score), precision).toNumber(), levels);
}

/** Bands an already rounded score; bands are validated, so one always matches. @internal */
export function bandOf(rounded: number, bands: readonly LevelBand[]): Level {
  let found = bands[0]!;
  for (const band of bands) if (rounded >= band.min) found = band;
  return Object.freeze({ level: found.level, name: found.name });
}
