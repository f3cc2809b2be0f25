import { fc, test } from '@fast-check/vitest';
import { expect, describe, test as example } from 'vitest';
import { moneyString, roundScore } from '../../src/core/round.js';
import { Exact } from '../../src/core/decimal.js';

// A decimal with up to 10 fraction digits, as an exact string: sign, integer part, fraction.
const decimalString = fc
  .tuple(
    fc.boolean(),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 10 }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);

test.prop([decimalString, fc.integer({ min: 0, max: 6 })])(
  'rounding is half-up at every precision 0–6 and never yields -0',
  (s, p) => {
    const r = roundScore(s, p);
    expect(Object.is(r, -0)).toBe(false);
    // Half-up (away from zero on a tie) by string arithmetic, independent of decimal.js.
    const [, sign, int, frac = ''] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s)!;
    const padded = (frac + '0'.repeat(p + 1)).slice(0, p + 1);
    const kept = BigInt(int! + padded.slice(0, p));
    const roundedUp = Number(padded[p]) >= 5 ? kept + 1n : kept;
    const digits = roundedUp.toString().padStart(p + 1, '0');
    const text = p === 0 ? digits : `${digits.slice(0, -p)}.${digits.slice(-p)}`;
    const expected = roundedUp === 0n ? 0 : Number(`${sign}${text}`);
    expect(r).toBe(expected);
  },
);

describe('rounding edges', () => {
  example('79.995 rounds to 80 and 79.994999 to 79.99', () => {
    expect(roundScore('79.995')).toBe(80);
    expect(roundScore('79.994999')).toBe(79.99);
    expect(roundScore(new Exact('-0.004'))).toBe(0);
    expect(Object.is(roundScore('-0.004'), -0)).toBe(false);
  });
  example('a non-finite value is a bug and throws', () => {
    expect(() => roundScore(new Exact(Infinity))).toThrow(RangeError);
  });
  example('money prints without exponent and never as -0', () => {
    expect(moneyString('0.0000001')).toBe('0.0000001');
    expect(moneyString(new Exact('1e21'))).toBe('1000000000000000000000');
    expect(moneyString('-0')).toBe('0');
  });
});
