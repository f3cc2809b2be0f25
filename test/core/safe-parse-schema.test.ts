// zod gathers the issues of an object key or a record value with `push(...issues)`, which
// overflows the stack past roughly 100,000 issues; safeParseSchema then parses in parts.
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parseInput, safeParseSchema } from '../../src/core/validate.js';
import { CedsInputError } from '../../src/core/errors.js';

const MANY = 150_000;

describe('safeParseSchema', () => {
  test('returns the data of a valid input, as zod does', () => {
    const schema = z.strictObject({ a: z.number() });
    expect(safeParseSchema(schema, { a: 1 })).toEqual({ success: true, data: { a: 1 } });
    expect(safeParseSchema(schema, { a: 'x' })).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_type', path: ['a'] }],
    });
  });

  test('reports every issue of an input too broken for zod, through pipes, optionals and nullables', () => {
    const schema = z.pipe(
      z.strictObject({
        list: z.array(z.string()),
        maybe: z.optional(z.nullable(z.array(z.string()))),
        empty: z.nullable(z.string()),
        fine: z.optional(z.string()),
      }),
      z.any(),
    );
    const input = { list: Array.from({ length: MANY }, (_, i) => i), maybe: [1, 2], empty: null, extra: true };
    const result = safeParseSchema(schema, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(MANY + 3);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: ['list', 0] });
    expect(result.issues[MANY - 1]!.path).toEqual(['list', MANY - 1]);
    expect(result.issues.slice(MANY).map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['maybe', 0]],
      ['invalid_type', ['maybe', 1]],
      ['unrecognized_keys', []],
    ]);
  });

  test('reports one issue where a part it cannot split still overflows', () => {
    const schema = z.record(z.string(), z.array(z.string()));
    const result = safeParseSchema(schema, { key: Array.from({ length: MANY }, () => 0) });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => [i.code, i.path])).toEqual([['custom', []]]);
  });

  test('lets any other error of a schema through, as zod does', () => {
    const schema = z.string().check(
      z.refine(() => {
        throw new TypeError('boom');
      }),
    );
    expect(() => safeParseSchema(schema, 'x')).toThrow(TypeError);
  });

  test('parseInput throws one CedsInputError, never a RangeError', () => {
    const schema = z.strictObject({ list: z.array(z.string()) });
    let caught: unknown;
    try {
      parseInput(schema, { list: Array.from({ length: MANY }, () => 0) }, 'thing');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CedsInputError);
    expect((caught as CedsInputError).issues).toHaveLength(MANY);
  });
});
