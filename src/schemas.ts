// The `wego-ceds/schemas` entry: a Standard Schema validator for every input, and their JSON
// Schema documents. Re-exports only.
export {
  cityAssessmentInputSchema,
  cityAssessmentInputSchemaFor,
  cityAssessmentSchema,
  methodologySchema,
  awardProgramSchema,
  submissionsSchemaFor,
} from './schemas/validators.js';
export type { StandardSchemaV1, CedsSchema } from './schemas/standard-schema.js';
export { toJsonSchema } from './schemas/json-schema.js';
export type { JsonSchemaDocument, JsonSchemaName } from './schemas/json-schema.js';
