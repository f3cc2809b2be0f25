import * as z from 'zod/mini';
import { CedsInputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { validateMethodology } from '../ceds/define-methodology.js';
import { defaultMethodology } from '../ceds/presets.js';
import type { Methodology } from '../ceds/types.js';
import { awardProgramShapeSchema } from '../awards/input/program-schema.js';
import { storedAssessmentShape } from '../ceds/input/assessment.js';
import { cityAssessmentInputShapeSchema } from '../ceds/input/city-input.js';
import { methodologyShapeSchema } from '../ceds/input/methodology.js';
import { submissionsShapeSchema } from '../awards/input/submissions-schema.js';

/** The inputs that have a JSON Schema document. */
export type JsonSchemaName =
  'city-assessment-input' | 'methodology' | 'award-program' | 'submissions' | 'city-assessment';

/** A JSON Schema (draft 2020-12) document, as plain JSON data. */
export type JsonSchemaDocument = { readonly [key: string]: unknown };

type Node = Record<string, unknown>;

const BASE = 'https://wego-ceds.dev/json-schema/';

function child(node: Node, ...keys: string[]): Node {
  let current: unknown = node;
  for (const key of keys) current = (current as Node)[key];
  return current as Node;
}

// Amounts: the plain decimal pattern (no sign, exponent or hex; below 10^30, at most 6
// decimals) or a non-negative number below 10^30. Made anew for each document, which the
// caller may change.
function amount(): Node {
  return {
    anyOf: [
      { type: 'string', pattern: '^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,6})?$' },
      { type: 'number', minimum: 0, exclusiveMaximum: 1e30 },
    ],
  };
}

// An ordinal scale: at least one answer, each scored 0–100. zod sees it through a check on the
// raw value (a key `__proto__`, which zod would drop from a record, is refused), so its
// generated schema is `{}`; this states the same rules.
function ordinalScale(): Node {
  return {
    type: 'object',
    minProperties: 1,
    propertyNames: { not: { const: '__proto__' } },
    additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
  };
}

// A list the methodology leaves nothing to fill: only absent or empty is valid. `maxItems: 0`
// says so; an `enum: []` for its ids would say the same less plainly.
function emptyList(list: Node, why: string): void {
  list['maxItems'] = 0;
  list['description'] = why;
}

/**
 * Adds the rules zod's generator cannot see (they are checked in code by the library) but JSON
 * Schema can express: the methodology's area and dimension ids (or, for a methodology without
 * areas or dimensions, no services, budget lines or dimensions at all), status versus level,
 * utilization only on operating services, indicators or a direct score, and the amount format.
 */
function cityInputDocument(methodology: Methodology): Node {
  const doc = z.toJSONSchema(cityAssessmentInputShapeSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  const areaIds = methodology.areas.map((a) => a.id);
  const services = child(doc, 'properties', 'services');
  const service = child(services, 'items');
  if (areaIds.length > 0) child(service, 'properties', 'area')['enum'] = areaIds;
  else emptyList(services, 'The methodology has no service areas, so there are no services.');
  service['allOf'] = [
    { if: { properties: { status: { const: 'absent' } } }, then: { properties: { level: { const: 0 } } } },
    { if: { properties: { status: { const: 'operating' } } }, then: { properties: { level: { minimum: 1 } } } },
    {
      if: { properties: { status: { not: { const: 'operating' } } } },
      then: { properties: { utilization: { type: 'null' } } },
    },
  ];
  const dimensions = child(doc, 'properties', 'dimensions');
  const dimension = child(dimensions, 'items');
  if (methodology.dimensions.length > 0)
    child(dimension, 'properties', 'id')['enum'] = methodology.dimensions.map((d) => d.id);
  else emptyList(dimensions, 'The methodology has no readiness dimensions.');
  const indicators = child(dimension, 'properties', 'indicators');
  indicators['minItems'] = 1;
  const ordinal = (child(indicators, 'items')['oneOf'] as Node[]).find(
    (kind) => child(kind, 'properties', 'kind')['const'] === 'ordinal',
  )!;
  child(ordinal, 'properties')['scale'] = ordinalScale();
  dimension['oneOf'] = [{ required: ['indicators'] }, { required: ['score'] }];
  const budget = child(doc, 'properties', 'budget');
  const budgetObject = (budget['anyOf'] as Node[]).find((s) => s['type'] === 'object')!;
  const lines = child(budgetObject, 'properties', 'lines');
  const lineProps = child(lines, 'items', 'properties');
  if (areaIds.length > 0) child(lineProps, 'area')['enum'] = areaIds;
  else emptyList(lines, 'The methodology has no service areas, so there are no budget lines.');
  lineProps['budget'] = amount();
  lineProps['spending'] = amount();
  return doc;
}

// The award rules across fields that JSON Schema can state: `z-score` aggregates by judge only,
// and under `percent` (the default scale) prize thresholds and the monitoring deviation lie
// within 0–100 (under `points` they are on the scale of the points).
function awardProgramDocument(): Node {
  const doc = z.toJSONSchema(awardProgramShapeSchema, { io: 'input', unrepresentable: 'any' });
  const rules = child(doc, 'properties', 'rules');
  Object.assign(child(rules, 'properties', 'aggregation'), {
    if: { properties: { method: { const: 'z-score' } } },
    then: { properties: { by: { const: 'judge' } } },
  });
  Object.assign(rules, {
    if: { properties: { scale: { const: 'points' } }, required: ['scale'] },
    else: {
      properties: {
        prizeThresholds: { additionalProperties: { minimum: 0, maximum: 100 } },
        monitoring: { properties: { deviation: { maximum: 100 } } },
      },
    },
  });
  return doc;
}

function documentFor(name: JsonSchemaName, methodology: Methodology): Node {
  switch (name) {
    case 'city-assessment-input':
      return cityInputDocument(methodology);
    case 'methodology':
      return z.toJSONSchema(methodologyShapeSchema, { io: 'input', unrepresentable: 'any' });
    case 'award-program':
      return awardProgramDocument();
    case 'submissions':
      return z.toJSONSchema(submissionsShapeSchema, { io: 'input', unrepresentable: 'any' });
    case 'city-assessment':
      // The stored assessment with the methodology's shape in place of its definition (the
      // library validates that apart, once per object). Built per call: only this needs it. It
      // has no defaults or transforms, so its input is its output; the output side sees through
      // the guard before the explanations (a `__proto__` key), which their key pattern refuses.
      return z.toJSONSchema(storedAssessmentShape(methodologyShapeSchema), { io: 'output', unrepresentable: 'any' });
  }
}

const TITLES: Record<JsonSchemaName, string> = {
  'city-assessment-input': 'wego-ceds city assessment input',
  methodology: 'wego-ceds methodology',
  'award-program': 'wego-ceds award program',
  submissions: 'wego-ceds award submissions',
  'city-assessment': 'wego-ceds stored city assessment',
};

// A helper checks its arguments like any entry point: a name it does not know, or options it
// cannot use, are a CedsInputError that says what is allowed.
const OPTIONS_SUBJECT = 'JSON Schema options';
// Built once at load; see src/core/validate.ts.
function options() {
  return z.optional(z.strictObject({ methodology: z.optional(z.unknown()) }));
}
const optionsSchema = /* @__PURE__ */ options();

function checkedName(name: unknown): JsonSchemaName {
  if (typeof name === 'string' && Object.hasOwn(TITLES, name)) return name as JsonSchemaName;
  const names = Object.keys(TITLES)
    .map((n) => JSON.stringify(n))
    .join(', ');
  throw new CedsInputError(
    [{ path: [], code: 'invalid_value', message: `Must be one of ${names}` }],
    'JSON Schema name',
  );
}

/** The options' methodology (read once), validated, its issues under `methodology`. */
function methodologyOf(options: unknown): Methodology {
  const parsed = parseInput(optionsSchema, options, OPTIONS_SUBJECT);
  if (parsed?.methodology === undefined) return defaultMethodology;
  try {
    return validateMethodology(parsed.methodology);
  } catch (error) {
    if (!(error instanceof CedsInputError)) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: ['methodology', ...i.path] }));
    throw new CedsInputError(issues, OPTIONS_SUBJECT);
  }
}

/**
 * The JSON Schema (draft 2020-12) document of an input, for tools in other languages. The same
 * documents ship in the package as `wego-ceds/json-schema/<name>.json` (city input for the
 * default methodology).
 *
 * The documents state the type, range and format of every value, the allowed ids and keys, and
 * the rules between fields that JSON Schema can say (a service's status and its level, indicators
 * or a direct score). They leave exactly these rules to the library, which always checks them, so
 * a document that passes JSON Schema may still be rejected by the library, never the other way
 * round:
 *
 * - every document: unique ids and budget band names
 * - `city-assessment-input`: a likert answer within its own `min` and `max`; a likert `min` below
 *   its `max`; an ordinal answer among its own scale's answers; distinct numeric goalposts;
 *   indicator weights of a dimension not all 0; a budget line's currency equal to the budget's;
 *   at most 6 decimals in a numeric amount; no missing answer under a methodology whose
 *   missing-data policy is `error`
 * - `methodology`, and the `definition` in a `city-assessment`: at least one service area or
 *   dimension; areas in increasing `order`; every dimension in one of the groups, and every group
 *   with a dimension; the weights of a list not all 0; level bands numbered 1, 2, 3 … from 0 in
 *   strictly increasing order; budget bands that widen, the last one alone the catch-all
 * - `city-assessment`: the methodology's `id` and `version` as in its definition; rows and
 *   services whose ids and areas the methodology has, each dimension in its own group; every
 *   level the band of its score under the methodology
 * - `award-program`: a criterion's scale maximum above its minimum; at most 6 decimals in a
 *   criterion's weight and scale; criterion weights not all 0; a `trim` with `trimmed-mean` only,
 *   and at least 1 there; a quorum no larger than the panel; prize thresholds, tie-breaks and
 *   declared conflicts that name the program's own tiers, criteria and judges; no tie-break twice
 * - `submissions`: judges, criteria and categories of the program, and participants and entries of
 *   the submissions, named where referenced (a declared conflict's participant too); a score on
 *   its criterion's scale, with at most 6 decimals; one score per judge, entry and criterion; the
 *   program's entry limit per participant
 *
 * The city input document lists the methodology's own area and dimension ids. For a methodology
 * without service areas (an index scored on its dimensions alone), `services` and the budget's
 * `lines` may only be absent or empty (`maxItems: 0`); likewise `dimensions` for one without
 * dimensions.
 *
 * @param name - which input
 * @param options - `methodology` (for the city input's area and dimension ids); default `defaultMethodology`
 * @returns a fresh, plain JSON Schema document
 * @throws CedsInputError for a name it does not know (the message lists the names), or options
 *   (or a methodology) that break a rule
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'wego-ceds';
 * import { toJsonSchema } from 'wego-ceds/schemas';
 * const schema = toJsonSchema('city-assessment-input');
 * schema.$id; // => 'https://wego-ceds.dev/json-schema/city-assessment-input.json'
 * schema.properties.services.items.properties.area.enum; // => ['e-admin', 'e-industry', 'e-city', 'e-info']
 *
 * const index = defineMethodology({
 *   id: 'index', version: '1', label: 'A two-component index', areas: [],
 *   groups: [{ id: 'all', label: 'Index', weight: 1 }],
 *   dimensions: [
 *     { id: 'online', label: 'Online services', group: 'all', weight: 1 },
 *     { id: 'skills', label: 'Skills', group: 'all', weight: 1 },
 *   ],
 * });
 * const own = toJsonSchema('city-assessment-input', { methodology: index });
 * own.properties.dimensions.items.properties.id.enum; // => ['online', 'skills']
 * own.properties.services.maxItems; // => 0
 * ```
 */
export function toJsonSchema(
  name: JsonSchemaName,
  options: { readonly methodology?: Methodology | undefined } = {},
): JsonSchemaDocument {
  const checked = checkedName(name);
  const doc = documentFor(checked, methodologyOf(options));
  return { $schema: doc['$schema'], $id: `${BASE}${checked}.json`, title: TITLES[checked], ...doc };
}
