import type { MissingDataPolicy } from '../core/aggregate.js';
import { Exact } from '../core/decimal.js';
import { CedsInputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { assessOptionsSchema } from '../schemas/city-input.js';
import { validateMethodology } from './define-methodology.js';
import { defaultMethodology } from './presets.js';
import type { Methodology } from './types.js';

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
