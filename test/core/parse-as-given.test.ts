import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parseAsGiven, parseRead } from '../../src/core/validate.js';
import { issuesOf } from '../issues-of.js';

const schema = z.strictObject({
  id: z.string(),
  n: z.optional(z.number()),
  list: z.optional(z.array(z.number())),
  table: z.optional(z.record(z.string(), z.number())),
  step: z.optional(z.union([z.enum(['a', 'b']), z.strictObject({ k: z.string() })])),
});

const readParse = <T>(schema: z.ZodMiniType<T>, input: unknown) => parseRead(schema, input, 'thing');

function getter<T extends object>(target: T, key: string, get: () => unknown): T {
  return Object.defineProperty(target, key, { enumerable: true, get });
}

describe('parseRead: read once, then parsed (how an award program is read)', () => {
  test('copies what the schema reads, once; a -0 reads as 0', () => {
    let reads = 0;
    const input = getter({ list: [1, -0], table: { x: -0 } }, 'id', () => {
      reads += 1;
      return 'a';
    });
    const { data, copy } = readParse(schema, input);
    expect(reads).toBe(1);
    expect(data).toEqual({ id: 'a', list: [1, 0], table: { x: 0 } });
    expect(Object.is(data.list![1], 0) && Object.is(data.table!['x'], 0)).toBe(true);
    expect(copy).toEqual(data);
  });

  test('an unknown key is named, never read', () => {
    let reads = 0;
    const input = getter({ id: 'a' }, 'extra', () => (reads += 1));
    expect(issuesOf(() => readParse(schema, input)).map((i) => [i.path, i.code])).toEqual([
      [['extra'], 'unrecognized_keys'],
    ]);
    expect(reads).toBe(0);
  });

  test('a record key __proto__ stays in the copy as data; an object key __proto__ is unknown', () => {
    const { copy } = readParse(schema, JSON.parse('{ "id": "a", "table": { "__proto__": 5 } }'));
    const table = (copy as { table: object }).table;
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(table, '__proto__')?.value).toBe(5);
    expect(issuesOf(() => readParse(schema, JSON.parse('{ "id": "a", "__proto__": 1 }')))[0]).toMatchObject({
      path: ['__proto__'],
      code: 'unrecognized_keys',
    });
  });

  test('objects of the wrong kind are rejected as zod rejects them, without being read', () => {
    const wrong = {
      id: () => 'a',
      n: { valueOf: () => 1 },
      list: { 0: 1, length: 1 },
      table: new Map([['x', 1]]),
      step: [1],
    };
    expect(issuesOf(() => readParse(schema, wrong)).map((i) => [i.path, i.code])).toEqual([
      [['id'], 'invalid_type'],
      [['n'], 'invalid_type'],
      [['list'], 'invalid_type'],
      [['table'], 'invalid_type'],
      [['step'], 'invalid_union'],
    ]);
    expect(readParse(schema, { id: 'a', step: { k: 'x' } }).data.step).toEqual({ k: 'x' });
    expect(issuesOf(() => readParse(schema, []))[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  test('an array whose length is not a length is unreadable', () => {
    const list = new Proxy([1], {
      get: (target, key) => (key === 'length' ? -1 : (Reflect.get(target, key) as unknown)),
    });
    expect(issuesOf(() => readParse(schema, { id: 'a', list }))).toEqual([
      { path: ['list'], code: 'unreadable', message: expect.stringContaining('Invalid array length') as string },
    ]);
  });

  test('a long thrown message is cut to 80 characters', () => {
    const input = getter({}, 'id', () => {
      throw new Error('x'.repeat(500));
    });
    const [issue] = issuesOf(() => readParse(schema, input));
    expect(issue!.message).toMatch(/^Could not be read \(it threw Error: x{72}…\); pass plain data$/);
  });
});

describe('parseAsGiven', () => {
  test("returns zod's copy of the input", () => {
    const input = { id: 'a', list: [1, 2] };
    const data = parseAsGiven(schema, input, 'thing');
    expect(data).toEqual(input);
    expect(data).not.toBe(input);
  });

  test('a throw is reported where it happens, with the other issues', () => {
    const input = getter({ n: 'one' }, 'id', () => {
      throw new TypeError('nope');
    });
    expect(issuesOf(() => parseAsGiven(schema, input, 'thing')).map((i) => [i.path, i.code])).toEqual([
      [['id'], 'unreadable'],
      [['n'], 'invalid_type'],
    ]);
  });

  test('a getter that threw once and then answers is still reported', () => {
    let calls = 0;
    const input = getter({}, 'id', () => {
      calls += 1;
      if (calls === 1) throw new Error('first read');
      return 'a';
    });
    expect(issuesOf(() => parseAsGiven(schema, input, 'thing'))).toEqual([
      { path: [], code: 'unreadable', message: 'Could not be read (it threw Error: first read); pass plain data' },
    ]);
  });
});
