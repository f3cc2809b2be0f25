import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { defaultLevelBands, levelForScore, type LevelScale } from '../../src/core/levels.js';
import { CedsInputError } from '../../src/core/errors.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import { issuesOf } from '../issues-of.js';

const band = (level: number, min: number, name = `L${level}`) => ({ level, name, min });
const scaleIssues = (scale: unknown) =>
  issuesOf(() => levelForScore(50, scale as LevelScale)).map((i) => [i.path, i.code]);

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
  test('says which rule a bad score breaks', () => {
    const codeOf = (score: unknown) => issuesOf(() => levelForScore(score as number)).map((i) => [i.path, i.code]);
    expect(codeOf(-0.01)).toEqual([[[], 'too_small']]);
    expect(codeOf(100.01)).toEqual([[[], 'too_big']]);
    expect(codeOf(Number.NaN)).toEqual([[[], 'invalid_type']]);
    expect(codeOf('50')).toEqual([[[], 'invalid_type']]);
  });
  test('takes a whole methodology as its scale', () => {
    expect(levelForScore(56.67, defaultMethodology)).toEqual({ level: 3, name: 'Interactive' });
    expect(levelForScore(56.67, platformMethodology)).toEqual(levelForScore(56.67));
  });
  test('checks the scale by the rules of a methodology, with the same codes (issue 13, item 4)', () => {
    expect(scaleIssues({ levels: [], precision: 2 })).toEqual([[['levels'], 'too_small']]);
    expect(scaleIssues({ levels: [band(1, 10), band(2, 50)], precision: 2 })).toEqual([
      [['levels', 0, 'min'], 'bands_not_covering'],
    ]);
    expect(scaleIssues({ levels: [band(1, 0), band(2, 60), band(3, 40)], precision: 2 })).toEqual([
      [['levels', 2, 'min'], 'out_of_order'],
    ]);
    expect(scaleIssues({ levels: [band(1, 0), band(Number.NaN, 50)], precision: 2 })).toEqual([
      [['levels', 1, 'level'], 'invalid_type'],
    ]);
    expect(scaleIssues({ levels: [band(-0, 0), band(1, 50)] })).toEqual([
      [['levels', 0, 'level'], 'out_of_sequence'],
      [['levels', 1, 'level'], 'out_of_sequence'],
    ]);
    expect(scaleIssues({ levels: [band(1, 0), band(2, 100)] })).toEqual([[['levels', 1, 'min'], 'too_big']]);
    expect(scaleIssues({ levels: [{ level: 1, min: 0 }] })).toEqual([[['levels', 0, 'name'], 'invalid_type']]);
  });
  test('checks the precision: a whole number of decimals from 0 to 6', () => {
    const scale = (precision: unknown) => ({ levels: defaultLevelBands, precision });
    expect(scaleIssues(scale(7))).toEqual([[['precision'], 'too_big']]);
    expect(scaleIssues(scale(-1))).toEqual([[['precision'], 'too_small']]);
    expect(scaleIssues(scale(2.5))).toEqual([[['precision'], 'invalid_type']]);
    expect(scaleIssues(scale(Number.NaN))).toEqual([[['precision'], 'invalid_type']]);
    expect(levelForScore(79.995, scale(-0) as LevelScale)).toEqual({ level: 5, name: 'Seamless' });
    // Omitted, the precision is the default 2 decimals, as before.
    expect(levelForScore(79.995, { levels: defaultLevelBands } as unknown as LevelScale).level).toBe(5);
  });
  test('no odd value comes back: the level of a -0 band number is refused, not returned', () => {
    expect(() => levelForScore(10, { levels: [band(-0, 0)], precision: 2 })).toThrow(CedsInputError);
    expect(() => levelForScore(10, null as unknown as LevelScale)).toThrow(CedsInputError);
    expect(() => levelForScore(10, { levels: 'abc' } as unknown as LevelScale)).toThrow(CedsInputError);
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
