import * as z from 'zod/mini';
import { countryCode, nonEmptyString } from '../../core/schema-parts.js';

// The shape of a program. The rules across fields (unique ids, references to tiers, criteria
// and judges, decimals) live in `awardProgramRuleIssues`, so each issue gets its own code.

function wholeNumber(what: string, min: number, max?: number) {
  const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
  const int = z.int({ error: `${what} must be a whole number` });
  const atLeast = z.gte(min, { error: `${what} must be ${range}` });
  return max === undefined ? int.check(atLeast) : int.check(atLeast, z.lte(max, { error: `${what} must be ${range}` }));
}

/**
 * A prize threshold, on its own: zod drops a record key `__proto__` (a tier may be called so),
 * and `defineAwardProgram` checks that one with this schema. Its range depends on the program's
 * scale (0–100 under `percent`), a rule across fields. Built once at load; see
 * src/core/validate.ts.
 * @internal
 */
export const prizeThresholdSchema = /* @__PURE__ */ z.number({ error: 'A prize threshold must be a finite number' });

const SCALE_LIMIT = 1e6;

function scaleBound(what: string) {
  return z
    .number({ error: `${what} must be a finite number` })
    .check(
      z.gte(-SCALE_LIMIT, { error: `${what} must be from -1000000 to 1000000` }),
      z.lte(SCALE_LIMIT, { error: `${what} must be from -1000000 to 1000000` }),
    );
}

function criterionSchema() {
  return z.strictObject({
    id: nonEmptyString('A criterion id'),
    name: nonEmptyString('A criterion name'),
    weight: z
      .number({ error: 'A weight must be a finite number' })
      .check(
        z.gte(0, { error: 'A weight must not be negative' }),
        z.lte(SCALE_LIMIT, { error: 'A weight must be at most 1000000' }),
      ),
    min: scaleBound('A scale minimum'),
    max: scaleBound('A scale maximum'),
  });
}

function judgeSchema() {
  return z.strictObject({
    id: nonEmptyString('A judge id'),
    name: nonEmptyString('A judge name'),
    country: countryCode("A judge's country"),
    position: z.optional(nonEmptyString("A judge's position")),
    organization: nonEmptyString("A judge's organization"),
    organizationCountry: z.optional(countryCode("An organization's country")),
  });
}

function rulesSchema() {
  const tieBreak = z.union([
    z.enum(['median', 'mean'], { error: 'A tie-break is "median", "mean", { criterion } or { criteria }' }),
    z.strictObject({ criterion: nonEmptyString('A tie-break criterion') }),
    z.strictObject({
      criteria: z
        .array(nonEmptyString('A tie-break criterion'))
        .check(z.minLength(1, { error: 'A tie-break names at least one criterion' })),
    }),
  ]);
  return z.strictObject({
    aggregation: z.optional(
      z.strictObject({
        method: z.enum(['mean', 'median', 'trimmed-mean', 'z-score'], {
          error: 'Must be "mean", "median", "trimmed-mean" or "z-score"',
        }),
        trim: z.optional(wholeNumber('The trim', 0)),
        by: z.optional(z.enum(['judge', 'criterion'], { error: 'Must be "judge" or "criterion"' })),
      }),
    ),
    quorum: z.optional(wholeNumber('The quorum', 1)),
    conflicts: z.optional(
      z.strictObject({
        sameCountry: z.optional(z.boolean({ error: 'Must be true or false' })),
        sameOrganization: z.optional(z.boolean({ error: 'Must be true or false' })),
        declared: z.optional(
          z.array(
            z.strictObject({
              judgeId: nonEmptyString('A judge id'),
              participantId: nonEmptyString('A participant id'),
            }),
          ),
        ),
      }),
    ),
    maxEntriesPerParticipant: z.optional(wholeNumber('The entry limit', 1)),
    prizeThresholds: z.optional(z.record(z.string(), prizeThresholdSchema)),
    tieBreak: z.optional(z.array(tieBreak)),
    precision: z.optional(wholeNumber('The precision', 0, 6)),
    scale: z.optional(z.enum(['percent', 'points'], { error: 'Must be "percent" or "points"' })),
    monitoring: z.optional(
      z.strictObject({
        deviation: z.optional(
          z
            .number({ error: 'The monitoring deviation must be a finite number' })
            .check(z.gte(0, { error: 'The monitoring deviation must not be negative' })),
        ),
      }),
    ),
  });
}

// Built once at load; see src/core/validate.ts.
function programShape() {
  const named = (what: string) =>
    z.strictObject({ id: nonEmptyString(`A ${what} id`), name: nonEmptyString(`A ${what} name`) });
  return z.strictObject({
    edition: nonEmptyString('The edition'),
    categories: z.array(named('category')).check(z.minLength(1, { error: 'A program needs at least one category' })),
    tiers: z.array(named('tier')).check(z.minLength(1, { error: 'A program needs at least one prize tier' })),
    rubric: z.strictObject({
      criteria: z.array(criterionSchema()).check(z.minLength(1, { error: 'A rubric needs at least one criterion' })),
    }),
    panel: z.array(judgeSchema()).check(z.minLength(1, { error: 'A panel needs at least one judge' })),
    rules: z.optional(rulesSchema()),
  });
}

/**
 * The shape of an award program definition, without the rules across fields; the output type
 * is checked against `AwardProgramDefinition` where `defineAwardProgram` binds it.
 * @internal
 */
export const awardProgramShapeSchema = /* @__PURE__ */ programShape();
