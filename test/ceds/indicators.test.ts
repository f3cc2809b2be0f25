import { describe, expect, test } from 'vitest';
import { indicatorScore } from '../../src/ceds/indicators.js';
import type { IndicatorInput } from '../../src/index.js';

// Omit over each member of the union (a plain Omit would merge the kinds).
type Answer = IndicatorInput extends infer T ? (T extends IndicatorInput ? Omit<T, 'id'> : never) : never;

const score = (indicator: Answer) => indicatorScore({ id: 'i', ...indicator })?.toFixed() ?? null;

describe('indicator scores on 0–100', () => {
  test('likert: 100 × (x − min) / (max − min), 1–5 by default', () => {
    expect([1, 2, 3, 4, 5].map((value) => score({ kind: 'likert', value }))).toEqual(['0', '25', '50', '75', '100']);
    // 0–10 scale, answer 7: 100 × 7 / 10 = 70.
    expect(score({ kind: 'likert', min: 0, max: 10, value: 7 })).toBe('70');
    // 1–4 scale, answer 2: 100 × 1 / 3 = 33.333… exactly to the context's 40 digits.
    expect(score({ kind: 'likert', min: 1, max: 4, value: 2 })).toBe('33.33333333333333333333333333333333333333');
  });

  test('likert stays exact on a scale too wide for floats', () => {
    // −(2^53 − 1) to 2^53 − 1, answer 0: exactly the middle, 50 (in floats 100 × (0 − min) would round).
    const max = Number.MAX_SAFE_INTEGER;
    expect(score({ kind: 'likert', min: -max, max, value: 0 })).toBe('50');
    expect(score({ kind: 'likert', min: -max, max, value: max })).toBe('100');
  });

  test('boolean: yes is 100, no is 0', () => {
    expect([score({ kind: 'boolean', value: true }), score({ kind: 'boolean', value: false })]).toEqual(['100', '0']);
  });

  test('percent and score are taken as given', () => {
    expect(score({ kind: 'percent', value: 12.5 })).toBe('12.5');
    expect(score({ kind: 'score', value: 0.1 })).toBe('0.1');
    expect(score({ kind: 'percent', value: -0 })).toBe('0');
  });

  test('ordinal: the scale maps each answer; a number answer matches its string key', () => {
    const scale = { '0': 0, '1': 33.33, '2': 66.67, '3': 100, yes: 90 };
    expect(score({ kind: 'ordinal', scale, value: 2 })).toBe('66.67');
    expect(score({ kind: 'ordinal', scale, value: '2' })).toBe('66.67');
    expect(score({ kind: 'ordinal', scale, value: 'yes' })).toBe('90');
    expect(score({ kind: 'ordinal', scale, value: 0 })).toBe('0');
  });

  test('numeric higher-is-better: 100 × (x − low) / (high − low), clamped', () => {
    // Goalposts 0 and 50: 40 → 80; 60 → 120, clamped to 100; −5 → −10, clamped to 0.
    const numeric = (value: number) =>
      score({ kind: 'numeric', low: 0, high: 50, direction: 'higher-is-better', value });
    expect([numeric(40), numeric(60), numeric(-5), numeric(0), numeric(50)]).toEqual(['80', '100', '0', '0', '100']);
  });

  test('numeric lower-is-better: 100 minus the higher-is-better score', () => {
    // Waiting days, goalposts 0 and 200: 50 days → 100 − 25 = 75; 300 days → 0.
    const days = (value: number) => score({ kind: 'numeric', low: 0, high: 200, direction: 'lower-is-better', value });
    expect([days(50), days(300), days(-1)]).toEqual(['75', '0', '100']);
  });

  test('numeric goalposts may be given high-to-low', () => {
    // low 10, high 0: x = 10 → 0, x = 0 → 100, x = 2.5 → 75; never a negative zero.
    const reversed = (value: number) =>
      score({ kind: 'numeric', low: 10, high: 0, direction: 'higher-is-better', value });
    expect([reversed(10), reversed(0), reversed(2.5), reversed(20)]).toEqual(['0', '100', '75', '0']);
    expect(
      indicatorScore({
        id: 'i',
        kind: 'numeric',
        low: 10,
        high: 0,
        direction: 'higher-is-better',
        value: 10,
      })!.isNegative(),
    ).toBe(false);
  });

  test('an unanswered indicator has no score', () => {
    const kinds: Answer[] = [
      { kind: 'likert', value: null },
      { kind: 'boolean', value: null },
      { kind: 'percent', value: null },
      { kind: 'score', value: null },
      { kind: 'ordinal', scale: { a: 1 }, value: null },
      { kind: 'numeric', low: 0, high: 1, direction: 'higher-is-better', value: null },
    ];
    expect(kinds.map(score)).toEqual([null, null, null, null, null, null]);
  });
});
