import { describe, expect, test } from 'vitest';
import { displayWidth, renderTable, truncateText } from '../../src/format/table.js';

describe('renderTable', () => {
  test('widths come from the content and numbers align right', () => {
    const out = renderTable(
      [{ header: 'Area' }, { header: 'Score', align: 'right' }],
      [
        ['e-Admin', '56.67'],
        ['e-Info', '5.00'],
      ],
    );
    expect(out).toBe(['Area     Score', '-------  -----', 'e-Admin  56.67', 'e-Info    5.00'].join('\n'));
  });

  test('a null row draws a rule and missing cells stay blank', () => {
    const out = renderTable(
      [{ header: 'A' }, { header: 'B', align: 'right' }, { header: 'C' }],
      [['x', '1'], null, ['total']],
    );
    expect(out.split('\n')).toEqual(['A      B  C', '-----  -  -', 'x      1', '-----  -  -', 'total']);
  });

  test('lines carry no trailing spaces', () => {
    const out = renderTable(
      [{ header: 'Name' }, { header: 'Note' }],
      [
        ['a long name', ''],
        ['b', 'n'],
      ],
    );
    for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
  });

  test('a cell wider than maxWidth is cut with an ellipsis, header included', () => {
    const out = renderTable([{ header: 'Service name', maxWidth: 8 }], [['Electronic Approval'], ['Mail']]);
    expect(out.split('\n')).toEqual(['Service…', '--------', 'Electro…', 'Mail']);
  });

  test('wide characters count as two columns', () => {
    const out = renderTable(
      [{ header: 'City' }, { header: 'Score', align: 'right' }],
      [
        ['서울', '1.00'],
        ['Busan', '2.00'],
      ],
    );
    expect(out.split('\n')).toEqual(['City   Score', '-----  -----', '서울    1.00', 'Busan   2.00']);
  });

  test('control characters become spaces so a row stays on one line', () => {
    const out = renderTable([{ header: 'Name' }], [['two\nlines\ttab']]);
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('two lines tab');
  });
});

describe('displayWidth and truncateText', () => {
  test('combining marks and zero-width characters take no column', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
  });

  test('truncation never exceeds the width, even with wide characters', () => {
    expect(truncateText('서울특별시청', 5)).toBe('서울…');
    expect(displayWidth(truncateText('서울특별시청', 5))).toBeLessThanOrEqual(5);
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText('abcd', 1)).toBe('…');
    expect(truncateText('abcd', 0)).toBe('');
  });
});
