import * as z from 'zod/mini';
import type { MissingDataPolicy } from '../core/aggregate.js';
import { parseInput } from '../core/validate.js';
import { defaultMethodology } from '../ceds/presets.js';
import { validateMethodology } from '../ceds/define-methodology.js';
import { validateCityInput } from '../ceds/validate-city-input.js';
import { validateStoredAssessment } from '../ceds/input/assessment.js';
import { missingDataOptionSchema } from '../ceds/input/city-input.js';
import type { CityAssessment, CityAssessmentInput, Methodology } from '../ceds/types.js';
import { defineAwardProgram, validateAwardProgram } from '../awards/program.js';
import { parseSubmissions } from '../awards/submissions.js';
import type { AwardProgram, AwardProgramDefinition, Submissions } from '../awards/types.js';
import { standardSchema, type CedsSchema } from './standard-schema.js';

/**
 * A validator of city assessment inputs under a methodology: the very checks `assessCity` runs
 * (shape, ranges, ids known to the methodology, duplicates, status versus level, and the
 * missing-data policy when it is `error`).
 *
 * @param methodology - the methodology whose areas and dimensions the input must use
 * @param options - `missingData` to check under another policy than the methodology's
 * @returns a Standard Schema whose `validate` gives `{ value }` or `{ issues }`, plus `parse`
 *
 * @example
 * ```ts
 * import { platformMethodology } from 'wego-ceds';
 * import { cityAssessmentInputSchemaFor } from 'wego-ceds/schemas';
 * const schema = cityAssessmentInputSchemaFor(platformMethodology);
 * const input = { city: { id: 'x', name: 'X' }, services: [{ id: 's', area: 'e-life', name: 'S', status: 'planned', level: 0 }] };
 * schema['~standard'].validate(input).issues; // => undefined
 * ```
 */
export function cityAssessmentInputSchemaFor(
  methodology: Methodology,
  options: { readonly missingData?: MissingDataPolicy | undefined } = {},
): CedsSchema<CityAssessmentInput> {
  const checked = validateMethodology(methodology);
  const parsed = parseInput(inputSchemaOptions, options, 'schema options');
  const policy = parsed?.missingData ?? checked.missingData.policy;
  return standardSchema((value) => validateCityInput(value, checked, policy));
}

const inputSchemaOptions = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ missingData: missingDataOptionSchema }),
);

/**
 * The validator of city assessment inputs under `defaultMethodology`, as a Standard Schema.
 *
 * @example
 * ```ts
 * import { cityAssessmentInputSchema } from 'wego-ceds/schemas';
 * const bad = { city: { id: 'x', name: 'X' }, services: [{ id: 's', area: 'e-admin', name: 'S', status: 'absent', level: 3 }] };
 * const result = cityAssessmentInputSchema['~standard'].validate(bad);
 * result.issues.map((i) => [i.path.join('.'), i.code]); // => [['services.0.level', 'invalid_level']]
 * ```
 */
export const cityAssessmentInputSchema: CedsSchema<CityAssessmentInput> = /* @__PURE__ */ standardSchema((value) =>
  validateCityInput(value, defaultMethodology, defaultMethodology.missingData.policy),
);

/**
 * The validator of methodologies (complete, as plain JSON), as a Standard Schema. The value
 * returned on success is the frozen, validated methodology.
 *
 * @example
 * ```ts
 * import { defaultMethodology } from 'wego-ceds';
 * import { methodologySchema } from 'wego-ceds/schemas';
 * const copy = JSON.parse(JSON.stringify(defaultMethodology));
 * methodologySchema['~standard'].validate(copy).value.id; // => 'ceds-deck-2015'
 * ```
 */
export const methodologySchema: CedsSchema<Methodology> = /* @__PURE__ */ standardSchema(validateMethodology);

/**
 * The validator of stored assessments (a `CityAssessment` kept as JSON, as `rankAssessments` and
 * `compareAssessments` take it), as a Standard Schema: the shape of every field; scores from 0
 * to 100 or null; the methodology it carries validated as a methodology; its id and version as
 * in that definition; one row per area, group and dimension id, each known to the methodology;
 * service ids unique, in known areas; and every level the band of its score under the
 * methodology (null without a score). A `-0` reads as 0. The value returned on success is a
 * frozen, validated copy.
 *
 * @example
 * ```ts
 * import { assessCity } from 'wego-ceds';
 * import { cityAssessmentSchema } from 'wego-ceds/schemas';
 * const stored = JSON.parse(JSON.stringify(assessCity({ city: { id: 'seoul', name: 'Seoul' }, services: [
 *   { id: 's1', area: 'e-admin', name: 'Mail', status: 'operating', level: 3, utilization: 50 }] })));
 * cityAssessmentSchema['~standard'].validate(stored).value.overall; // => { score: 70, level: { level: 4, name: 'Transactional' } }
 * stored.overall.score = 95; // edited by hand: level 4 no longer matches
 * cityAssessmentSchema['~standard'].validate(stored).issues.map((i) => [i.path.join('.'), i.code]); // => [['overall.level', 'invalid_level']]
 * ```
 */
export const cityAssessmentSchema: CedsSchema<CityAssessment> =
  /* @__PURE__ */ standardSchema(validateStoredAssessment);

/**
 * The validator of award programs, as a Standard Schema. The value returned on success is the
 * program with every default filled in, as `defineAwardProgram` returns it.
 *
 * @example
 * ```ts
 * import { awardProgramSchema } from 'wego-ceds/schemas';
 * awardProgramSchema['~standard'].validate({ edition: 'x' }).issues.length > 0; // => true
 * ```
 */
export const awardProgramSchema: CedsSchema<AwardProgram> = /* @__PURE__ */ standardSchema(validateAwardProgram);

/**
 * A validator of award submissions (participants, entries, scores) for one program: the checks
 * `judgeAwards` runs (known judges, entries, criteria and categories, scores on the scale, no
 * duplicate score, entry limits).
 *
 * @param program - the program, as defined or as `defineAwardProgram` returned it
 * @returns a Standard Schema whose value on success is the submissions, validated: plain data
 *   read once from the value given
 *
 * @example
 * ```ts
 * import { submissionsSchemaFor } from 'wego-ceds/schemas';
 * const schema = submissionsSchemaFor({
 *   edition: 'Demo', categories: [{ id: 'open-city', name: 'Open City' }], tiers: [{ id: 'gold', name: 'Gold' }],
 *   rubric: { criteria: [{ id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 }] },
 *   panel: [{ id: 'j1', name: 'Judge One', country: 'FI', organization: 'Open Ministry' }],
 *   rules: { aggregation: { method: 'mean' }, quorum: 1 },
 * });
 * schema['~standard'].validate({ participants: [], entries: [], scores: [] }).issues; // => undefined
 * schema['~standard'].validate({ participants: [], entries: [], scores: [{ judgeId: 'j9', entryId: 'e', criterionId: 'impact', value: 5 }] }).issues.length; // => 2
 * ```
 */
export function submissionsSchemaFor(program: AwardProgramDefinition | AwardProgram): CedsSchema<Submissions> {
  const checked = defineAwardProgram(program);
  return standardSchema((value) => parseSubmissions(checked, value));
}
