import { describe, expect, test } from 'vitest';
import { barGroups } from '../../src/svg/bar-groups.js';

describe('barGroups', () => {
  const rows = barGroups({ top: 100, bars: 2, bar: 10, barGap: 2, groupGap: 20 });

  test('groups stack from the top, each its bars high plus the gaps between them', () => {
    expect([rows.groupTop(0), rows.groupTop(1), rows.groupTop(2)]).toEqual([100, 142, 184]);
    expect([rows.barTop(0, 0), rows.barTop(0, 1), rows.barTop(1, 1)]).toEqual([100, 112, 154]);
  });

  test('the bottom is the end of the last bar, without a trailing gap', () => {
    expect(rows.bottom(1)).toBe(122);
    expect(rows.bottom(2)).toBe(rows.barTop(1, 1) + 10);
  });

  test('the sizes stay readable on the layout', () => {
    expect(rows).toMatchObject({ top: 100, bars: 2, bar: 10, barGap: 2, groupGap: 20 });
  });
});
