import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { MissingDataPolicy } from '../core/aggregate.js';
import { Exact } from '../core/decimal.js';
import { CedsInputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { assessOptionsSchema } from './input/city-input.js';
import { validateMethodology } from './define-methodology.js';
import { defaultMethodology } from './presets.js';
import type { Methodology } from './types.js';

/**
 * The options every function that scores a city takes: which methodology, and how missing data
 * counts. `AssessCityOptions`, `FindConsiderationsOptions` and `AnalyzeSensitivityOptions`
 * extend it, so one object of these keys can be handed to each of them.
 *
 * @example
 * ```ts
 * import { assessCity, findConsiderations } from 'wego-ceds';
 * import type { ScoringOptions } from 'wego-ceds';
 * const city = { city: { id: 'seoul', name: 'Seoul' }, services: [
 *   { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 3 }] };
 * const options: ScoringOptions = { missingData: 'zero', minCoverage: 0 };
 * assessCity(city, options).overall.score; // => 53.33
 * findConsiderations(city, { ...options, limit: 1 })[0].kind; // => 'raise-utilization'
 * ```
 */
export interface ScoringOptions {
  /** The methodology; `defaultMethodology` when omitted. */
  readonly methodology?: Methodology | undefined;
  /** Overrides the methodology's missing-data policy for this call. */
  readonly missingData?: MissingDataPolicy | undefined;
  /** Overrides the methodology's minimum coverage (percent) for this call. */
  readonly minCoverage?: number | undefined;
}

/** Options of `assessCity` and `safeAssessCity`. */
export interface AssessCityOptions extends ScoringOptions {
  /** Set false to leave `explanations` empty (lean results for batch scoring); default true. */
  readonly explain?: boolean | undefined;
}

/** Options of `assessCities`: those of `assessCity`, applied to every city. */
export type AssessCitiesOptions = AssessCityOptions;

/** What `CedsInputError` messages call the options. @internal */
export const OPTIONS_SUBJECT = 'assessment options';

/**
 * How missing data is scored in one assessment: the policy and the minimum coverage, taken
 * from the methodology unless the call overrides them.
 * @internal
 */
export interface ScoringPolicy {
  /** `exclude`, `zero` or `error`. */
  readonly missing: MissingDataPolicy;
  /** Minimum coverage in percent (0–100). */
  readonly minCoverage: number;
  /** The same as a share of the weight (0–1), exact, for the aggregator. */
  readonly minShare: Exact;
  /**
   * What the aggregator does with a component that is still null. Under `error` every missing
   * answer was rejected already, so a null left here is structural (e.g. an area with no
   * operating service has no utilization to report) and is excluded.
   */
  readonly aggregatorMissing: 'exclude' | 'zero';
  /** Whether aggregates keep their components (for explanations); false is faster. */
  readonly components: boolean;
}

/** Builds the scoring policy of a methodology, with optional per-call overrides. @internal */
export function scoringPolicy(
  methodology: Methodology,
  overrides: {
    missingData?: MissingDataPolicy | undefined;
    minCoverage?: number | undefined;
    components?: boolean | undefined;
  } = {},
): ScoringPolicy {
  const missing = overrides.missingData ?? methodology.missingData.policy;
  const minCoverage = overrides.minCoverage ?? methodology.missingData.minCoverage;
  return {
    missing,
    minCoverage,
    minShare: new Exact(minCoverage).div(100),
    aggregatorMissing: missing === 'zero' ? 'zero' : 'exclude',
    components: overrides.components ?? true,
  };
}

/** Options after validation. @internal */
export interface ResolvedAssessOptions {
  readonly methodology: Methodology;
  readonly policy: ScoringPolicy;
  readonly explain: boolean;
}

/**
 * Validates the options of `assessCity` and resolves the methodology (default
 * `defaultMethodology`), the scoring policy and `explain` (default true).
 * @internal
 */
export function resolveAssessOptions(options: unknown): ResolvedAssessOptions {
  const parsed = parseInput(assessOptionsSchema, options, OPTIONS_SUBJECT);
  let methodology = defaultMethodology;
  if (parsed?.methodology !== undefined) {
    try {
      methodology = validateMethodology(parsed.methodology);
    } catch (error) {
      // Re-root the methodology's issues under `methodology`, so the path leads to them.
      if (!(error instanceof CedsInputError)) throw error;
      throw new CedsInputError(
        error.issues.map((i) => ({ ...i, path: ['methodology', ...i.path] })),
        OPTIONS_SUBJECT,
      );
    }
  }
  const explain = parsed?.explain ?? true;
  const policy = scoringPolicy(methodology, {
    missingData: parsed?.missingData,
    minCoverage: parsed?.minCoverage,
    components: explain,
  });
  return { methodology, policy, explain };
}

/**
 * The `ScoringOptions` keys in the schema of an insight function's options: accepted as they
 * are, then checked by the rules of `assessCity` in `resolveScoringOptions`.
 * @internal
 */
export function scoringOptionsShape() {
  return {
    methodology: z.optional(z.unknown()),
    missingData: z.optional(z.unknown()),
    minCoverage: z.optional(z.unknown()),
  };
}

/** Options of type `T` as their schema parses them: the `ScoringOptions` keys not checked yet. @internal */
export type ParsedScoringOptions<T extends ScoringOptions> = Omit<T, keyof ScoringOptions> & {
  readonly [K in keyof ScoringOptions]?: unknown;
};

/** An insight function's options after validation. @internal */
export interface ResolvedScoringOptions<T extends ScoringOptions> {
  /** Its own keys, checked. */
  readonly options: ParsedScoringOptions<T>;
  /** The methodology, `defaultMethodology` when omitted. */
  readonly methodology: Methodology;
  /** The scoring policy, keeping no components: an insight function reads only the scores. */
  readonly policy: ScoringPolicy;
}

const SCORING_KEYS = ['methodology', 'missingData', 'minCoverage'] as const;

/**
 * Validates the options of a function that scores a city on its way (`findConsiderations`,
 * `analyzeSensitivity`): its own keys by `schema` (issues under `subject`), then the
 * `ScoringOptions` keys by the same rules and with the same issues as `assessCity`'s options.
 * @internal
 */
export function resolveScoringOptions<T extends ScoringOptions>(
  schema: $ZodType<ParsedScoringOptions<T>>,
  options: unknown,
  subject: string,
): ResolvedScoringOptions<T> {
  const parsed = parseInput(schema, options, subject);
  const scoring: Record<string, unknown> = { explain: false };
  for (const key of SCORING_KEYS) if (parsed[key] !== undefined) scoring[key] = parsed[key];
  const { methodology, policy } = resolveAssessOptions(scoring);
  return { options: parsed, methodology, policy };
}
