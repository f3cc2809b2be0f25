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
  child(dimension, 'properties', 'indicators')['minItems'] = 1;
  dimension['oneOf'] = [{ required: ['indicators'] }, { required: ['score'] }];
  const budget = child(doc, 'properties', 'budget');
  const budgetObject = (budget['anyOf'] as Node[]).find((s) => s['type'] === 'object')!;
  const lines = child(budgetObject, 'properties', 'lines');
  const lineProps = child(lines, 'items', 'properties');
  if (areaIds.length > 0) child(lineProps, 'area')['enum'] = areaIds;
  else emptyList(lines, 'The methodology has no service areas, so there are no budget lines.');
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
 * The city input document lists the methodology's own area and dimension ids. For a methodology
 * without service areas (an index scored on its dimensions alone), `services` and the budget's
 * `lines` may only be absent or empty (`maxItems: 0`); likewise `dimensions` for one without
 * dimensions.
 *
 * @param name - which input
 * @param options - `methodology` (for the city input's area and dimension ids); default `defaultMethodology`
 * @returns a fresh, plain JSON Schema document
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
  const doc = documentFor(name, options.methodology ?? defaultMethodology);
  return { $schema: doc['$schema'], $id: `${BASE}${name}.json`, title: TITLES[name], ...doc };
}
