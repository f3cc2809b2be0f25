import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { defaultMethodology, safeAssessCity } from '../../src/index.js';
import type { AssessCityOptions, CityAssessmentInput } from '../../src/index.js';
import { cityInputArbitrary } from '../ceds/arbitraries.js';
import {
  EXOTIC_VALUES,
  RUNS,
  expectSafe,
  mutate,
  mutationArbitrary,
  plausibleMutationArbitrary,
  strangeValue,
} from './invariants.js';

const assess = (input: unknown, options?: unknown) => () =>
  safeAssessCity(input as CityAssessmentInput, options as AssessCityOptions);

const anything = fc.anything(EXOTIC_VALUES);

// Options a caller might plausibly get wrong: each known key with a strange value, or a
// methodology with one thing changed.
const optionsArbitrary = fc.oneof(
  strangeValue,
  fc.record(
    {
      methodology: fc.oneof(
        strangeValue,
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 }).map((m) => mutate(defaultMethodology, m)),
      ),
      missingData: fc.oneof(fc.constantFrom('exclude', 'zero', 'error'), strangeValue),
      minCoverage: fc.oneof(fc.integer({ min: 0, max: 100 }), strangeValue),
      explain: fc.oneof(fc.boolean(), strangeValue),
    },
    { requiredKeys: [] },
  ),
);

describe('safeAssessCity never throws, and returns clean frozen data or a CedsInputError', () => {
  test.prop([fc.jsonValue()], { numRuns: RUNS })('for any JSON value as the input', (input) => {
    expectSafe(assess(input), [input]);
  });

  test.prop([anything], { numRuns: RUNS })('for any JavaScript value as the input', (input) => {
    expectSafe(assess(input), [input]);
  });

  test.prop(
    [
      cityInputArbitrary({ maxServices: 12, maxIndicators: 4 }),
      fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
    ],
    { numRuns: RUNS },
  )('for a valid input with one to three things changed, removed, added, duplicated or wrapped', (valid, mutations) => {
    const input = mutate(valid, mutations);
    expectSafe(assess(input), [input]);
  });

  test.prop(
    [
      cityInputArbitrary({ maxServices: 12, maxIndicators: 4 }),
      fc.array(plausibleMutationArbitrary, { minLength: 1, maxLength: 2 }),
    ],
    { numRuns: RUNS },
  )('for a valid input with one or two values replaced by values of the right sort', (valid, mutations) => {
    const input = mutate(valid, mutations);
    expectSafe(assess(input), [input]);
  });

  test.prop([cityInputArbitrary({ maxServices: 8, maxIndicators: 3 }), optionsArbitrary], { numRuns: RUNS })(
    'for a valid input with any options',
    (input, options) => {
      expectSafe(assess(input, options), [input, options]);
    },
  );
});
