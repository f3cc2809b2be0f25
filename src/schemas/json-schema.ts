import * as z from 'zod/mini';
import { defaultMethodology } from '../ceds/presets.js';
import type { Methodology } from '../ceds/types.js';
import { awardProgramShapeSchema } from '../awards/input/program-schema.js';
import { cityAssessmentInputShapeSchema } from '../ceds/input/city-input.js';
import { methodologyShapeSchema } from '../ceds/input/methodology.js';
import { submissionsShapeSchema } from '../awards/input/submissions-schema.js';

/** The inputs that have a JSON Schema document. */
export type JsonSchemaName = 'city-assessment-input' | 'methodology' | 'award-program' | 'submissions';

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
// decimals) or a non-negative number below 10^30.
const AMOUNT = {
  anyOf: [
    { type: 'string', pattern: '^(0|[1-9][0-9]{0,29})(\\.[0-9]{1,6})?$' },
    { type: 'number', minimum: 0, exclusiveMaximum: 1e30 },
  ],
};

/**
 * Adds the rules zod's generator cannot see (they are checked in code by the library) but JSON
 * Schema can express: the methodology's area and dimension ids, status versus level, utilization
 * only on operating services, indicators or a direct score, and the amount format.
 */
function cityInputDocument(methodology: Methodology): Node {
  const doc = z.toJSONSchema(cityAssessmentInputShapeSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  const service = child(doc, 'properties', 'services', 'items');
  child(service, 'properties', 'area')['enum'] = methodology.areas.map((a) => a.id);
  service['allOf'] = [
    { if: { properties: { status: { const: 'absent' } } }, then: { properties: { level: { const: 0 } } } },
    { if: { properties: { status: { const: 'operating' } } }, then: { properties: { level: { minimum: 1 } } } },
    {
      if: { properties: { status: { not: { const: 'operating' } } } },
      then: { properties: { utilization: { type: 'null' } } },
    },
  ];
  const dimension = child(doc, 'properties', 'dimensions', 'items');
  child(dimension, 'properties', 'id')['enum'] = methodology.dimensions.map((d) => d.id);
  child(dimension, 'properties', 'indicators')['minItems'] = 1;
  dimension['oneOf'] = [{ required: ['indicators'] }, { required: ['score'] }];
  const budget = child(doc, 'properties', 'budget');
  const budgetObject = (budget['anyOf'] as Node[]).find((s) => s['type'] === 'object')!;
  const line = child(budgetObject, 'properties', 'lines', 'items');
  const lineProps = child(line, 'properties');
  child(lineProps, 'area')['enum'] = methodology.areas.map((a) => a.id);
  lineProps['budget'] = AMOUNT;
  lineProps['spending'] = AMOUNT;
  return doc;
}

function documentFor(name: JsonSchemaName, methodology: Methodology): Node {
  switch (name) {
    case 'city-assessment-input':
      return cityInputDocument(methodology);
    case 'methodology':
      return z.toJSONSchema(methodologyShapeSchema, { io: 'input', unrepresentable: 'any' });
    case 'award-program':
      return z.toJSONSchema(awardProgramShapeSchema, { io: 'input', unrepresentable: 'any' });
    case 'submissions':
      return z.toJSONSchema(submissionsShapeSchema, { io: 'input', unrepresentable: 'any' });
  }
}

const TITLES: Record<JsonSchemaName, string> = {
  'city-assessment-input': 'wego-ceds city assessment input',
  methodology: 'wego-ceds methodology',
  'award-program': 'wego-ceds award program',
  submissions: 'wego-ceds award submissions',
};

/**
 * The JSON Schema (draft 2020-12) document of an input, for tools in other languages. The same
 * documents ship in the package as `wego-ceds/json-schema/<name>.json` (city input for the
 * default methodology).
 *
 * JSON Schema cannot state every rule the library checks: unique ids, a likert answer within its
 * own `min`/`max`, an ordinal answer among its own scale's answers, distinct numeric goalposts,
 * a budget line's currency equal to the budget's, at most 6 decimals in a numeric amount, and the
 * cross-references of award submissions. The library always checks them.
 *
 * @param name - which input
 * @param options - `methodology` (for the city input's area and dimension ids); default `defaultMethodology`
 * @returns a fresh, plain JSON Schema document
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'wego-ceds/schemas';
 * const schema = toJsonSchema('city-assessment-input');
 * schema.$id; // => 'https://wego-ceds.dev/json-schema/city-assessment-input.json'
 * schema.properties.services.items.properties.area.enum; // => ['e-admin', 'e-industry', 'e-city', 'e-info']
 * ```
 */
export function toJsonSchema(
  name: JsonSchemaName,
  options: { readonly methodology?: Methodology | undefined } = {},
): JsonSchemaDocument {
  const doc = documentFor(name, options.methodology ?? defaultMethodology);
  return { $schema: doc['$schema'], $id: `${BASE}${name}.json`, title: TITLES[name], ...doc };
}
