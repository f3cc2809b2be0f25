import { compareCodeUnits } from '../core/compare.js';
import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { unreadableIssue } from '../core/validate.js';
import type { Methodology, MethodologyDifference } from './types.js';

type Key = string | number;
type Plain = Record<string, unknown>;

/** Deeper than any methodology (3 levels); a deeper value is refused before it can overflow. */
const MAX_DEPTH = 64;

/**
 * Reads a value once into plain data to compare: arrays by index, other objects by their own
 * enumerable keys, a `-0` as `0`. Both arguments are compared as they are (an invalid
 * methodology too, to show what differs), so they are not validated; but what is not a tree of
 * data is refused with a `CedsInputError`: a value that contains itself, one nested deeper than
 * 64 levels, or one that cannot be read (a getter or a Proxy that throws).
 */
function readTree(value: unknown, subject: string): unknown {
  const issues: CedsIssue[] = [];
  const ancestors = new Set<object>();
  const at = (source: object, key: Key, path: readonly Key[]): unknown => {
    try {
      return read(Reflect.get(source, key), [...path, key]);
    } catch (thrown) {
      issues.push(unreadableIssue([...path, key], thrown));
      return undefined;
    }
  };
  const read = (node: unknown, path: readonly Key[]): unknown => {
    if (typeof node === 'number') return node === 0 ? 0 : node;
    if (typeof node !== 'object' || node === null) return node;
    if (ancestors.has(node)) {
      issues.push({
        path,
        code: 'invalid_type',
        message: 'Expected a tree of plain data; this object contains itself',
      });
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      issues.push({ path, code: 'too_big', message: `Must be nested at most ${MAX_DEPTH} levels deep` });
      return undefined;
    }
    ancestors.add(node);
    try {
      if (Array.isArray(node)) {
        const length: unknown = node.length;
        if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0 || length > 0xffffffff)
          throw new TypeError(`an array length of ${String(length)}`);
        const out: unknown[] = [];
        for (let i = 0; i < length; i += 1) out.push(at(node, i, path));
        return out;
      }
      const out: Plain = {};
      for (const key of Object.keys(node)) {
        const inner = at(node, key, path);
        if (inner !== undefined)
          Object.defineProperty(out, key, { value: inner, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      ancestors.delete(node);
    }
  };
  let tree: unknown;
  try {
    tree = read(value, []);
  } catch (thrown) {
    issues.push(unreadableIssue([], thrown));
  }
  if (issues.length > 0) throw new CedsInputError(issues, subject);
  return tree;
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Items with unique string ids (areas, groups, dimensions) are matched by id, so inserting
// an area reports one added area rather than a change at every later index.
function ids(items: readonly unknown[]): string[] | null {
  const out: string[] = [];
  for (const item of items) {
    if (!isPlainObject(item) || typeof item['id'] !== 'string') return null;
    out.push(item['id']);
  }
  return new Set(out).size === out.length ? out : null;
}

// A JSON-safe copy of a value (keys holding undefined are left out, as JSON does).
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, copy(v)]),
    );
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function walk(a: unknown, b: unknown, path: Key[], out: MethodologyDifference[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const idsA = ids(a);
    const idsB = ids(b);
    if (idsA && idsB) {
      const common = new Set(idsB.filter((id) => idsA.includes(id)));
      const orderA = idsA.filter((id) => common.has(id));
      const orderB = idsB.filter((id) => common.has(id));
      if (orderA.some((id, i) => id !== orderB[i]))
        out.push({ kind: 'changed', path, before: copy(a), after: copy(b) });
      idsA.forEach((id, i) => {
        const j = idsB.indexOf(id);
        if (j === -1) out.push({ kind: 'removed', path: [...path, id], before: copy(a[i]) });
        else walk(a[i], b[j], [...path, id], out);
      });
      idsB.forEach((id, j) => {
        if (!idsA.includes(id)) out.push({ kind: 'added', path: [...path, id], after: copy(b[j]) });
      });
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      if (i >= b.length) out.push({ kind: 'removed', path: [...path, i], before: copy(a[i]) });
      else if (i >= a.length) out.push({ kind: 'added', path: [...path, i], after: copy(b[i]) });
      else walk(a[i], b[i], [...path, i], out);
    }
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inA = a[key] !== undefined;
      const inB = b[key] !== undefined;
      if (inA && inB) walk(a[key], b[key], [...path, key], out);
      else if (inA) out.push({ kind: 'removed', path: [...path, key], before: copy(a[key]) });
      else if (inB) out.push({ kind: 'added', path: [...path, key], after: copy(b[key]) });
    }
    return;
  }
  if (!same(a, b)) out.push({ kind: 'changed', path, before: copy(a), after: copy(b) });
}

// Numbers (array indexes) before strings; numbers numerically, strings by code unit, so the
// order is the same on every platform and locale.
function compareKeys(x: Key, y: Key): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'number') return -1;
  if (typeof y === 'number') return 1;
  return compareCodeUnits(x, y);
}

function comparePaths(p: readonly Key[], q: readonly Key[]): number {
  for (let i = 0; i < Math.min(p.length, q.length); i += 1) {
    const order = compareKeys(p[i]!, q[i]!);
    if (order !== 0) return order;
  }
  return p.length - q.length;
}

/**
 * Lists what differs between two methodologies, so a reader can see why scores made under
 * them are not comparable. Each difference has a `kind` (`changed`, `added`, `removed`), a
 * `path`, and the value `before` (in `a`) and `after` (in `b`); the side where the value is
 * absent is left out. Areas, groups and dimensions are matched by id, and their id is the path
 * key (`['areas', 'e-city', 'label']`); a change in their order is reported at the array's
 * path with both arrays. Sorted by path; empty exactly when the two are deeply equal. The
 * result is plain, frozen, JSON-safe data.
 *
 * @param a - the first (earlier) methodology
 * @param b - the second (later) methodology
 * @returns the differences, sorted by path
 * @throws CedsInputError when an argument is not a tree of data: it contains itself, nests
 *   deeper than 64 levels, or cannot be read (a getter or a Proxy that throws)
 *
 * @example
 * ```ts
 * import { defineMethodology, defaultMethodology, diffMethodologies } from 'wego-ceds';
 * const b = defineMethodology({ version: '1.1.0', areaWeights: { utilization: 2 } });
 * diffMethodologies(defaultMethodology, b); // => [{ kind: 'changed', path: ['areaWeights', 'utilization'], before: 1, after: 2 }, { kind: 'changed', path: ['version'], before: '1.0.0', after: '1.1.0' }]
 * diffMethodologies(defaultMethodology, defaultMethodology); // => []
 * ```
 */
export function diffMethodologies(a: Methodology, b: Methodology): readonly MethodologyDifference[] {
  const before = readTree(a, 'methodology a');
  const after = readTree(b, 'methodology b');
  const out: MethodologyDifference[] = [];
  walk(before, after, [], out);
  return deepFreeze(out.sort((x, y) => comparePaths(x.path, y.path)));
}
