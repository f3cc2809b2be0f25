// Reading input once, parsing it with zod schemas, and the library's wording of zod's issues.
//
// How the library's schemas are built: once, when their module loads, by a function called
// under a `/* @__PURE__ */` annotation. A bundle that never validates with a schema drops it
// whole, and there is no lazy cache of schemas, so no mutable state. Each such site points here
// in one line.
//
// Read each input once. A getter or a Proxy can answer each read differently, and can throw: a
// schema that read a field and a rule that read it again could judge two different values, and
// a throw would escape the `safe*` functions. So an input is read exactly once, by `readInput`,
// into a copy of plain data; zod parses that copy, every rule runs on what zod returned (or on
// the copy, to report every problem of a rejected input), and whatever a read threw becomes an
// `unreadable` issue at the path read. Nothing downstream ever touches the caller's objects. Only
// reads are guarded: an error thrown by the library's own code on plain data is a bug and stays
// visible.
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import type { IssueCode } from './codes.js';
import { CedsInputError, type CedsIssue, type IssuePath } from './errors.js';

// Only the library's own refinements set `params.code`, always to a catalogued code; checking
// it against the catalogue would put the whole list into every bundle.
function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string';
}

/**
 * zod/mini ships no message locale (it keeps bundles small), so messages are written here
 * from each issue's own fields: one place, one wording for the whole library. Appends to `out`
 * (an input with 500,000 problems makes no array per issue).
 */
function describe(issue: $ZodIssue, out: CedsIssue[]): void {
  // zod's own array, which nothing else keeps, unless a symbol key must be named.
  const raw = issue.path;
  const path = raw.some((k) => typeof k === 'symbol')
    ? raw.map((k) => (typeof k === 'symbol' ? String(k) : k))
    : (raw as (string | number)[]);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const message = custom ?? `Expected ${issue.expected}`;
      out.push({ path, code: issue.code, message });
      return;
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      const what =
        issue.origin === 'array'
          ? `at most ${bound} items`
          : issue.origin === 'string'
            ? `at most ${bound} characters`
            : issue.inclusive
              ? `at most ${bound}`
              : `less than ${bound}`;
      out.push({ path, code: issue.code, message: custom ?? `Must be ${what}` });
      return;
    }
    case 'too_small': {
      const bound = String(issue.minimum);
      const what =
        issue.origin === 'array'
          ? `at least ${bound} item${bound === '1' ? '' : 's'}`
          : issue.origin === 'string'
            ? bound === '1'
              ? 'non-empty'
              : `at least ${bound} characters`
            : issue.inclusive
              ? `at least ${bound}`
              : `more than ${bound}`;
      out.push({ path, code: issue.code, message: custom ?? `Must be ${what}` });
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      out.push({ path, code: issue.code, message: custom ?? `Must be one of ${options}` });
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys)
        out.push({ path: [...path, key], code: issue.code, message: `Unknown key ${JSON.stringify(key)}` });
      return;
    case 'invalid_format':
      out.push({ path, code: issue.code, message: custom ?? `Must match the ${issue.format} format` });
      return;
    case 'not_multiple_of':
      out.push({ path, code: issue.code, message: custom ?? `Must be a multiple of ${String(issue.divisor)}` });
      return;
    case 'invalid_union': {
      // Report the branch that got furthest, so a user sees the real rule rather than "no match".
      const best = issue.errors.reduce<readonly $ZodIssue[] | undefined>(
        (acc, branch) => (acc === undefined || depth(branch) > depth(acc) ? branch : acc),
        undefined,
      );
      if (custom === undefined && best && best.length > 0 && depth(best) > 0) {
        for (const inner of best) describe({ ...inner, path: [...issue.path, ...inner.path] }, out);
        return;
      }
      out.push({ path, code: issue.code, message: custom ?? 'Does not match any allowed form' });
      return;
    }
    case 'custom': {
      // A refinement names its own rule in `params.code` (e.g. `too_precise`).
      const code = isIssueCode(issue.params?.['code']) ? issue.params['code'] : issue.code;
      out.push({ path, code, message: custom ?? 'Invalid value' });
      return;
    }
    default:
      out.push({ path, code: issue.code, message: custom ?? 'Invalid value' });
  }
}

function depth(issues: readonly $ZodIssue[]): number {
  let deepest = 0;
  for (const i of issues)
    deepest = Math.max(deepest, i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length);
  return deepest;
}

/** Turns zod issues into the library's issues. @internal */
export function toIssues(issues: readonly $ZodIssue[]): CedsIssue[] {
  const out: CedsIssue[] = [];
  for (const issue of issues) describe(issue, out);
  return out;
}

/** The outcome of `safeParseSchema`. @internal */
export type SchemaParse<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly $ZodIssue[] };

type ZodParse<T> = { success: true; data: T } | { success: false; error: { issues: $ZodIssue[] } };

// What the reader and the fallback read of a schema's definition (zod 4 core `def`).
interface SchemaDefinition {
  readonly type: string;
  readonly element?: $ZodType;
  readonly shape?: Readonly<Record<string, $ZodType>>;
  readonly catchall?: $ZodType | undefined;
  readonly innerType?: $ZodType;
  readonly in?: $ZodType;
  readonly out?: $ZodType;
  readonly valueType?: $ZodType;
  readonly options?: readonly $ZodType[];
  readonly discriminator?: string;
}

function zodSafeParse<T>(schema: $ZodType<T>, input: unknown): ZodParse<T> {
  return (schema as unknown as { safeParse(v: unknown): ZodParse<T> }).safeParse(input);
}

function definitionOf(schema: $ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/**
 * `schema.safeParse(input)` that survives inputs with very many problems, at a cost that
 * follows the problems found. zod gathers a part's issues into its parent with
 * `push(...issues)`, which overflows the stack somewhere above 100,000 issues (a RangeError,
 * which would escape `safe*` functions) after the whole part was parsed. So the objects at the
 * top (a city, its budget) are parsed here key by key and their long lists a slice at a time,
 * each by zod, and no list's issues are ever spread; should a part deeper down overflow all the
 * same, it is parsed again in parts and every issue is still reported.
 * @internal
 */
export function safeParseSchema<T>(schema: $ZodType<T>, input: unknown): SchemaParse<T> {
  const def = definitionOf(schema);
  if (def.type === 'optional' && input !== undefined) return safeParseSchema(def.innerType!, input) as SchemaParse<T>;
  if (def.type === 'nullable' && input !== null) return safeParseSchema(def.innerType!, input) as SchemaParse<T>;
  if (isPlainObjectSchema(def) && isPlainObject(input)) return parseByKeys(def, input) as SchemaParse<T>;
  if (def.type === 'array' && !hasChecks(def) && Array.isArray(input) && input.length > 2 * SLICE)
    return parseBySlices(schema, input) as SchemaParse<T>;
  return parseWhole(schema, input);
}

/** zod's parse of the whole input; on an overflow, its parts parsed one by one. */
function parseWhole<T>(schema: $ZodType<T>, input: unknown): SchemaParse<T> {
  try {
    const result = zodSafeParse(schema, input);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return parseInParts(schema, input) as SchemaParse<T>;
}

/**
 * An input whose parse overflowed zod's stack (so it fails): each array element and each object
 * key parsed alone, splitting again where a part overflows too, every issue kept.
 */
function parseInParts(schema: $ZodType, input: unknown): SchemaParse<unknown> {
  const def = definitionOf(schema);
  if (def.type === 'pipe') return safeParseSchema(def.in!, input);
  if (def.type === 'object' && isPlainObject(input)) return parseByKeys(def, input);
  const issues: $ZodIssue[] = [];
  if (def.type === 'array' && Array.isArray(input))
    for (let i = 0; i < input.length; i += 1) {
      const result = safeParseSchema(def.element!, input[i]);
      if (!result.success) for (const issue of result.issues) issues.push(prefixed(i, issue));
    }
  if (issues.length === 0) issues.push({ code: 'custom', path: [], input, message: 'Too many problems to list' });
  return { success: false, issues };
}

/** zod's issues are fresh objects that nothing else holds: a path is prefixed in place. */
function prefixed(key: PropertyKey, issue: $ZodIssue): $ZodIssue {
  (issue as { path: PropertyKey[] }).path = [key, ...issue.path];
  return issue;
}

// Elements of a long list parsed at a time: enough to keep zod's per-call cost small, few enough
// that what zod builds for a slice is collected young.
const SLICE = 1000;

function hasChecks(def: SchemaDefinition): boolean {
  const checks = (def as { checks?: readonly unknown[] }).checks;
  return checks !== undefined && checks.length > 0;
}

/**
 * A list without rules of its own is its elements, each parsed alone: zod's parse of the whole
 * list, a slice at a time, the issues' indexes moved to the whole list.
 */
function parseBySlices(schema: $ZodType, input: readonly unknown[]): SchemaParse<unknown> {
  const data: unknown[] = [];
  const issues: $ZodIssue[] = [];
  for (let start = 0; start < input.length; start += SLICE) {
    const result = parseWhole(schema, input.slice(start, start + SLICE));
    if (!result.success)
      for (const issue of result.issues) {
        const path = issue.path;
        if (typeof path[0] === 'number') path[0] += start;
        issues.push(issue);
      }
    else if (issues.length === 0) for (const value of result.data as readonly unknown[]) data.push(value);
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

/** An object schema with no rule of its own, strict or stripping: zod's parse is its keys' parses. */
function isPlainObjectSchema(def: SchemaDefinition): boolean {
  return (
    def.type === 'object' &&
    !hasChecks(def) &&
    (def.catchall === undefined || definitionOf(def.catchall).type === 'never')
  );
}

/** A record of plain data: no prototype, or an `Object.prototype` (of any realm), as zod's records take. */
function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

interface FieldTraits {
  readonly optin?: 'optional' | undefined;
  readonly optout?: 'optional' | undefined;
}

/**
 * What zod's object parse does (`$ZodObject`), key by key, with the issues of each key
 * appended one at a time: an absent optional key is skipped, an absent required key that its
 * schema accepts is `nonoptional`, unknown keys of a strict object are one `unrecognized_keys`.
 */
function parseByKeys(def: SchemaDefinition, input: Readonly<Record<string, unknown>>): SchemaParse<unknown> {
  const shape = def.shape ?? {};
  const data: Record<string, unknown> = {};
  const issues: $ZodIssue[] = [];
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') continue;
    const field = shape[key]!;
    const { optin, optout } = (field as unknown as { _zod: FieldTraits })._zod;
    const present = key in input;
    if (!present && optin === 'optional' && optout === 'optional') continue;
    const result = safeParseSchema(field, input[key]);
    if (!result.success) {
      if (!present && optin !== undefined && optout === 'optional') continue;
      for (const issue of result.issues) issues.push(prefixed(key, issue));
    } else if (!present && optin === undefined) {
      issues.push({
        code: 'invalid_type',
        expected: 'nonoptional',
        input: undefined,
        path: [key],
        message: 'Invalid input',
      });
    } else if (result.data !== undefined || present) {
      data[key] = result.data;
    }
  }
  if (def.catchall !== undefined) {
    const unknown: string[] = [];
    for (const key in input) if (!Object.hasOwn(shape, key)) unknown.push(key);
    if (unknown.length > 0)
      issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], input, message: 'Unrecognized keys' });
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

// ---------------------------------------------------------------------------------------------
// Reading an input once (see the top of this file).

/** What reading an input once gave. @internal */
export interface InputRead {
  /**
   * Plain data: what the schema reads of the input, each value read once, a `-0` read as `0`.
   * A value that could not be read is an empty stand-in object (so that no rule sees a gap and
   * reports a missing field); a value the schema does not look into (an `unknown` field) is
   * passed on as it is, for the reader of its own schema.
   */
  readonly copy: unknown;
  /** One `unreadable` issue per read that threw, at the path read. */
  readonly unreadable: readonly CedsIssue[];
}

/** Where a value was read: the path is built only when an issue needs it. */
interface Place {
  readonly parent: Place | null;
  readonly key: string | number;
}

function pathOfPlace(place: Place | null): IssuePath {
  const path: (string | number)[] = [];
  for (let p = place; p !== null; p = p.parent) path.push(p.key);
  return path.reverse();
}

/** What a thrown value says, at most 80 characters; never throws itself. */
function thrownText(thrown: unknown): string {
  let text: string;
  try {
    text = thrown instanceof Error ? `${String(thrown.name)}: ${String(thrown.message)}` : String(thrown);
  } catch {
    text = 'a value that cannot be shown';
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The issue for a value that threw when read.
 * @internal
 */
export function unreadableIssue(path: IssuePath, thrown: unknown): CedsIssue {
  return { path, code: 'unreadable', message: `Could not be read (it threw ${thrownText(thrown)}); pass plain data` };
}

/** The definition under wrappers (optional, nullable …: any with an `innerType`), to tell what kind of value it takes. */
function baseDefinition(schema: $ZodType): SchemaDefinition {
  let def = definitionOf(schema);
  while (def.innerType !== undefined) def = definitionOf(def.innerType);
  return def;
}

function baseType(schema: $ZodType): string {
  return baseDefinition(schema).type;
}

/** The state of one reading: what could not be read. */
interface Reading {
  readonly unreadable: CedsIssue[];
}

/**
 * How a schema reads an object value (primitives are taken as they are): its copy. Throws what
 * a read of the value itself throws; the caller records it at the value's path.
 */
type ObjectReader = (value: object, place: Place | null, reading: Reading) => unknown;

/** Each schema's reader, built once: reading then costs a call per value, no lookups. */
const readers = /* @__PURE__ */ new WeakMap<object, ObjectReader>();

function readerOf(schema: $ZodType): ObjectReader {
  let reader = readers.get(schema);
  if (reader === undefined) readers.set(schema, (reader = buildReader(definitionOf(schema))));
  return reader;
}

const asItIs: ObjectReader = (value) => value;
const rejected: ObjectReader = () => ({});
const emptyList: ObjectReader = () => [];

function buildReader(def: SchemaDefinition): ObjectReader {
  switch (def.type) {
    case 'object': {
      const read = objectReader(def);
      return (value, place, reading) => (Array.isArray(value) ? [] : read(value, place, reading));
    }
    case 'array': {
      const element = readerOf(def.element!);
      return (value, place, reading) =>
        Array.isArray(value) ? readArray(element, value as readonly unknown[], place, reading) : {};
    }
    case 'record': {
      const entry = readerOf(def.valueType!);
      return (value, place, reading) => (isPlainObject(value) ? readRecord(entry, value, place, reading) : []);
    }
    case 'union':
      return unionReader(def);
    case 'pipe':
      // A pipe from `unknown` (a guard before the real schema) reads what its output reads.
      return readerOf(readerOf(def.in!) === asItIs ? def.out! : def.in!);
    case 'unknown':
    case 'any':
      // Not looked into: passed on as it is, to be read by its own schema.
      return asItIs;
    default:
      // A wrapper (optional, nullable …) reads what it wraps.
      if (def.innerType !== undefined) return readerOf(def.innerType);
      // A schema of a primitive: zod rejects any object there, so nothing of it is read. (A
      // schema of another kind of object, a date or a map, would need its own reader here.)
      return rejected;
  }
}

/** `source[key]` as `read` reads it; a throw is recorded at its path and gives the stand-in. */
function readAt(read: ObjectReader, source: object, key: string | number, parent: Place | null, reading: Reading) {
  try {
    const value: unknown = (source as Record<string | number, unknown>)[key];
    if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
    return read(value, { parent, key }, reading);
  } catch (thrown) {
    reading.unreadable.push(unreadableIssue(pathOfPlace({ parent, key }), thrown));
    return UNREAD_VALUE;
  }
}

/** An object read by its shape. */
function objectReader(def: SchemaDefinition): ObjectReader {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape).filter((key) => key !== '__proto__');
  const known = new Set(keys);
  // The keys' readers are made on first use, so that making a reader never loops.
  let reads: readonly ObjectReader[] | undefined;
  let extra: ObjectReader | undefined;
  // Unknown keys are named as zod names them (`for…in`); their values are read only when the
  // object keeps them (not strict).
  const catchall = def.catchall;
  const strict = catchall !== undefined && definitionOf(catchall).type === 'never';
  return (source, place, reading) => {
    reads ??= keys.map((key) => readerOf(shape[key]!));
    const copy: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const value = readAt(reads[i]!, source, keys[i]!, place, reading);
      if (value !== undefined) copy[keys[i]!] = value;
    }
    if (catchall !== undefined)
      for (const key in source)
        if (!known.has(key))
          keep(copy, key, strict ? null : readAt((extra ??= readerOf(catchall)), source, key, place, reading));
    return copy;
  };
}

function readArray(element: ObjectReader, source: readonly unknown[], place: Place | null, reading: Reading) {
  const length = source.length;
  // Only a Proxy can report another length; reading it is then an error like any other.
  if (!(length >= 0 && length <= 0xffffffff && Number.isInteger(length))) throw new RangeError('Invalid array length');
  const copy: unknown[] = [];
  for (let i = 0; i < length; i += 1) copy.push(readAt(element, source, i, place, reading));
  return copy;
}

function readRecord(entry: ObjectReader, source: object, place: Place | null, reading: Reading) {
  const copy: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(source)) {
    if (!Object.prototype.propertyIsEnumerable.call(source, key)) continue;
    keep(copy, key, readAt(entry, source, typeof key === 'symbol' ? String(key) : key, place, reading));
  }
  return copy;
}

/**
 * A union reads an object as all its object forms at once (`{ area }` or `{ dimension }`, or
 * the kinds of a discriminated union): each key of any form once, under the first form that
 * has it, unknown keys named when the forms are strict; zod then tries each form on the same
 * copy. The library's forms never give one key two object shapes.
 */
function unionReader(def: SchemaDefinition): ObjectReader {
  const options = def.options ?? [];
  if (options.some((o) => readerOf(o) === asItIs)) return asItIs;
  const form = (type: string) => options.find((o) => baseType(o) === type);
  const list = form('array');
  // With no list form, a list stays a list (empty): every form rejects it at its own path.
  const readList = list === undefined ? emptyList : readerOf(list);
  const objects = options.map(baseDefinition).filter((d) => d.type === 'object');
  const shape: Record<string, $ZodType> = {};
  for (const object of objects) for (const [key, schema] of Object.entries(object.shape ?? {})) shape[key] ??= schema;
  const record = form('record');
  const readObject =
    objects.length > 0
      ? objectReader({ type: 'object', shape, catchall: objects[0]!.catchall })
      : record === undefined
        ? rejected
        : readerOf(record);
  return (value, place, reading) => (Array.isArray(value) ? readList : readObject)(value, place, reading);
}

/** Sets `copy[key]`; a key `__proto__` as data, the way JSON.parse makes it. */
function keep(copy: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  else copy[key] = value;
}

// What stands in the copy for a value that could not be read: an object with nothing in it,
// which fails every schema but `unknown` (issues inside an unreadable value are dropped) and
// answers every rule's question with `undefined`.
const UNREAD_VALUE: unknown = /* @__PURE__ */ Object.freeze(Object.create(null));

/**
 * Reads `input` once into a copy of plain data, reading exactly what `schema` reads (declared
 * keys, the names of unknown keys, array elements, record entries), each value once. Every read
 * that throws (a getter, a Proxy trap, a revoked Proxy) is caught and becomes an `unreadable`
 * issue at the deepest path known; the value is then an empty stand-in in the copy. Costs one
 * walk of the parts the schema knows, so large inputs stay cheap.
 * @internal
 */
export function readInput(schema: $ZodType, input: unknown): InputRead {
  const reading: Reading = { unreadable: [] };
  if (typeof input !== 'object' || input === null) return { copy: input === 0 ? 0 : input, unreadable: [] };
  let copy: unknown;
  try {
    copy = readerOf(schema)(input, null, reading);
  } catch (thrown) {
    reading.unreadable.push(unreadableIssue([], thrown));
    copy = UNREAD_VALUE;
  }
  return { copy, unreadable: reading.unreadable };
}

/**
 * Every issue of an input: what could not be read, then the other issues, less those inside
 * a value that could not be read (they describe the gap left in the copy, not the input).
 * @internal
 */
export function withUnreadable(unreadable: readonly CedsIssue[], issues: readonly CedsIssue[]): CedsIssue[] {
  if (unreadable.length === 0) return issues as CedsIssue[];
  const gaps = new Set(unreadable.map((i) => JSON.stringify(i.path)));
  const inside = (path: IssuePath) =>
    path.some((_, n) => gaps.has(JSON.stringify(path.slice(0, n)))) || gaps.has(JSON.stringify(path));
  const out = [...unreadable];
  for (const issue of issues) if (!inside(issue.path)) out.push(issue);
  return out;
}

/** An input read once and parsed: zod's data, and the copy of plain data zod parsed. @internal */
export interface ParsedRead<T> {
  /** What zod returned for the copy: every rule runs on this. */
  readonly data: T;
  /** The copy zod parsed, for what zod drops (a record key `__proto__`). */
  readonly copy: unknown;
}

/**
 * Reads `input` once (`readInput`), parses the copy with a zod schema and returns zod's data
 * with the copy, or throws `CedsInputError` with every issue: what could not be read, then the
 * rest.
 * @internal
 */
export function parseRead<T>(schema: $ZodType<T>, input: unknown, subject: string): ParsedRead<T> {
  const { copy, unreadable } = readInput(schema, input);
  const result = safeParseSchema(schema, copy);
  if (result.success && unreadable.length === 0) return { data: result.data, copy };
  throw new CedsInputError(withUnreadable(unreadable, result.success ? [] : toIssues(result.issues)), subject);
}

/**
 * `parseRead`'s data: the input read once, parsed, and every issue thrown as `CedsInputError`.
 * @internal
 */
export function parseInput<T>(schema: $ZodType<T>, input: unknown, subject: string): T {
  return parseRead(schema, input, subject).data;
}

/**
 * Parses `input` with `schema` as it is, with no copy before zod's (zod reads each value once
 * and every rule runs on the copy it returns): cheaper than `parseInput` for large inputs, such
 * as award submissions. Should a read throw, the input is read again (`readInput`) only to say
 * where, and the outcome is an error either way: nothing of that second read is ever judged.
 * @internal
 */
export function parseAsGiven<T>(schema: $ZodType<T>, input: unknown, subject: string): T {
  let parsed: SchemaParse<T>;
  try {
    parsed = safeParseSchema(schema, input);
  } catch (thrown) {
    const { copy, unreadable } = readInput(schema, input);
    // A value that threw once and not again is still not plain data.
    const issues = unreadable.length > 0 ? unreadable : [unreadableIssue([], thrown)];
    const rest = safeParseSchema(schema, copy);
    throw new CedsInputError(withUnreadable(issues, rest.success ? [] : toIssues(rest.issues)), subject);
  }
  if (parsed.success) return parsed.data;
  throw new CedsInputError(toIssues(parsed.issues), subject);
}
