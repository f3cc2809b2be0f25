import { oneLine } from './text.js';

/** One column of a plain-text table. @internal */
export interface TableColumn {
  /** The header text. */
  readonly header: string;
  /** `left` (default) for words, `right` for numbers. */
  readonly align?: 'left' | 'right' | undefined;
  /** Cells (and the header) wider than this many terminal columns are cut and end in `…`. */
  readonly maxWidth?: number | undefined;
}

/** A row of cells, one string per column; `null` draws a rule across the table. @internal */
export type TableRow = readonly string[] | null;

/** The gap between two columns. */
const GAP = '  ';

// Zero-width space, non-joiners, word joiner and the byte order mark.
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Code point ranges drawn two columns wide: East Asian wide and fullwidth, and emoji. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/**
 * Terminal columns a code point takes: 0 for combining marks and zero-width characters, 2 for
 * East Asian wide and fullwidth characters (a Korean city name), 1 otherwise.
 */
function codePointWidth(cp: number, char: string): number {
  // Below U+0300, the first combining mark, every code point takes one column: the common case.
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || /\p{Mn}|\p{Me}/u.test(char)) return 0;
  for (const [from, to] of WIDE) if (cp >= from && cp <= to) return 2;
  return 1;
}

/** Terminal columns a string takes in a monospaced font (`서울` takes 4). @internal */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!, char);
  return width;
}

/** Cuts `text` to at most `max` columns, ending in `…` when cut. @internal */
export function truncateText(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = codePointWidth(char.codePointAt(0)!, char);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as an aligned plain-text table: a header line, a rule of `-` under each header,
 * then one line per row. Column widths come from the content (header included, capped by
 * `maxWidth`); columns are two spaces apart; wide (CJK) characters count as two columns;
 * control characters in cells become spaces; lines carry no trailing spaces. A `null` row
 * draws a rule (use it above a total row). A row with fewer cells than columns leaves the rest
 * blank. The output has no final newline. Deterministic: the same input gives the same string.
 *
 * Example: `renderTable([{ header: 'Area' }, { header: 'Score', align: 'right' }],
 * [['e-Admin', '56.67'], null, ['Average', '5.00']])` gives
 * `Area     Score` / `-------  -----` / `e-Admin  56.67` / `-------  -----` / `Average   5.00`.
 *
 * @param columns - header, alignment and optional maximum width of each column
 * @param rows - the cells, one string per column, or `null` for a rule
 * @returns the table, lines joined with `\n`
 * @internal
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const clean = (text: string, column: TableColumn): string =>
    column.maxWidth === undefined ? oneLine(text) : truncateText(oneLine(text), column.maxWidth);
  const header = columns.map((column) => clean(column.header, column));
  const body = rows.map((row) => (row === null ? null : columns.map((column, i) => clean(row[i] ?? '', column))));
  const widths = header.map(displayWidth);
  for (const row of body) {
    if (row === null) continue;
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i]!, displayWidth(cell));
    });
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? 'left'))
      .join(GAP)
      .trimEnd();
  const rule = widths
    .map((w) => '-'.repeat(w))
    .join(GAP)
    .trimEnd();
  return [line(header), rule, ...body.map((row) => (row === null ? rule : line(row)))].join('\n');
}
