import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { CedsInputError, type CedsIssue } from './errors.js';

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
    default:
      return [{ path, code: issue.code, message: custom ?? 'Invalid value' }];
  }
}

function depth(issues: readonly $ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length)));
}

/** Turns zod issues into the library's issues. @internal */
export function toIssues(issues: readonly $ZodIssue[]): CedsIssue[] {
  return issues.flatMap(describe);
}

/**
 * Parses `input` with a zod schema, throwing `CedsInputError` with every issue on failure.
 * @internal
 */
export function parseInput<T>(schema: $ZodType<T>, input: unknown, subject: string): T {
  const result = (
    schema as unknown as {
      safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: $ZodIssue[] } };
    }
  ).safeParse(input);
  if (result.success) return result.data;
  throw new CedsInputError(toIssues(result.error.issues), subject);
}
