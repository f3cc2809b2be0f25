import * as z from 'zod/mini';
import { indexIds, withRules } from '../core/rules.js';
import type { CedsIssue } from '../core/errors.js';
import type { AwardProgramDefinition } from '../awards/types.js';

// Shape rules live in the zod schemas; rules across fields (unique ids, references to tiers,
// criteria and judges, decimals) live in `awardProgramRuleIssues`, each with its own code.

function nonEmpty(what: string) {
  return z
    .string({ error: `${what} must be a string` })
    .check(z.minLength(1, { error: `${what} must be a non-empty string` }));
}

function countryCode(what: string) {
  return z
    .string({ error: `${what} must be a string` })
    .check(z.regex(/^[A-Z]{2}$/, { error: `${what} must be an ISO 3166-1 alpha-2 code such as "KR"` }));
}

function wholeNumber(what: string, min: number, max?: number) {
  const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
  const int = z.int({ error: `${what} must be a whole number` });
  const atLeast = z.gte(min, { error: `${what} must be ${range}` });
  return max === undefined ? int.check(atLeast) : int.check(atLeast, z.lte(max, { error: `${what} must be ${range}` }));
}

function score(what: string) {
  return z
    .number({ error: `${what} must be a finite number` })
    .check(
      z.gte(0, { error: `${what} must be from 0 to 100` }),
      z.lte(100, { error: `${what} must be from 0 to 100` }),
    );
}

const SCALE_LIMIT = 1e6;

function scaleBound(what: string) {
  return z
    .number({ error: `${what} must be a finite number` })
    .check(
      z.gte(-SCALE_LIMIT, { error: `${what} must be from -1000000 to 1000000` }),
      z.lte(SCALE_LIMIT, { error: `${what} must be from -1000000 to 1000000` }),
    );
}

// Built inside a function called once under a pure annotation: a bundle that never uses the
// awards (an assessCity dashboard) drops the whole schema, not only its outermost call.
function programShape() {
  const categorySchema = z.strictObject({ id: nonEmpty('A category id'), name: nonEmpty('A category name') });
  const tierSchema = z.strictObject({ id: nonEmpty('A tier id'), name: nonEmpty('A tier name') });

  const criterionSchema = z.strictObject({
    id: nonEmpty('A criterion id'),
    name: nonEmpty('A criterion name'),
    weight: z
      .number({ error: 'A weight must be a finite number' })
      .check(
        z.gte(0, { error: 'A weight must not be negative' }),
        z.lte(SCALE_LIMIT, { error: 'A weight must be at most 1000000' }),
      ),
    min: scaleBound('A scale minimum'),
    max: scaleBound('A scale maximum'),
  });

  const judgeSchema = z.strictObject({
    id: nonEmpty('A judge id'),
    name: nonEmpty('A judge name'),
    country: countryCode("A judge's country"),
    position: z.optional(nonEmpty("A judge's position")),
    organization: nonEmpty("A judge's organization"),
    organizationCountry: z.optional(countryCode("An organization's country")),
  });

  const tieBreakSchema = z.union([
    z.enum(['median', 'mean'], { error: 'A tie-break is "median", "mean" or { criterion }' }),
    z.strictObject({ criterion: nonEmpty('A tie-break criterion') }),
  ]);

  const rulesSchema = z.strictObject({
    aggregation: z.optional(
      z.strictObject({
        method: z.enum(['mean', 'median', 'trimmed-mean', 'z-score'], {
          error: 'Must be "mean", "median", "trimmed-mean" or "z-score"',
        }),
        trim: z.optional(wholeNumber('The trim', 0)),
      }),
    ),
    quorum: z.optional(wholeNumber('The quorum', 1)),
    conflicts: z.optional(
      z.strictObject({
        sameCountry: z.optional(z.boolean({ error: 'Must be true or false' })),
        sameOrganization: z.optional(z.boolean({ error: 'Must be true or false' })),
        declared: z.optional(
          z.array(z.strictObject({ judgeId: nonEmpty('A judge id'), participantId: nonEmpty('A participant id') })),
        ),
      }),
    ),
    maxEntriesPerParticipant: z.optional(wholeNumber('The entry limit', 1)),
    prizeThresholds: z.optional(z.record(z.string(), score('A prize threshold'))),
    tieBreak: z.optional(z.array(tieBreakSchema)),
    precision: z.optional(wholeNumber('The precision', 0, 6)),
    monitoring: z.optional(z.strictObject({ deviation: z.optional(score('The monitoring deviation')) })),
  });

  return z.strictObject({
    edition: nonEmpty('The edition'),
    categories: z.array(categorySchema).check(z.minLength(1, { error: 'A program needs at least one category' })),
    tiers: z.array(tierSchema).check(z.minLength(1, { error: 'A program needs at least one prize tier' })),
    rubric: z.strictObject({
      criteria: z.array(criterionSchema).check(z.minLength(1, { error: 'A rubric needs at least one criterion' })),
    }),
    panel: z.array(judgeSchema).check(z.minLength(1, { error: 'A panel needs at least one judge' })),
    rules: z.optional(rulesSchema),
  });
}

/** The shape of an award program definition, without the rules across fields. @internal */
export const awardProgramShapeSchema = /* @__PURE__ */ programShape();

/**
 * A complete award program definition: the shape and every rule across fields (reported with
 * code `custom`). For the `wego-ceds/schemas` entry; `defineAwardProgram` checks the rules
 * with `awardProgramRuleIssues` to give each its own code.
 * @internal
 */
export const awardProgramSchema = /* @__PURE__ */ withRules(awardProgramShapeSchema, (value) =>
  awardProgramRuleIssues(value as AwardProgramDefinition),
);

/** The number of decimals of a finite number, up to `limit + 1` (more is reported as limit + 1). @internal */
export function decimalsOf(value: number, limit = 6): number {
  let scale = 1;
  for (let places = 0; places <= limit; places += 1, scale *= 10) {
    if (Math.round(value * scale) / scale === value) return places;
  }
  return limit + 1;
}

/**
 * The rules of a program that span fields, checked on a value of the right shape: unique ids;
 * scales with max above min; weights not all zero; at most 6 decimals; thresholds naming tiers;
 * tie-breaks naming criteria; declared conflicts naming judges; trim and quorum that fit.
 * @internal
 */
export function awardProgramRuleIssues(p: AwardProgramDefinition): CedsIssue[] {
  const issues: CedsIssue[] = [];
  indexIds(
    p.categories.map((c) => c.id),
    ['categories'],
    'Category id',
    issues,
  );
  indexIds(
    p.tiers.map((t) => t.id),
    ['tiers'],
    'Tier id',
    issues,
  );
  indexIds(
    p.rubric.criteria.map((c) => c.id),
    ['rubric', 'criteria'],
    'Criterion id',
    issues,
  );
  indexIds(
    p.panel.map((j) => j.id),
    ['panel'],
    'Judge id',
    issues,
  );

  p.rubric.criteria.forEach((c, index) => {
    const path = ['rubric', 'criteria', index];
    if (!(c.max > c.min))
      issues.push({
        path: [...path, 'max'],
        code: 'invalid_scale',
        message: `The scale maximum (${c.max}) must be greater than the minimum (${c.min})`,
      });
    for (const key of ['weight', 'min', 'max'] as const) {
      if (decimalsOf(c[key]) > 6)
        issues.push({ path: [...path, key], code: 'too_precise', message: `At most 6 decimals, got ${c[key]}` });
    }
  });
  if (p.rubric.criteria.every((c) => c.weight === 0)) {
    issues.push({
      path: ['rubric', 'criteria'],
      code: 'all_zero_weights',
      message: 'The criterion weights are all 0; at least one must be above 0',
    });
  }

  const rules = p.rules ?? {};
  const method = rules.aggregation?.method ?? 'mean';
  const trim = rules.aggregation?.trim;
  if (trim !== undefined && method !== 'trimmed-mean' && trim !== 0) {
    issues.push({
      path: ['rules', 'aggregation', 'trim'],
      code: 'unexpected_option',
      message: `A trim applies to "trimmed-mean" only, not to "${method}"`,
    });
  }
  if (method === 'trimmed-mean' && trim === 0) {
    issues.push({
      path: ['rules', 'aggregation', 'trim'],
      code: 'too_small',
      message: 'A trimmed mean drops at least 1 total at each end',
    });
  }
  if (rules.quorum !== undefined && rules.quorum > p.panel.length) {
    issues.push({
      path: ['rules', 'quorum'],
      code: 'too_big',
      message: `The quorum (${rules.quorum}) exceeds the panel of ${p.panel.length} judges, so no entry could be ranked`,
    });
  }
  const judgeIds = new Set(p.panel.map((j) => j.id));
  (rules.conflicts?.declared ?? []).forEach((d, index) => {
    if (!judgeIds.has(d.judgeId))
      issues.push({
        path: ['rules', 'conflicts', 'declared', index, 'judgeId'],
        code: 'unknown_judge',
        message: `No judge ${JSON.stringify(d.judgeId)} on the panel`,
      });
  });
  const tierIds = new Set(p.tiers.map((t) => t.id));
  for (const key of Object.keys(rules.prizeThresholds ?? {})) {
    if (!tierIds.has(key))
      issues.push({
        path: ['rules', 'prizeThresholds', key],
        code: 'unknown_tier',
        message: `No tier ${JSON.stringify(key)} in the program`,
      });
  }
  const criterionIds = new Set(p.rubric.criteria.map((c) => c.id));
  const steps = new Set<string>();
  (rules.tieBreak ?? []).forEach((step, index) => {
    const key = typeof step === 'string' ? step : `criterion:${step.criterion}`;
    if (typeof step !== 'string' && !criterionIds.has(step.criterion)) {
      issues.push({
        path: ['rules', 'tieBreak', index, 'criterion'],
        code: 'unknown_criterion',
        message: `No criterion ${JSON.stringify(step.criterion)} in the rubric`,
      });
    }
    if (steps.has(key))
      issues.push({
        path: ['rules', 'tieBreak', index],
        code: 'duplicate_tie_break',
        message: `The tie-break ${key} is already in the chain`,
      });
    steps.add(key);
  });
  return issues;
}
