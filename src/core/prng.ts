// A seeded pseudo-random generator for the sensitivity analysis. Integer operations only
// (`Math.imul`, shifts, `| 0`), so the sequence is the same on every platform, engine and
// Node version; nothing here reads a global random source or any shared state.

/** A generator of unsigned 32-bit integers (0 ≤ n < 2³²). @internal */
export type Prng = () => number;

/** 2³², the number of distinct draws. @internal */
export const PRNG_RANGE = 4294967296;

// splitmix32's finaliser (a bijection on 32-bit words): one input bit flips about half the output.
function mix32(word: number): number {
  let z = (word + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * An sfc32 generator (Chris Doty-Humphrey's Small Fast Counting generator) seeded from an
 * integer by a splitmix-style hash. Seeds that differ anywhere in their 53 bits give different
 * starting states, since the low and the high word are each hashed by a bijection.
 * @internal
 */
export function createPrng(seed: number): Prng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`a seed must be a safe integer (got ${String(seed)})`);
  // Both are exact for safe integers: `>>> 0` is reduction modulo 2³², and dividing by a power
  // of two then flooring loses nothing.
  const low = seed >>> 0;
  const high = Math.floor(seed / PRNG_RANGE) >>> 0;
  let a = mix32(low);
  let b = mix32(high ^ 0x6a09e667);
  let c = mix32(low ^ high ^ 0xbb67ae85);
  let d = 1;
  const next: Prng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Let the state mix before the first draw that counts.
  for (let i = 0; i < 15; i += 1) next();
  return next;
}
