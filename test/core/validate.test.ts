import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parseInput } from '../../src/core/validate.js';
import { issuesOf as issuesOfCall } from '../issues-of.js';

const schema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  count: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
  ratio: z.optional(z.number().check(z.gt(0), z.lt(1))),
  tags: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(2))),
  kind: z.optional(z.enum(['a', 'b'])),
  code: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'Must be two capital letters' }))),
  step: z.optional(z.number().check(z.multipleOf(5))),
  long: z.optional(z.string().check(z.minLength(3), z.maxLength(4))),
  either: z.optional(z.union([z.strictObject({ x: z.number() }), z.strictObject({ y: z.string() })])),
});

function issuesOf(input: unknown) {
  return issuesOfCall(() => parseInput(schema, input, 'thing')).map((i) => [i.path.join('.'), i.code, i.message]);
}

describe('parseInput', () => {
  test('returns the data when valid', () => {
    expect(parseInput(schema, { name: 'a', count: 1 }, 'thing')).toEqual({ name: 'a', count: 1 });
  });
  test('writes a readable message for each rule', () => {
    expect(
      issuesOf({ name: '', count: 6, ratio: 1, tags: [], kind: 'c', code: 'x', step: 7, long: 'ab', extra: 1 }),
    ).toEqual([
      ['name', 'too_small', 'Must be non-empty'],
      ['count', 'too_big', 'Must be at most 5'],
      ['ratio', 'too_big', 'Must be less than 1'],
      ['tags', 'too_small', 'Must be at least 1 item'],
      ['kind', 'invalid_value', 'Must be one of "a", "b"'],
      ['code', 'invalid_format', 'Must be two capital letters'],
      ['step', 'not_multiple_of', 'Must be a multiple of 5'],
      ['long', 'too_small', 'Must be at least 3 characters'],
      ['extra', 'unrecognized_keys', 'Unknown key "extra"'],
    ]);
    expect(issuesOf({ name: 1, count: -1, ratio: 0, tags: ['a', 'b', 'c'], long: 'abcde' })).toEqual([
      ['name', 'invalid_type', 'Expected string'],
      ['count', 'too_small', 'Must be at least 0'],
      ['ratio', 'too_small', 'Must be more than 0'],
      ['tags', 'too_big', 'Must be at most 2 items'],
      ['long', 'too_big', 'Must be at most 4 characters'],
    ]);
  });
  test('a union reports the branch that got furthest, else a plain mismatch', () => {
    expect(issuesOf({ name: 'a', count: 1, either: { x: 'no' } })).toEqual([
      ['either.x', 'invalid_type', 'Expected number'],
    ]);
    expect(issuesOf({ name: 'a', count: 1, either: 3 })).toEqual([
      ['either', 'invalid_union', 'Does not match any allowed form'],
    ]);
  });
  test('__proto__ keys from JSON are unknown keys, and Object.prototype stays clean', () => {
    expect(issuesOf(JSON.parse('{"name":"a","count":1,"__proto__":{"polluted":true}}'))).toEqual([
      ['__proto__', 'unrecognized_keys', 'Unknown key "__proto__"'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
