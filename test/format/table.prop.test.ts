import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { displayWidth, renderTable, type TableColumn } from '../../src/format/table.js';

const column: fc.Arbitrary<TableColumn> = fc.record({
  header: fc.string({ unit: 'grapheme', maxLength: 12 }),
  align: fc.constantFrom('left', 'right', undefined),
  maxWidth: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
});

test.prop([
  fc.array(column, { minLength: 1, maxLength: 5 }),
  fc.array(
    fc.option(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 6 }), { nil: null, freq: 8 }),
    { maxLength: 10 },
  ),
])('a table has one line per row plus header and rule, none wider than the rule', (columns, rows) => {
  const lines = renderTable(columns, rows).split('\n');
  expect(lines).toHaveLength(rows.length + 2);
  const width = displayWidth(lines[1]!);
  for (const line of lines) {
    expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(line).toBe(line.trimEnd());
  }
  columns.forEach((c, i) => {
    if (c.maxWidth === undefined) return;
    const rule = lines[1]!.split('  ')[i] ?? '';
    expect(rule.length).toBeLessThanOrEqual(c.maxWidth);
  });
});
