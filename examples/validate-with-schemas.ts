// Validates inputs the two ways a tool can: with the Standard Schema validators of
// 'wego-ceds/schemas' (the very checks assessCity runs), and with the JSON Schema documents the
// package ships for tools in other languages (here read by ajv, as any JSON Schema 2020-12
// validator could).
//
//   npm run build
//   node scripts/run-example.mjs examples/validate-with-schemas.ts
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CedsInputError, formatIssuePath, platformMethodology } from 'wego-ceds';
import type { CityAssessmentInput } from 'wego-ceds';
import {
  awardProgramSchema,
  cityAssessmentInputSchema,
  cityAssessmentInputSchemaFor,
  methodologySchema,
  toJsonSchema,
} from 'wego-ceds/schemas';
import type { StandardSchemaV1 } from 'wego-ceds/schemas';

const sample = JSON.parse(readFileSync(new URL('./sample-city.json', import.meta.url), 'utf8')) as CityAssessmentInput;

// An input with three mistakes: an absent service with a level, an unknown area, a duplicate id.
const bad = {
  city: { id: 'x', name: 'X' },
  services: [
    { id: 'mail', area: 'e-admin', name: 'Mail', status: 'absent', level: 3 },
    { id: 'mail', area: 'e-health', name: 'Clinic', status: 'planned', level: 0 },
  ],
};

// --- Standard Schema: any library that takes one (form libraries, tRPC, …) can call these. ---
function check(schema: StandardSchemaV1, value: unknown): readonly StandardSchemaV1.Issue[] {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('wego-ceds validators are synchronous');
  return result.issues ?? [];
}

/** A Standard Schema path as `services.0.level` (a segment may be a key or `{ key }`). */
const pathOf = (issue: StandardSchemaV1.Issue) =>
  (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');

console.log('Standard Schema: the sample city');
assert.deepEqual(check(cityAssessmentInputSchema, sample), []);
console.log('  valid');

console.log('Standard Schema: the input with three mistakes');
const issues = check(cityAssessmentInputSchema, bad);
for (const issue of issues) console.log(`  ${pathOf(issue)}: ${issue.message}`);
assert.equal(issues.length, 3);
assert.deepEqual(issues.map(pathOf).sort(), ['services.0.level', 'services.1.area', 'services.1.id']);

// `parse` returns the value or throws the same CedsInputError as assessCity.
try {
  cityAssessmentInputSchema.parse(bad);
  assert.fail('parse accepted a bad input');
} catch (error) {
  assert.ok(error instanceof CedsInputError);
  assert.deepEqual(error.issues.map((i) => [formatIssuePath(i.path), i.code]).sort(), [
    ['services[0].level', 'invalid_level'],
    ['services[1].area', 'unknown_area'],
    ['services[1].id', 'duplicate_id'],
  ]);
}

// Validators for another methodology know its areas: e-Life exists on the platform.
const platformInput = {
  city: { id: 'y', name: 'Y' },
  services: [{ id: 's', area: 'e-life', name: 'S', status: 'planned', level: 0 }],
};
assert.deepEqual(check(cityAssessmentInputSchemaFor(platformMethodology), platformInput), []);
assert.equal(check(cityAssessmentInputSchema, platformInput).length, 1);

// A methodology or an award program stored as JSON is checked before use.
assert.deepEqual(check(methodologySchema, JSON.parse(JSON.stringify(platformMethodology))), []);
assert.ok(check(awardProgramSchema, { edition: 'Demo' }).length > 0);

// --- JSON Schema: the documents ship in the package, one per input. ---
const require = createRequire(import.meta.url);
const shipped = require('wego-ceds/json-schema/city-assessment-input.json') as Record<string, unknown>;
console.log(`\nJSON Schema: ${String(shipped['$id'])}`);
assert.deepEqual(shipped, toJsonSchema('city-assessment-input'), 'the shipped document is what toJsonSchema makes');

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateCity = ajv.compile(shipped);
assert.equal(validateCity(sample), true, JSON.stringify(validateCity.errors));
console.log('  the sample city: valid');
assert.equal(validateCity(bad), false);
for (const e of validateCity.errors ?? []) console.log(`  ${e.instancePath || '/'}: ${e.message ?? ''}`);

// JSON Schema cannot express every rule: duplicate ids pass it, the library rejects them.
const [first] = sample.services ?? [];
const duplicate = { ...bad, services: [first, first] };
assert.equal(validateCity(duplicate), true);
assert.deepEqual(check(cityAssessmentInputSchema, duplicate).map(pathOf), ['services.1.id']);

// For a methodology of your own, generate the document with its area and dimension ids. It
// keeps the same `$id`, so give it its own ajv instance (ajv refuses two schemas with one id).
const platformDocument = toJsonSchema('city-assessment-input', { methodology: platformMethodology });
assert.equal(new Ajv2020({ strict: false }).compile(platformDocument)(platformInput), true);
assert.equal(validateCity(platformInput), false, 'e-life is not an area of the default methodology');
for (const name of ['methodology', 'award-program', 'submissions'] as const) {
  const document = require(`wego-ceds/json-schema/${name}.json`) as Record<string, unknown>;
  assert.equal(typeof ajv.compile(document), 'function');
  console.log(`JSON Schema: ${String(document['$id'])}`);
}
