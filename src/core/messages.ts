/** How many values a message names before it summarises the rest. @internal */
export const LISTED_VALUES = 10;

/**
 * Quotes values for a message: `"a", "b", "c"`; past `limit` values, the rest are counted
 * (`… and 190 more`), so that a message stays readable whatever the size of the input.
 * @internal
 */
export function quoteList(values: readonly string[], limit: number = LISTED_VALUES): string {
  const shown = values.slice(0, limit).map((v) => JSON.stringify(v));
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
