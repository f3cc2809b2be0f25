import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parseInput, readInput, safeParseSchema, withUnreadable } from '../../src/core/validate.js';
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

describe('readInput: each input read once, into plain data (issue 13, items 2 and 3)', () => {
  const indicator = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('a'), value: z.number() }),
    z.strictObject({ kind: z.literal('b'), value: z.string(), scale: z.record(z.string(), z.number()) }),
  ]);
  const schema = z.strictObject({
    id: z.string(),
    list: z.optional(z.array(indicator)),
    by: z.optional(
      z.union([z.literal('all'), z.strictObject({ area: z.string() }), z.strictObject({ group: z.string() })]),
    ),
    passed: z.optional(z.unknown()),
  });

  function counting(value: object, reads: Map<string, number>, at = ''): object {
    const copy: Record<string, unknown> = Array.isArray(value) ? ([] as never) : {};
    for (const [key, inner] of Object.entries(value)) {
      const wrapped = typeof inner === 'object' && inner !== null ? counting(inner, reads, `${at}/${key}`) : inner;
      Object.defineProperty(copy, key, {
        enumerable: true,
        get: () => (reads.set(`${at}/${key}`, (reads.get(`${at}/${key}`) ?? 0) + 1), wrapped),
      });
    }
    return copy;
  }

  test('reads each value the schema reads exactly once, the discriminator too', () => {
    const reads = new Map<string, number>();
    const input = {
      id: 'x',
      list: [
        { kind: 'a', value: 1 },
        { kind: 'b', value: 'v', scale: { v: 1, w: 2 } },
      ],
      by: { group: 'g' },
    };
    const { copy, unreadable } = readInput(schema, counting(input, reads));
    expect(unreadable).toEqual([]);
    expect(copy).toEqual(input);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(reads.size).toBe(13);
    expect(parseInput(schema, counting(input, new Map()), 'thing')).toEqual(input);
  });

  test('names unknown keys without reading them, and passes an `unknown` field on untouched', () => {
    const passed = { any: 'thing' };
    const input = Object.defineProperty({ id: 'x', passed }, 'odd', {
      enumerable: true,
      get: () => {
        throw new Error('never read');
      },
    });
    const { copy, unreadable } = readInput(schema, input);
    expect(unreadable).toEqual([]);
    expect((copy as { passed: unknown }).passed).toBe(passed);
    expect(issuesOfCall(() => parseInput(schema, input, 'thing')).map((i) => [i.path, i.code])).toEqual([
      [['odd'], 'unrecognized_keys'],
    ]);
  });

  test('reads what zod reads: inherited getters, a __proto__ record key as data, -0 as 0', () => {
    class Thing {
      get id() {
        return 'from a getter';
      }
    }
    expect(readInput(schema, new Thing()).copy).toEqual({ id: 'from a getter' });
    const scale = JSON.parse('{"__proto__": 3, "v": -0}') as Record<string, number>;
    const { copy } = readInput(schema, { id: 'x', list: [{ kind: 'b', value: 'v', scale }] });
    const read = (copy as { list: { scale: Record<string, number> }[] }).list[0]!.scale;
    expect(Object.keys(read)).toEqual(['__proto__', 'v']);
    expect(Object.is(read['v'], 0)).toBe(true);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  test('what throws is an unreadable issue at its path, and the issues inside it are dropped', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const input = { id: 'x', list: [{ kind: 'a', value: 1 }, proxy] };
    const { unreadable } = readInput(schema, input);
    expect(unreadable.map((i) => [i.path, i.code])).toEqual([[['list', 1], 'unreadable']]);
    expect(issuesOfCall(() => parseInput(schema, { ...input, id: 5 }, 'thing')).map((i) => [i.path, i.code])).toEqual([
      [['list', 1], 'unreadable'],
      [['id'], 'invalid_type'],
    ]);
  });

  test('withUnreadable keeps every issue outside what could not be read', () => {
    const at = (path: (string | number)[], code: 'unreadable' | 'custom') => ({ path, code, message: 'm' });
    expect(
      withUnreadable(
        [at(['a', 0], 'unreadable')],
        [at(['a', 0, 'b'], 'custom'), at(['a', 1], 'custom'), at([], 'custom')],
      ),
    ).toEqual([at(['a', 0], 'unreadable'), at(['a', 1], 'custom'), at([], 'custom')]);
    expect(withUnreadable([at([], 'unreadable')], [at(['x'], 'custom')])).toEqual([at([], 'unreadable')]);
  });
});

describe('safeParseSchema parses a plain object key by key, as zod does', () => {
  const schema = z.strictObject({
    a: z.string(),
    b: z.optional(z.number()),
    c: z.optional(z.nullable(z.strictObject({ d: z.array(z.number()) }))),
    u: z.unknown(),
  });
  const zodOf = (input: unknown) => {
    const result = (schema as unknown as { safeParse(v: unknown): any }).safeParse(input);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues.map((i: any) => [i.code, i.path]) };
  };
  const ours = (input: unknown) => {
    const result = safeParseSchema(schema, input);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: result.issues.map((i) => [i.code, i.path]) };
  };

  test.each([
    { a: 'x', u: 1 },
    { a: 'x', b: undefined, u: 1 },
    { a: 'x', u: undefined },
    { a: 'x' },
    { a: 1, b: 'no', c: { d: [1, 'x'], e: 1 }, u: null, extra: 1, more: 2 },
    { a: 'x', c: null, u: 0 },
    { a: 'x', c: undefined, u: 0 },
    {},
  ])('%j', (input) => {
    expect(ours(input)).toEqual(zodOf(input));
  });

  test('a long list is parsed a slice at a time, to what zod gives for the whole', () => {
    const list = z.array(z.strictObject({ n: z.number() }));
    const valid = Array.from({ length: 2500 }, (_, n) => ({ n }));
    expect(safeParseSchema(list, valid)).toEqual({ success: true, data: valid });
    const broken = valid.map((item, i) => (i % 999 === 0 ? { n: 'x', odd: 1 } : item));
    const whole = (list as unknown as { safeParse(v: unknown): any }).safeParse(broken);
    const sliced = safeParseSchema(list, broken);
    expect(sliced.success).toBe(false);
    if (!sliced.success)
      expect(sliced.issues.map((i) => [i.code, i.path])).toEqual(whole.error.issues.map((i: any) => [i.code, i.path]));
    // A list with rules of its own (a length) is parsed whole.
    const bounded = list.check(z.maxLength(2000));
    expect(safeParseSchema(bounded, valid)).toMatchObject({ success: false, issues: [{ code: 'too_big', path: [] }] });
  });

  test('a list with 500,000 issues does not overflow: its issues are never spread', () => {
    const list = z.strictObject({ items: z.array(z.strictObject({ a: z.string(), b: z.string() })) });
    const input = { items: Array.from({ length: 250_000 }, () => ({ a: 1, b: 2 })) };
    const result = safeParseSchema(list, input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toHaveLength(500_000);
      expect(result.issues[499_999]!.path).toEqual(['items', 249_999, 'b']);
    }
  });
});
