import { describe, expect, test } from 'vitest';
import { quoteList } from '../../src/core/messages.js';
import { assessCity } from '../../src/ceds/assess.js';

describe('quoteList', () => {
  test('quotes every value up to the limit', () => {
    expect(quoteList(['a', 'b'])).toBe('"a", "b"');
    expect(quoteList([])).toBe('');
  });
  test('counts the values past the limit', () => {
    expect(quoteList(['a', 'b', 'c', 'd'], 2)).toBe('"a", "b" and 2 more');
    expect(quoteList(['a', 'b'], Infinity)).toBe('"a", "b"');
  });
  test('a warning about thousands of services stays short', () => {
    const services = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      area: 'e-admin',
      name: `Service ${i}`,
      status: 'operating' as const,
      level: 3,
    }));
    const warning = assessCity({ city: { id: 'x', name: 'X' }, services }).warnings.find(
      (w) => w.code === 'missing-utilization',
    )!;
    expect(warning.message).toContain('and 4990 more');
    expect(warning.message.length).toBeLessThan(300);
  });
});
