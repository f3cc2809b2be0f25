import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { assessCity, CedsInputError } from '../../src/index.js';
import type { AssessCityOptions, CityAssessmentInput } from '../../src/index.js';
import { cityInputArbitrary } from './arbitraries.js';

/** Runs `assessCity` and returns 'ok' or 'input-error'; anything else thrown fails the test. */
function outcome(input: unknown, options?: unknown): 'ok' | 'input-error' {
  try {
    assessCity(input as CityAssessmentInput, options as AssessCityOptions);
    return 'ok';
  } catch (error) {
    if (error instanceof CedsInputError) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) expect(issue.message).toMatch(/\w/);
      return 'input-error';
    }
    throw error;
  }
}

type Json = unknown;

/** Every path to a value inside a JSON-like tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `value` with the node at `path` replaced. */
function replaceAt(value: Json, path: (string | number)[], replacement: unknown): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, k === head ? replaceAt(v, rest, replacement) : v]),
  );
}

const strange = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    6,
    -1,
    101,
    1e308,
    5e-324,
    '',
    '0x10',
    '1e3',
    ' 1',
    '__proto__',
    null,
    undefined,
    [],
    {},
  ),
);

describe('nothing but CedsInputError is ever thrown', () => {
  test.prop([fc.anything({ withNullPrototype: true })])('for any value as the input', (input) => {
    expect(outcome(input)).toBe('input-error');
  });

  test.prop([
    cityInputArbitrary({ maxServices: 6, maxIndicators: 3 }).chain((input) =>
      fc.tuple(fc.constant(input), fc.constantFrom(...paths(input)), strange),
    ),
    fc.constantFrom('exclude' as const, 'zero' as const, 'error' as const),
  ])(
    'for a valid input with any one value replaced by something strange',
    ([input, path, replacement], missingData) => {
      outcome(replaceAt(input, path, replacement), { missingData });
    },
  );

  test.prop([cityInputArbitrary({ maxServices: 3, maxIndicators: 2 }), fc.anything()])(
    'for any options',
    (input, options) => {
      outcome(input, options);
    },
  );

  afterAll(() => {
    // Whatever came through, Object.prototype gained nothing.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
