/**
 * The number of decimal places of a finite number, up to `limit + 1` (more is reported as
 * `limit + 1`), as its shortest round-trip form shows them.
 * @internal
 */
export function decimalsOf(value: number, limit = 6): number {
  let scale = 1;
  for (let places = 0; places <= limit; places += 1, scale *= 10) {
    if (Math.round(value * scale) / scale === value) return places;
  }
  return limit + 1;
}
