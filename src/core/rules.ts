import { formatIssuePath, type CedsIssue, type IssuePath } from './errors.js';

/**
 * Indexes records by id (first occurrence wins) and reports every later duplicate as a
 * `duplicate_id` issue at `[...collection, index, key]`. An `undefined` id (a record whose id
 * is missing or malformed, reported elsewhere) keeps its index and takes part in nothing.
 * @internal
 */
export function indexIds(
  ids: readonly (string | undefined)[],
  collection: IssuePath,
  what: string,
  issues: CedsIssue[],
  key = 'id',
): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
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

/** A plain object (not null, not an array), whose keys a rule may read. @internal */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
