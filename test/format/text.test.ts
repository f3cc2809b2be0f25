import { describe, expect, test } from 'vitest';
import { fixed, NONE, oneLine } from '../../src/format/text.js';

describe('report text', () => {
  test('a missing value prints as a dash', () => {
    expect(NONE).toBe('—');
    expect(fixed(null, 2)).toBe(NONE);
  });

  test('fixed prints exactly the precision, rounding half-up once', () => {
    expect(fixed(56.7, 2)).toBe('56.70');
    expect(fixed(56.75, 1)).toBe('56.8');
    expect(fixed(1.005, 2)).toBe('1.01');
    expect(fixed(-0.001, 2)).toBe('0.00');
    expect(fixed(100, 0)).toBe('100');
  });

  test('oneLine turns every control character into a space', () => {
    expect(oneLine('Two\nLines\ttab\r\u0085\u2028\u2029end')).toBe('Two Lines tab    end');
    expect(oneLine('서울 ✓')).toBe('서울 ✓');
  });
});
