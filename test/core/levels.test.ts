import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { defaultLevelBands, levelForScore } from '../../src/core/levels.js';
import { CedsInputError } from '../../src/core/errors.js';

describe('levelForScore', () => {
  test('uses the default bands, lower bound inclusive', () => {
    expect(levelForScore(0)).toEqual({ level: 1, name: 'Emerging' });
    expect(levelForScore(19.99)).toEqual({ level: 1, name: 'Emerging' });
    expect(levelForScore(20)).toEqual({ level: 2, name: 'Enhanced' });
    expect(levelForScore(40)).toEqual({ level: 3, name: 'Interactive' });
    expect(levelForScore(60)).toEqual({ level: 4, name: 'Transactional' });
    expect(levelForScore(100)).toEqual({ level: 5, name: 'Seamless' });
  });
  test('bands the rounded score: 79.995 prints 80.00 and is level 5', () => {
    expect(levelForScore(79.995).level).toBe(5);
    expect(levelForScore(79.994).level).toBe(4);
    expect(levelForScore(79.5, { levels: defaultLevelBands, precision: 0 }).level).toBe(5);
  });
  test('rejects scores outside 0–100 and non-numbers with CedsInputError', () => {
    for (const bad of [-0.01, 100.01, Number.NaN, Infinity, '50' as unknown as number]) {
      expect(() => levelForScore(bad)).toThrow(CedsInputError);
    }
  });
  test('custom bands from a methodology', () => {
    const scale = {
      levels: [
        { level: 1, name: 'Low', min: 0 },
        { level: 2, name: 'High', min: 50 },
      ],
      precision: 2,
    };
    expect(levelForScore(49.994, scale)).toEqual({ level: 1, name: 'Low' });
    expect(levelForScore(49.995, scale)).toEqual({ level: 2, name: 'High' });
  });
  prop.prop([fc.double({ min: 0, max: 100, noNaN: true })])(
    'every score in 0–100 has exactly one level from 1 to 5',
    (s) => {
      const { level } = levelForScore(s);
      expect(level).toBeGreaterThanOrEqual(1);
      expect(level).toBeLessThanOrEqual(5);
    },
  );
});
