import type { $ZodType, $ZodTypes } from 'zod/v4/core';
import { CedsInputError, type CedsIssue, type IssuePath } from '../../core/errors.js';
import { safeParseSchema, toIssues, type SchemaParse } from '../../core/validate.js';

// Read each input once. A getter or a Proxy can answer every read differently, and can throw:
// validating the input and then reading it again for the rules across fields would let a second
// answer through unchecked. So every rule runs on a copy made by a single read of the input:
// - `parseAsGiven` lets zod read the input: zod reads each value once and returns its own copy;
// - `readInput` first reads the input into an inert copy of plain data (what the schema reads:
//   keys, elements, record values; a -0 read as 0), for a caller that needs what zod drops (a
//   record key `__proto__`); zod then parses that copy.
// Whatever a read throws becomes an issue at the path read, so `safe*` functions return it
// instead of throwing. Finding that path reads the input again, but only to report the error:
// nothing of that read is ever judged.

/** A path built only when an issue needs it: reading a large input makes no arrays. */
interface Place {
  readonly parent: Place | null;
  readonly key: string | number;
}

function pathOf(place: Place | null): IssuePath {
  const path: (string | number)[] = [];
  for (let p = place; p !== null; p = p.parent) path.push(p.key);
  return path.reverse();
}

/** What a thrown value says, at most 80 characters; itself never throws. */
function thrownText(thrown: unknown): string {
  let text: string;
  try {
    text = thrown instanceof Error ? `${String(thrown.name)}: ${String(thrown.message)}` : String(thrown);
  } catch {
    text = 'a value that cannot be shown';
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

class Reader {
  readonly issues: CedsIssue[] = [];

  /** Reads the whole input; on a throw, records it at the root and gives undefined. */
  root(schema: $ZodType, input: unknown): unknown {
    try {
      return this.value(schema, input, null);
    } catch (thrown) {
      this.fail(null, thrown);
      return undefined;
    }
  }

  /** Reads `source[key]` and what `schema` reads of it; on a throw, records it there and gives undefined. */
  private at(schema: $ZodType, source: object, key: string | number, parent: Place | null): unknown {
    try {
      const value: unknown = Reflect.get(source, key);
      // Most values are primitives: no place is made for them.
      if (typeof value === 'number') return value === 0 ? 0 : value;
      if (typeof value !== 'object' && typeof value !== 'function') return value;
      return this.value(schema, value, { parent, key });
    } catch (thrown) {
      this.fail({ parent, key }, thrown);
      return undefined;
    }
  }

  /** Records what `thrown` says, at `place`. */
  fail(place: Place | null, thrown: unknown): void {
    this.issues.push({
      path: pathOf(place),
      // TODO(codes): `unreadable` once src/core/codes.ts lists it.
      code: 'custom',
      message: `Could not be read (it threw ${thrownText(thrown)}); pass plain data`,
    });
  }

  private value(schema: $ZodType, value: unknown, place: Place | null): unknown {
    if (typeof value === 'number') return value === 0 ? 0 : value;
    // A function is not data: zod rejects it without reading it, and so may a fresh one.
    if (typeof value === 'function') return () => undefined;
    if (typeof value !== 'object' || value === null) return value;
    const def = (schema as $ZodTypes)._zod.def;
    switch (def.type) {
      case 'optional':
        return this.value(def.innerType, value, place);
      case 'array':
        return Array.isArray(value) ? this.array(def.element, value, place) : {};
      case 'object':
        return Array.isArray(value) ? [] : this.object(def.shape, value, place);
      case 'record':
        return isPlain(value) ? this.record(def.valueType, value, place) : [];
      case 'union': {
        // A union of a primitive and one object form (a tie-break): read as that form.
        const form = def.options.find((o) => (o as $ZodTypes)._zod.def.type === 'object');
        return form === undefined ? {} : this.value(form, value, place);
      }
      default:
        // A schema of a primitive rejects any object without reading it.
        return {};
    }
  }

  private array(element: $ZodType, array: readonly unknown[], place: Place | null): unknown[] {
    const length = array.length;
    if (!Number.isSafeInteger(length) || length < 0) throw new TypeError(`an array length of ${String(length)}`);
    const copy: unknown[] = [];
    for (let i = 0; i < length; i += 1) copy.push(this.at(element, array, i, place));
    return copy;
  }

  private object(shape: Readonly<Record<string, $ZodType>>, source: object, place: Place | null) {
    const copy: Record<string, unknown> = {};
    for (const key of this.keysOf(shape)) {
      const value = this.at(shape[key]!, source, key, place);
      if (value !== undefined) copy[key] = value;
    }
    // Unknown keys are named in an issue, never read: their values stay out of the copy.
    for (const key in source) if (!Object.hasOwn(shape, key)) keep(copy, key, null);
    return copy;
  }

  private record(valueType: $ZodType, source: object, place: Place | null) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(source)) keep(copy, key, this.at(valueType, source, key, place));
    return copy;
  }

  private readonly shapeKeys = new Map<object, readonly string[]>();

  private keysOf(shape: Readonly<Record<string, $ZodType>>): readonly string[] {
    let keys = this.shapeKeys.get(shape);
    if (keys === undefined) this.shapeKeys.set(shape, (keys = Object.keys(shape)));
    return keys;
  }
}

/** Sets `copy[key]`; a key `__proto__` as data, as JSON.parse makes it (zod then reports or drops it). */
function keep(copy: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  else copy[key] = value;
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An input read once: zod's parse of the copy, and the copy itself. @internal */
export interface ReadInput<T> {
  /** What zod returned for the copy: every rule across fields runs on this. */
  readonly data: T;
  /** The inert copy zod parsed (plain data), for what zod drops (a `__proto__` record key). */
  readonly copy: unknown;
}

/**
 * Reads `input` once into an inert copy and parses the copy with `schema`; throws
 * `CedsInputError` with every issue: what could not be read (a throwing getter, a throwing or
 * revoked Proxy), then zod's issues outside the parts that could not be read.
 * @internal
 */
export function readInput<T>(schema: $ZodType<T>, input: unknown, subject: string): ReadInput<T> {
  const reader = new Reader();
  const copy = reader.root(schema, input);
  const parsed = safeParseSchema(schema, copy);
  if (reader.issues.length > 0) throw unreadable(reader.issues, parsed, subject);
  if (parsed.success) return { data: parsed.data, copy };
  throw new CedsInputError(toIssues(parsed.issues), subject);
}

/**
 * Parses `input` with `schema` as it is (zod reads each value once; every rule runs on the copy
 * it returns) and throws `CedsInputError` with every issue. Should reading the input throw, it
 * is read again into an inert copy only to say where (see `readInput`), and the outcome is an
 * error either way. Cheaper than `readInput` for large inputs: no copy before zod's.
 * @internal
 */
export function parseAsGiven<T>(schema: $ZodType<T>, input: unknown, subject: string): T {
  let parsed: SchemaParse<T>;
  try {
    parsed = safeParseSchema(schema, input);
  } catch (thrown) {
    const reader = new Reader();
    const copy = reader.root(schema, input);
    // A value that threw once and not again is still not plain data.
    if (reader.issues.length === 0) reader.fail(null, thrown);
    throw unreadable(reader.issues, safeParseSchema(schema, copy), subject);
  }
  if (parsed.success) return parsed.data;
  throw new CedsInputError(toIssues(parsed.issues), subject);
}

/** What could not be read, then zod's issues about the parts that could. */
function unreadable(issues: readonly CedsIssue[], parsed: SchemaParse<unknown>, subject: string): CedsInputError {
  const paths = new Set(issues.map((i) => JSON.stringify(i.path)));
  const within = (path: IssuePath) =>
    paths.has('[]') || path.some((_, n) => paths.has(JSON.stringify(path.slice(0, n + 1))));
  const rest = parsed.success ? [] : toIssues(parsed.issues).filter((i) => !within(i.path));
  return new CedsInputError([...issues, ...rest], subject);
}
