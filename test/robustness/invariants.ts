// What every call of a `safe*` function must honour, whatever it is given: a result or a
// CedsInputError (nothing else thrown), no NaN / Infinity / -0 anywhere in a result, results
// deeply frozen and JSON-round-trippable, and the input left exactly as it was (same values,
// no object frozen that was not frozen before).
import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CedsInputError, type SafeResult } from '../../src/index.js';

/** Runs per property: ≥ 10,000 locally, 1,000 under CI; ROBUSTNESS_RUNS overrides both. */
export const RUNS = Number(process.env['ROBUSTNESS_RUNS'] ?? (process.env['CI'] ? 1000 : 10000));

type Path = (string | number)[];

/** Every object (and array) reachable from `root`, iteratively (inputs may be deep). */
function objectsOf(root: unknown): object[] {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else if (!ArrayBuffer.isView(value))
      for (const key of Reflect.ownKeys(value)) stack.push((value as Record<PropertyKey, unknown>)[key]);
  }
  return [...seen];
}

/** A snapshot of an input to compare with after the call: a deep copy and what was frozen. */
export interface InputSnapshot {
  readonly copy: unknown;
  readonly unfrozen: readonly object[];
}

/** Takes the snapshot before the call. */
export function snapshot(input: unknown): InputSnapshot {
  return { copy: structuredClone(input), unfrozen: objectsOf(input).filter((o) => !Object.isFrozen(o)) };
}

/** The input after the call: deep-equal to its copy, and nothing of it frozen by the library. */
export function expectUntouched(input: unknown, before: InputSnapshot): void {
  expect(input).toEqual(before.copy);
  expect(
    before.unfrozen.filter((o) => Object.isFrozen(o)),
    'input objects frozen by the call',
  ).toEqual([]);
}

// The walks below check with plain code and report through one `expect`, so that a result of
// 100,000 rows costs milliseconds, not a million assertions.

/** Walks a result: every number finite and not -0, every object a frozen plain record or array. */
export function expectCleanData(data: unknown): void {
  const problems: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0 && problems.length < 5) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0))
        problems.push(`${Object.is(value, -0) ? '-0' : String(value)} at ${path}`);
    } else if (typeof value === 'object' && value !== null) {
      if (!Object.isFrozen(value)) problems.push(`not frozen at ${path || '(root)'}`);
      // Plain arrays and records only, without enumerable symbol keys: JSON keeps everything.
      const proto: unknown = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
        problems.push(`not plain data at ${path || '(root)'}`);
      // (A non-enumerable brand, such as a validated methodology's, is not data.)
      if (Object.getOwnPropertySymbols(value).some((k) => Object.getOwnPropertyDescriptor(value, k)?.enumerable))
        problems.push(`symbol keys at ${path || '(root)'}`);
      if (Array.isArray(value)) value.forEach((v: unknown, i) => stack.push({ value: v, path: `${path}[${i}]` }));
      else for (const [key, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${key}` });
    } else if (typeof value !== 'string' && typeof value !== 'boolean' && value !== null) {
      problems.push(`${typeof value} at ${path}`);
    }
  }
  // With finite numbers, strings, booleans, null and plain frozen records and arrays only, a
  // JSON round trip gives the same data back.
  expect(problems).toEqual([]);
}

/** A failure: a CedsInputError with at least one well-formed, frozen issue. */
export function expectInputError(error: unknown): void {
  expect(error).toBeInstanceOf(CedsInputError);
  const { issues } = error as CedsInputError;
  expect(issues.length).toBeGreaterThan(0);
  expect(Object.isFrozen(issues)).toBe(true);
  const bad = issues.filter(
    (issue) =>
      !Object.isFrozen(issue) ||
      !Object.isFrozen(issue.path) ||
      typeof issue.code !== 'string' ||
      !/\S/.test(issue.message) ||
      !issue.path.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key))),
  );
  expect(bad.slice(0, 3)).toEqual([]);
}

/** Calls a `safe*` function and checks the outcome and the input (nothing may be thrown). */
export function expectSafe<T>(call: () => SafeResult<T>, inputs: readonly unknown[]): SafeResult<T> {
  const before = inputs.map(snapshot);
  const result = call();
  if (result.success) expectCleanData(result.data);
  else expectInputError(result.error);
  inputs.forEach((input, i) => expectUntouched(input, before[i]!));
  return result;
}

/** Every kind of JavaScript value fast-check's `anything` can make, beyond plain JSON. */
export const EXOTIC_VALUES = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
} as const;

/** Values that break assumptions: non-finite and huge numbers, odd strings, odd objects. */
export const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    5e-324,
    -1,
    101,
    2.5,
    2 ** 53,
    '',
    '0x10',
    '1e3',
    ' 1',
    '__proto__',
    'constructor',
    null,
    undefined,
    true,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.anything({ maxDepth: 2, ...EXOTIC_VALUES }),
);

/** One change to a valid input. `at` picks the node (modulo the number of nodes). */
export interface Mutation {
  readonly kind: 'replace' | 'delete' | 'insert' | 'duplicate' | 'wrap';
  readonly at: number;
  readonly key: string;
  readonly value: unknown;
}

// Values a valid input could hold, so that some mutations keep it valid and the success path
// is fuzzed as well (edge values of each range, ids, statuses, kinds).
const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    1,
    3,
    5,
    20,
    50,
    79.995,
    99.99,
    100,
    'operating',
    'developing',
    'planned',
    'absent',
    'e-admin',
    'e-info',
    'likert',
    'boolean',
    'x',
    true,
    false,
    null,
  ),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'insert', 'duplicate', 'wrap'),
  at: fc.nat(),
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'value', 'kind', 'level', 'weight', 'score'),
    fc.string({ maxLength: 6 }),
  ),
  value: fc.oneof(strangeValue, plausibleValue),
});

/** A value replaced by one of the right sort, often still valid: fuzzes the success path. */
export const plausibleMutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('replace' as const),
  at: fc.nat(),
  key: fc.constant('value'),
  value: plausibleValue,
});

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Paths into plain arrays and records only: a Map, a boxed string or a typed array inserted
// by an earlier mutation is a leaf, and so is a node that contains itself (fast-check's
// anything() makes cyclic arrays), so the walk ends.
function nodePaths(value: unknown, prefix: Path = [], ancestors: ReadonlySet<unknown> = new Set()): Path[] {
  const out: Path[] = [prefix];
  if (ancestors.has(value)) return out;
  const inside = new Set(ancestors).add(value);
  const children: [string | number, unknown][] = [];
  // forEach, not map: a sparse array's holes are not nodes.
  if (Array.isArray(value)) value.forEach((v: unknown, i) => children.push([i, v]));
  else if (isPlainRecord(value)) for (const entry of Object.entries(value)) children.push(entry);
  for (const [key, child] of children) for (const path of nodePaths(child, [...prefix, key], inside)) out.push(path);
  return out;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function setOwn(target: object, key: string | number, value: unknown): void {
  // defineProperty, so that a key named "__proto__" becomes an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A mutated deep copy of a JSON-like valid input (the input itself is never changed). */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const m of mutations) {
    const paths = nodePaths(root);
    const path = paths[m.at % paths.length]!;
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = path.length === 0 ? undefined : (at(root, parentPath) as Record<string | number, unknown>);
    const node = at(root, path);
    const replace = (value: unknown) => {
      if (parent === undefined) root = value;
      else setOwn(parent, key!, value);
    };
    switch (m.kind) {
      case 'replace':
        replace(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent !== undefined) delete parent[key!];
        break;
      case 'insert':
        if (Array.isArray(node)) node.push(m.value);
        else if (isPlainRecord(node)) setOwn(node, m.key, m.value);
        else replace(m.value);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(node));
        else replace([node, node]);
        break;
      case 'wrap':
        replace(m.key === 'value' ? [node] : { [m.key]: node });
        break;
    }
  }
  return root;
}
