import * as z from 'zod/mini';
import { countryCode, nonEmptyString, numberWithin } from '../../core/schema-parts.js';
import { budgetInputSchema } from './budget.js';

// Structure and ranges only. Rules that tie fields together (status vs level, utilization only
// on operating services, likert ranges, ordinal answers) and rules that need the methodology
// (area and dimension ids, duplicates, the `error` policy) are checked in
// `../validate-city-input.ts`, so that they can name their own codes and paths.

const finite = (what: string) => z.number({ error: `Must be a finite number (${what})` });

const percent = (what: string) =>
  numberWithin(`Must be a finite number (${what})`, `Must be from 0 to 100 (${what})`, 0, 100);

const weight = z.optional(finite('weight').check(z.gte(0, { error: 'A weight must be 0 or more' })));

const integer = (what: string) => z.int({ error: `Must be a whole number (${what})` });

/** The city being assessed (strict). @internal */
export const cityInputSchema = /* @__PURE__ */ z.strictObject({
  id: nonEmptyString('A city id'),
  name: nonEmptyString('A city name'),
  country: z.optional(countryCode('A country')),
});

/** A service record (strict). @internal */
export const serviceInputSchema = /* @__PURE__ */ z.strictObject({
  id: nonEmptyString('A service id'),
  area: nonEmptyString('An area id'),
  name: z.string({ error: 'Must be the service name (a string)' }),
  status: z.enum(['operating', 'developing', 'planned', 'absent']),
  level: integer('level 0 to 5').check(
    z.gte(0, { error: 'A level must be from 0 (no system) to 5' }),
    z.lte(5, { error: 'A level must be from 0 (no system) to 5' }),
  ),
  utilization: z.optional(z.nullable(percent('utilization'))),
  applicable: z.optional(z.boolean()),
});

const indicatorBase = { id: nonEmptyString('An indicator id'), weight };

const likertSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('likert'),
  min: z.optional(integer('likert minimum')),
  max: z.optional(integer('likert maximum')),
  value: z.nullable(integer('likert answer')),
});

const booleanSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('boolean'),
  value: z.nullable(z.boolean()),
});

const percentSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('percent'),
  value: z.nullable(percent('percent')),
});

const scoreSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('score'),
  value: z.nullable(percent('score')),
});

// zod drops a `__proto__` key from records silently; an answer by that name is rejected instead.
const scaleSchema = /* @__PURE__ */ z.pipe(
  z.unknown().check(
    z.refine((raw) => typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, '__proto__'), {
      error: 'A scale answer may not be named "__proto__"',
    }),
  ),
  z.record(z.string(), percent('ordinal score')),
);

const ordinalSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('ordinal'),
  scale: scaleSchema,
  value: z.nullable(
    z.union([z.string(), finite('ordinal answer')], {
      error: 'Must be an answer of the scale (a string or a number), or null',
    }),
  ),
});

const numericSchema = /* @__PURE__ */ z.strictObject({
  ...indicatorBase,
  kind: z.literal('numeric'),
  low: finite('low goalpost'),
  high: finite('high goalpost'),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  value: z.nullable(finite('figure')),
});

/** Any indicator, told apart by `kind` (strict). @internal */
export const indicatorInputSchema = /* @__PURE__ */ z.discriminatedUnion(
  'kind',
  [likertSchema, booleanSchema, percentSchema, ordinalSchema, numericSchema, scoreSchema],
  { error: 'Must be an indicator whose kind is "likert", "boolean", "percent", "ordinal", "numeric" or "score"' },
);

/** A dimension's answers (strict). @internal */
export const dimensionInputSchema = /* @__PURE__ */ z.strictObject({
  id: nonEmptyString('A dimension id'),
  indicators: z.optional(z.array(indicatorInputSchema)),
  score: z.optional(percent('dimension score')),
});

/**
 * Everything a city enters for one assessment (strict): the city, an optional period, the
 * services, the readiness dimensions and an optional budget.
 * @internal
 */
export const cityAssessmentInputShapeSchema = /* @__PURE__ */ z.strictObject({
  city: cityInputSchema,
  period: z.optional(nonEmptyString('A period')),
  services: z.optional(z.array(serviceInputSchema)),
  dimensions: z.optional(z.array(dimensionInputSchema)),
  budget: z.optional(z.nullable(budgetInputSchema)),
});

/**
 * The options of `assessCity` (strict). The methodology is only checked for presence here;
 * `validateMethodology` checks its content.
 * @internal
 */
/** A missing-data policy given as an option. @internal */
export const missingDataOptionSchema = /* @__PURE__ */ z.optional(
  z.enum(['exclude', 'zero', 'error'], { error: 'Must be "exclude", "zero" or "error"' }),
);

export const assessOptionsSchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    methodology: z.optional(z.unknown()),
    missingData: missingDataOptionSchema,
    minCoverage: z.optional(percent('minimum coverage in percent')),
    explain: z.optional(z.boolean()),
  }),
);
