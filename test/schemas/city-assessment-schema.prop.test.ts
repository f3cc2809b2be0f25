import { Ajv2020 } from 'ajv/dist/2020.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { toJsonSchema } from '../../src/schemas/json-schema.js';
import { cityAssessmentSchema } from '../../src/schemas/validators.js';
import { assessOptionsArbitrary, cityInputArbitrary } from '../ceds/arbitraries.js';
import { treeCaseArbitrary } from '../ceds/tree-arbitraries.js';

// A result of assessCity, kept as it is or as JSON, is a valid stored assessment: for the
// library's validator and for the shipped JSON Schema document alike.
const validateJson = new Ajv2020({ strict: false, allErrors: true }).compile(toJsonSchema('city-assessment'));
const verdict = (value: unknown) => cityAssessmentSchema['~standard'].validate(value) as { issues?: unknown };

describe('a fresh assessment is a valid stored assessment', () => {
  test.prop([cityInputArbitrary(), assessOptionsArbitrary, fc.boolean()])(
    'under defaultMethodology, as returned and after a JSON round trip',
    (input, options, explain) => {
      const fresh = assessCity(input, { ...options, explain });
      const stored: unknown = JSON.parse(JSON.stringify(fresh));
      expect(verdict(fresh).issues).toBeUndefined();
      expect(verdict(stored).issues).toBeUndefined();
      expect(validateJson(stored), JSON.stringify(validateJson.errors?.slice(0, 3))).toBe(true);
      // The value returned is the same assessment, as plain data.
      expect(cityAssessmentSchema.parse(stored)).toEqual(fresh);
    },
  );

  test.prop([treeCaseArbitrary({ maxServices: 8, maxIndicators: 3 })])(
    'under any scoring tree, as returned and after a JSON round trip',
    ({ methodology, input }) => {
      const fresh = assessCity(input, { methodology });
      const stored: unknown = JSON.parse(JSON.stringify(fresh));
      expect(verdict(fresh).issues).toBeUndefined();
      expect(verdict(stored).issues).toBeUndefined();
      expect(validateJson(stored), JSON.stringify(validateJson.errors?.slice(0, 3))).toBe(true);
      expect(cityAssessmentSchema.parse(stored)).toEqual(fresh);
    },
  );
});
