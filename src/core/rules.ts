import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { formatIssuePath, type CedsIssue, type IssuePath } from './errors.js';

/**
 * Indexes records by id (first occurrence wins) and reports every later duplicate as a
 * `duplicate_id` issue at `[...collection, index, key]`.
 * @internal
 */
export function indexIds(
  ids: readonly string[],
  collection: IssuePath,
  what: string,
  issues: CedsIssue[],
  key = 'id',
): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      issues.push({
        path: [...collection, i, key],
        code: 'duplicate_id',
        message: `${what} ${JSON.stringify(id)} is already used at ${formatIssuePath([...collection, first])}`,
      });
  });
  return index;
}

/**
 * A shape schema that also reports the rules across fields, each as a zod `custom` issue with
 * the rule's own code in `params.rule`: the form the `wego-ceds/schemas` validators and JSON
 * tooling see. The library's functions check the same rules directly, with their own codes.
 * @internal
 */
export function withRules<S extends $ZodType>(shape: S, rules: (value: z.output<S>) => readonly CedsIssue[]): S {
  return (shape as unknown as { check(...checks: unknown[]): S }).check(
    z.superRefine((value: z.output<S>, ctx) => {
      for (const issue of rules(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [...issue.path],
          message: issue.message,
          input: value,
          params: { rule: issue.code },
        });
      }
    }),
  );
}
