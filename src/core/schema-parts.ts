import * as z from 'zod/mini';

// The small zod/mini pieces that the input schemas of both domains are built from, so that every
// message of the same rule reads the same way: "<What> must be …".

/** A non-empty string; `what` names it with its article, e.g. `'A service id'`. @internal */
export function nonEmptyString(what: string) {
  return z
    .string({ error: `${what} must be a string` })
    .check(z.minLength(1, { error: `${what} must be a non-empty string` }));
}

/** An ISO 3166-1 alpha-2 country code of two capital letters. @internal */
export function countryCode(what: string) {
  return z.string({ error: `${what} must be a string` }).check(
    z.regex(/^[A-Z]{2}$/, {
      error: `${what} must be an ISO 3166-1 alpha-2 code of two capital letters, such as "KR"`,
    }),
  );
}

/**
 * A finite number from `min` to `max` (or below `max` when `below` is set); `typeError` is the
 * message for a non-number, `rangeError` for a number out of range.
 * @internal
 */
export function numberWithin(typeError: string, rangeError: string, min: number, max: number, below = false) {
  const top = below ? z.lt(max, { error: rangeError }) : z.lte(max, { error: rangeError });
  return z.number({ error: typeError }).check(z.gte(min, { error: rangeError }), top);
}
