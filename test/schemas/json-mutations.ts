// One-step edits of a JSON document, the way a person editing a stored file (or a tool with a
// bug) makes them: a value replaced by one of another type or range, a key deleted or added,
// a list item repeated or dropped, a value copied from elsewhere in the document (which breaks
// the rules across fields: references, uniqueness, levels that match scores), a number nudged.
// Shared by the JSON Schema parity properties and the stored-assessment robustness suite.
import { fc } from '@fast-check/vitest';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path from the root of a document to one of its values. */
export type JsonPath = readonly (string | number)[];

/** Values of every JSON type, at and beyond the edges of the library's ranges. */
export const EXOTIC_JSON: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  2.5,
  1.0000001,
  99.999,
  100.5,
  101,
  1e21,
  -1e21,
  2 ** 53,
  '',
  'x',
  '1',
  '-1',
  '1e3',
  '0x10',
  '__proto__',
  'KRW',
  [],
  {},
  [1],
  { a: 1 },
];

const KINDS = ['replace', 'delete', 'add key', 'repeat item', 'copy', 'nudge'] as const;

/** One edit of a document, described for a failure message. */
export interface JsonEdit {
  readonly kind: (typeof KINDS)[number];
  readonly path: JsonPath;
  readonly detail: string;
}

/** A document after edits, and what was done to it. */
export interface EditedJson {
  readonly value: Json;
  readonly edits: readonly JsonEdit[];
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path of a document, the root first, depth first. */
export function pathsOf(root: Json): JsonPath[] {
  const out: JsonPath[] = [];
  const stack: { value: Json; path: JsonPath }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (isObject(value))
      for (const key of Object.keys(value)) stack.push({ value: value[key]!, path: [...path, key] });
  }
  return out;
}

function at(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Sets a key as data, as JSON.parse does (a key `__proto__` included). */
function setKey(target: { [key: string]: Json } | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nudged(value: Json, choice: number): Json {
  if (typeof value === 'number')
    return [value + 1, value - 1, -value, value / 3, value * 10, value + 0.001][choice % 6]!;
  if (typeof value === 'string') return [`${value}x`, '', value.toUpperCase(), ` ${value}`][choice % 4]!;
  if (typeof value === 'boolean') return !value;
  return value;
}

/** What an edit reads of the document it started from: its values by path, and its scalars. */
interface Source {
  readonly document: Json;
  readonly scalars: readonly JsonPath[];
}

/** Applies one edit in place; false when it does not apply to the node picked. */
function applyEdit(
  root: { value: Json },
  edit: { kind: JsonEdit['kind']; path: JsonPath; choice: number },
  source: Source,
): string | false {
  const { kind, path, choice } = edit;
  const node = at(root.value, path);
  if (node === undefined) return false;
  const parent = path.length === 0 ? undefined : at(root.value, path.slice(0, -1));
  const key = path.at(-1);
  const put = (value: Json) => {
    if (parent === undefined) root.value = value;
    else setKey(parent as Json[], key!, value);
  };
  switch (kind) {
    case 'replace': {
      const value = structuredClone(EXOTIC_JSON[choice % EXOTIC_JSON.length]!);
      put(value);
      return JSON.stringify(value);
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (isObject(parent)) delete parent[key as string];
      else return false;
      return 'deleted';
    case 'add key': {
      if (!isObject(node)) return false;
      const name = ['extra', '__proto__', 'constructor', 'id'][choice % 4]!;
      if (Object.hasOwn(node, name)) return false;
      setKey(node, name, structuredClone(EXOTIC_JSON[choice % EXOTIC_JSON.length]!));
      return name;
    }
    case 'repeat item': {
      if (!Array.isArray(node) || node.length === 0) return false;
      const item = node[choice % node.length]!;
      node.push(structuredClone(item));
      return `item ${choice % node.length} repeated`;
    }
    case 'copy': {
      if (source.scalars.length === 0) return false;
      const from = source.scalars[choice % source.scalars.length]!;
      const value = at(source.document, from)!;
      put(value);
      return `from ${from.join('.')}: ${JSON.stringify(value)}`;
    }
    case 'nudge': {
      const value = nudged(node, choice);
      put(value);
      return JSON.stringify(value);
    }
  }
}

/**
 * Edits of `document`: 1 to `maxEdits` edits at random paths, each one that applies recorded;
 * the result is JSON again (a round trip), so a value is what a file would hold.
 */
export function editedJsonArbitrary(document: Json, maxEdits = 2): fc.Arbitrary<EditedJson> {
  const paths = pathsOf(document);
  const scalars = paths.filter((p) => {
    const value = at(document, p);
    return value !== null && typeof value !== 'object';
  });
  const edit = fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(), choice: fc.nat() });
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((list) => {
    const root = { value: structuredClone(document) };
    const edits: JsonEdit[] = [];
    for (const e of list) {
      const path = paths[e.at % paths.length]!;
      const detail = applyEdit(root, { kind: e.kind, path, choice: e.choice }, { document, scalars });
      if (detail !== false) edits.push({ kind: e.kind, path, detail });
    }
    return { value: JSON.parse(JSON.stringify(root.value)) as Json, edits };
  });
}

/** The edits, one per line, for a failure message. */
export function describeEdits(edits: readonly JsonEdit[]): string {
  return edits.map((e) => `${e.kind} at ${e.path.join('.') || '(root)'}: ${e.detail}`).join('; ');
}
