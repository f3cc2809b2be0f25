import { CedsInputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { methodologyOverridesSchema, methodologyRuleIssues, methodologyShapeSchema } from './input/methodology.js';
import { brandMethodology, isBrandedMethodology } from './methodology-brand.js';
import { defaultMethodology } from './presets.js';
import type { Methodology, MethodologyOverrides } from './types.js';

const SUBJECT = 'methodology';

// The nested objects that merge key by key; every other key (arrays, strings, numbers) is
// replaced whole by an override.
const NESTED = new Set<string>(['areaWeights', 'overallWeights', 'aggregation', 'missingData']);

/**
 * Validates a complete methodology and returns it frozen and marked as validated: the value
 * itself when it already is (the presets, or anything `defineMethodology` returned), else a
 * validated, frozen copy (so a plain JSON methodology read from a file is accepted). The value
 * is read once (src/core/validate.ts) and the rules run on zod's copy, so a getter cannot show
 * the rules another methodology than the one the schema checked.
 * @internal
 */
export function validateMethodology(value: unknown): Methodology {
  if (isValidated(value)) return value;
  // The copy zod returns shares nothing mutable with the caller's value.
  const parsed: Methodology = parseInput(methodologyShapeSchema, value, SUBJECT);
  const issues = methodologyRuleIssues(parsed);
  if (issues.length > 0) throw new CedsInputError(issues, SUBJECT);
  return brandMethodology(parsed);
}

// Asking a Proxy whether it is a validated methodology can throw: then it is not one, and
// reading it says where it fails.
function isValidated(value: unknown): value is Methodology {
  try {
    return isBrandedMethodology(value);
  } catch {
    return false;
  }
}

/**
 * Makes a new methodology from a base and some overrides. Nested objects (`areaWeights`,
 * `overallWeights`, `aggregation`, `missingData`) merge key by key; arrays (`areas`,
 * `dimensions`, `levels`, `budgetBands` …) and plain values replace whole. The result is
 * validated, deeply frozen and new; the base is never changed.
 *
 * Rejected, as a `CedsInputError` whose issues carry paths: keys a methodology does not have,
 * negative weights or weights that are all zero, level bands that do not cover 0–100 in
 * strictly increasing order, duplicate area or dimension ids, groups other than exactly
 * `internal` and `external`, budget bands out of order, and so on.
 *
 * @param overrides - the keys to change; give a new `id` or `version` so that results say
 *   which methodology made them
 * @param base - the methodology to start from; `defaultMethodology` when omitted
 * @returns a new, validated, deeply frozen methodology
 * @throws CedsInputError (subject `methodology`) when the overrides or the result are invalid
 *
 * @example
 * ```ts
 * import { defineMethodology, platformMethodology } from 'wego-ceds';
 * const heavy = defineMethodology({ id: 'ops-heavy', areaWeights: { operation: 2 } });
 * heavy.areaWeights; // => { operation: 2, development: 1, utilization: 1 }
 * defineMethodology({ precision: 1 }, platformMethodology).areas.length; // => 4
 * let caught;
 * try { defineMethodology({ areaWeights: { operation: -1 } }); } catch (error) { caught = error; }
 * caught.issues[0].path; // => ['areaWeights', 'operation']
 * ```
 */
export function defineMethodology(
  overrides: MethodologyOverrides,
  base: Methodology = defaultMethodology,
): Methodology {
  const changes: Record<string, unknown> = parseInput(methodologyOverridesSchema, overrides, SUBJECT);
  const start = validateMethodology(base) as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...start };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    merged[key] = NESTED.has(key)
      ? { ...(start[key] as object), ...definedEntries(value as Record<string, unknown>) }
      : value;
  }
  return validateMethodology(merged);
}

// An override `{ operation: undefined }` leaves the base value in place, like an absent key.
function definedEntries(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
