// The catalogues of issue and warning codes. Codes are part of the public contract (dashboards
// and other tools switch on them), so each is listed once here and the types follow from the
// lists: a misspelled code fails `tsc`. `docs/codes.md` documents each one; a test keeps the
// two in step.

/**
 * Every code a `CedsIssue` can carry: the rule an input broke. Shape rules use the names of
 * JSON-schema-like checks (`invalid_type`, `too_big`, …); rules across fields name themselves
 * (`duplicate_id`, `unknown_area`, …). See `docs/codes.md`.
 *
 * @example
 * ```ts
 * import { issueCodes } from 'wego-ceds';
 * issueCodes.includes('duplicate_id'); // => true
 * ```
 */
export const issueCodes = [
  // Shape: a value of the wrong type, size, form or set.
  'invalid_type',
  'too_big',
  'too_small',
  'too_precise',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
  // Reading: a value that could not be read at all.
  'unreadable',
  // Rules across fields.
  'duplicate_id',
  'duplicate_score',
  'duplicate_tie_break',
  'unknown_area',
  'unknown_dimension',
  'unknown_group',
  'unknown_category',
  'unknown_tier',
  'unknown_criterion',
  'unknown_judge',
  'unknown_participant',
  'unknown_entry',
  'unexpected_option',
  'all_zero_weights',
  'out_of_order',
  'out_of_sequence',
  'bands_not_covering',
  'empty_methodology',
  'empty_group',
  'missing_catch_all',
  'invalid_range',
  'invalid_scale',
  'invalid_level',
  'invalid_dimension',
  'utilization_not_operating',
  'missing_data',
  'mixed_currency',
  'mixed_methodologies',
  'too_many_entries',
] as const;

/** A code of `issueCodes`: the rule an input broke. */
export type IssueCode = (typeof issueCodes)[number];

/**
 * Every code a `CedsWarning` can carry: data that was excluded, estimated or could not be
 * scored, and judging decisions a reader should know about. See `docs/codes.md`.
 *
 * @example
 * ```ts
 * import { warningCodes } from 'wego-ceds';
 * warningCodes.includes('empty-area'); // => true
 * ```
 */
export const warningCodes = [
  // Assessments.
  'empty-area',
  'non-applicable-services',
  'missing-utilization',
  'missing-indicator',
  'missing-dimension',
  'no-readiness-data',
  'below-coverage',
  'one-side-only',
  'no-score',
  'zero-budget',
  // Awards.
  'conflicted-scores-ignored',
  'incomplete-sheet',
  'below-quorum',
  'trimmed-mean-fallback',
  'z-score-clamped',
  'panel-standardization',
] as const;

/** A code of `warningCodes`: what a warning says about a result. */
export type WarningCode = (typeof warningCodes)[number];
