import { describe, expect, test } from 'vitest';
import { CedsInputError, type CedsIssue } from '../../../src/core/errors.js';
import { parseInput } from '../../../src/core/validate.js';
import { budgetInputSchema } from '../../../src/ceds/input/budget.js';
import type { BudgetInput } from '../../../src/ceds/types.js';

function parse(input: unknown): BudgetInput {
  // The output type is the library's own BudgetInput.
  return parseInput(budgetInputSchema, input, 'budget');
}

function issues(input: unknown): readonly CedsIssue[] {
  try {
    parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CedsInputError);
    return (error as CedsInputError).issues;
  }
  throw new Error('expected a CedsInputError');
}

function withAmount(amount: unknown): unknown {
  return { currency: 'KRW', lines: [{ area: 'e-admin', budget: amount, spending: '0' }] };
}

const PLAIN = 'Must be a plain decimal string such as "1200000.50" (no sign, exponent, spaces or hex)';

describe('budgetInputSchema', () => {
  test('accepts the SPEC example as given', () => {
    const input = {
      currency: 'KRW',
      lines: [{ area: 'e-admin', year: 2014, budget: '1200000000', spending: '1130000000' }],
    };
    expect(parse(input)).toEqual(input);
  });

  test('accepts numbers, zero, decimals and a matching line currency', () => {
    const input = {
      currency: 'USD',
      lines: [
        { area: 'e-city', budget: 0, spending: 12.5, currency: 'USD' },
        { area: 'e-info', budget: '0.000001', spending: '123456789012345678901234567890.12' },
      ],
    };
    expect(parse(input)).toEqual(input);
  });

  test.each([
    ['a hex string', '0x10', 'invalid_format', PLAIN],
    ['an exponent', '1e3', 'invalid_format', PLAIN],
    ['a leading blank', ' 1', 'invalid_format', PLAIN],
    ['the string Infinity', 'Infinity', 'invalid_format', PLAIN],
    ['an empty string', '', 'invalid_format', PLAIN],
    ['a leading zero', '007', 'invalid_format', PLAIN],
    ['a negative string', '-5', 'too_small', 'Must not be negative (no minus sign)'],
    ['a negative number', -0.01, 'too_small', 'Must not be negative (no minus sign)'],
    [
      'NaN',
      Number.NaN,
      'invalid_union',
      'Must be an amount: a plain decimal string such as "1200000.50" or a finite number',
    ],
    [
      'Infinity',
      Number.POSITIVE_INFINITY,
      'invalid_union',
      'Must be an amount: a plain decimal string such as "1200000.50" or a finite number',
    ],
    [
      'a boolean',
      true,
      'invalid_union',
      'Must be an amount: a plain decimal string such as "1200000.50" or a finite number',
    ],
    ['31 integer digits', '1234567890123456789012345678901', 'too_big', 'Must be below 10^30'],
    ['a number of 10^30', 1e30, 'too_big', 'Must be below 10^30'],
    ['7 decimal places', '0.1234567', 'too_precise', 'Must have at most 6 decimal places'],
    ['a float sum with 17 decimals', 0.1 + 0.2, 'too_precise', 'Must have at most 6 decimal places'],
  ])('rejects %s as an amount', (_name, amount, code, message) => {
    expect(issues(withAmount(amount))).toEqual([{ path: ['lines', 0, 'budget'], code, message }]);
  });

  test('checks spending like budget', () => {
    expect(issues({ currency: 'KRW', lines: [{ area: 'e-admin', budget: '1', spending: '1e3' }] })).toEqual([
      { path: ['lines', 0, 'spending'], code: 'invalid_format', message: PLAIN },
    ]);
  });

  test('reports every field problem with its path', () => {
    const found = issues({
      currency: 'krw',
      lines: [{ area: '', year: 2014.5, budget: 1, spending: 1, currency: 'EURO', note: 'x' }],
    });
    expect(found.map((i) => [i.path, i.code])).toEqual([
      [['currency'], 'invalid_format'],
      [['lines', 0, 'area'], 'too_small'],
      [['lines', 0, 'year'], 'invalid_type'],
      [['lines', 0, 'currency'], 'invalid_format'],
      [['lines', 0, 'note'], 'unrecognized_keys'],
    ]);
    expect(found[0]?.message).toBe('Must be an ISO 4217 currency code of three capital letters, such as "KRW"');
  });

  test('rejects years outside 1900–2200 and missing fields', () => {
    expect(issues({ currency: 'KRW', lines: [{ area: 'a', year: 1899, budget: 1, spending: 1 }] })[0]).toMatchObject({
      path: ['lines', 0, 'year'],
      message: 'Must be a fiscal year from 1900 to 2200',
    });
    expect(issues({ currency: 'KRW', lines: [{ area: 'a', year: 2201, budget: 1, spending: 1 }] })[0]?.code).toBe(
      'too_big',
    );
    expect(issues({ currency: 'KRW', lines: [{ area: 'a' }] }).map((i) => i.path)).toEqual([
      ['lines', 0, 'budget'],
      ['lines', 0, 'spending'],
    ]);
    expect(issues({ lines: [] })[0]?.path).toEqual(['currency']);
  });
});
