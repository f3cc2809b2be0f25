// Parsing input with zod schemas, and the library's wording of zod's issues.
//
// How the library's schemas are built: once, when their module loads, by a function called
// under a `/* @__PURE__ */` annotation. A bundle that never validates with a schema drops it
// whole, and there is no lazy cache, so no mutable state. Each such site points here in one line.
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import type { IssueCode } from './codes.js';
import { CedsInputError, type CedsIssue } from './errors.js';

// Only the library's own refinements set `params.code`, always to a catalogued code; checking
// it against the catalogue would put the whole list into every bundle.
function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string';
}

/**
 * zod/mini ships no message locale (it keeps bundles small), so messages are written here
 * from each issue's own fields: one place, one wording for the whole library.
 */
function describe(issue: $ZodIssue): CedsIssue[] {
  const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const message = custom ?? `Expected ${issue.expected}`;
      return [{ path, code: issue.code, message }];
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
      return [{ path, code: issue.code, message: custom ?? `Must be ${what}` }];
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
      return [{ path, code: issue.code, message: custom ?? `Must be ${what}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [{ path, code: issue.code, message: custom ?? `Must be one of ${options}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: issue.code,
        message: `Unknown key ${JSON.stringify(key)}`,
      }));
    case 'invalid_format':
      return [{ path, code: issue.code, message: custom ?? `Must match the ${issue.format} format` }];
    case 'not_multiple_of':
      return [{ path, code: issue.code, message: custom ?? `Must be a multiple of ${String(issue.divisor)}` }];
    case 'invalid_union': {
      // Report the branch that got furthest, so a user sees the real rule rather than "no match".
      const best = issue.errors.reduce<readonly $ZodIssue[] | undefined>(
        (acc, branch) => (acc === undefined || depth(branch) > depth(acc) ? branch : acc),
        undefined,
      );
      if (custom === undefined && best && best.length > 0 && depth(best) > 0) {
        return best.flatMap((inner) => describe({ ...inner, path: [...issue.path, ...inner.path] }));
      }
      return [{ path, code: issue.code, message: custom ?? 'Does not match any allowed form' }];
    }
    case 'custom': {
      // A refinement names its own rule in `params.code` (e.g. `too_precise`).
      const code = isIssueCode(issue.params?.['code']) ? issue.params['code'] : issue.code;
      return [{ path, code, message: custom ?? 'Invalid value' }];
    }
    default:
      return [{ path, code: issue.code, message: custom ?? 'Invalid value' }];
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
  return issues.flatMap(describe);
}

/** The outcome of `safeParseSchema`. @internal */
export type SchemaParse<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly $ZodIssue[] };

type ZodParse<T> = { success: true; data: T } | { success: false; error: { issues: $ZodIssue[] } };

// What the fallback reads of a schema's definition (zod 4 core `def`).
interface SchemaDefinition {
  readonly type: string;
  readonly element?: $ZodType;
  readonly shape?: Readonly<Record<string, $ZodType>>;
  readonly catchall?: $ZodType;
  readonly innerType?: $ZodType;
  readonly in?: $ZodType;
}

function zodSafeParse<T>(schema: $ZodType<T>, input: unknown): ZodParse<T> {
  return (schema as unknown as { safeParse(v: unknown): ZodParse<T> }).safeParse(input);
}

function definitionOf(schema: $ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/**
 * Gathers the issues of an input that overflowed zod's stack, part by part: each object key and
 * each array element is parsed alone (recursing where a part overflows again), and the issues
 * are appended one at a time. Only reached for failing inputs, so no data is rebuilt.
 */
function issuesInParts(schema: $ZodType, input: unknown, path: readonly PropertyKey[], out: $ZodIssue[]): void {
  try {
    const result = zodSafeParse(schema, input);
    if (!result.success)
      for (const issue of result.error.issues)
        out.push(path.length === 0 ? issue : { ...issue, path: [...path, ...issue.path] });
    return;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const def = definitionOf(schema);
  if (def.type === 'array' && def.element !== undefined && Array.isArray(input)) {
    const element = def.element;
    input.forEach((item: unknown, i) => issuesInParts(element, item, [...path, i], out));
    return;
  }
  if (
    def.type === 'object' &&
    def.shape !== undefined &&
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input)
  ) {
    const record = input as Readonly<Record<string, unknown>>;
    for (const [key, part] of Object.entries(def.shape)) issuesInParts(part, record[key], [...path, key], out);
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(def.shape!, key));
    if (unknown.length > 0 && def.catchall !== undefined && definitionOf(def.catchall).type === 'never') {
      out.push({
        code: 'unrecognized_keys',
        keys: unknown,
        path: [...path],
        input: record,
        message: 'Unrecognized keys',
      });
    }
    return;
  }
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) {
    if (input === undefined || (def.type === 'nullable' && input === null)) return;
    issuesInParts(def.innerType, input, path, out);
    return;
  }
  if (def.type === 'pipe' && def.in !== undefined) {
    issuesInParts(def.in, input, path, out);
    return;
  }
  out.push({ code: 'custom', path: [...path], input, message: 'This part has too many problems to list' });
}

/**
 * `schema.safeParse(input)` that survives inputs with very many problems. zod gathers an
 * array's issues with `push(...issues)`, which overflows the stack somewhere above 100,000
 * issues (a RangeError, which would escape `safe*` functions); the input is then parsed again
 * in parts and every issue is still reported.
 * @internal
 */
export function safeParseSchema<T>(schema: $ZodType<T>, input: unknown): SchemaParse<T> {
  try {
    const result = zodSafeParse(schema, input);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const issues: $ZodIssue[] = [];
  issuesInParts(schema, input, [], issues);
  if (issues.length === 0)
    issues.push({ code: 'custom', path: [], input, message: 'The input is too large or too deeply nested to check' });
  return { success: false, issues };
}

/**
 * Parses `input` with a zod schema, throwing `CedsInputError` with every issue on failure.
 * @internal
 */
export function parseInput<T>(schema: $ZodType<T>, input: unknown, subject: string): T {
  const result = safeParseSchema(schema, input);
  if (result.success) return result.data;
  throw new CedsInputError(toIssues(result.issues), subject);
}
