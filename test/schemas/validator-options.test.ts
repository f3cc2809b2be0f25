import { describe, expect, test } from 'vitest';
import { CedsInputError } from '../../src/core/errors.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import { cityAssessmentInputSchemaFor } from '../../src/schemas/validators.js';
import { issuesOf } from '../issues-of.js';

describe('cityAssessmentInputSchemaFor validates its options', () => {
  const input = { city: { id: 'x', name: 'X' }, services: [] };

  test('a missing-data policy it does not know is an error, not the methodology default', () => {
    const make = () => cityAssessmentInputSchemaFor(defaultMethodology, { missingData: 'sometimes' as 'error' });
    expect(make).toThrow(CedsInputError);
    expect(issuesOf(make).map((i) => [i.path, i.code])).toEqual([[['missingData'], 'invalid_value']]);
  });

  test('unknown keys are named (a typo would otherwise check under the wrong policy)', () => {
    const make = () => cityAssessmentInputSchemaFor(defaultMethodology, { missingdata: 'error' } as object);
    expect(issuesOf(make).map((i) => [i.path, i.code])).toEqual([[['missingdata'], 'unrecognized_keys']]);
  });

  test('a policy given is the one checked', () => {
    const strict = cityAssessmentInputSchemaFor(defaultMethodology, { missingData: 'error' });
    const lenient = cityAssessmentInputSchemaFor(defaultMethodology);
    expect(strict['~standard'].validate(input)).toHaveProperty('issues');
    expect(lenient['~standard'].validate(input)).not.toHaveProperty('issues');
  });
});
