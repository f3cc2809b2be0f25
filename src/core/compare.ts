/**
 * Orders strings by UTF-16 code units, the same on every platform and locale (unlike
 * `localeCompare`), so that every ordering of ids in a result is reproducible.
 * @internal
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders records by their `id`, by code units. @internal */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareCodeUnits(a.id, b.id);
}
