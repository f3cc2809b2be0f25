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

/**
 * Terminal columns a code point takes: 0 for combining marks and zero-width characters, 2 for
 * East Asian wide and fullwidth characters (a Korean city name), 1 otherwise.
 */
function codePointWidth(cp: number, char: string): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || /\p{Mn}|\p{Me}/u.test(char)) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
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

// A cell is one line: control characters (a newline in a city name) would break the grid.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

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
  const clean = (text: string, column: TableColumn): string => {
    const oneLine = text.replace(CONTROL, ' ');
    return column.maxWidth === undefined ? oneLine : truncateText(oneLine, column.maxWidth);
  };
  const header = columns.map((column) => clean(column.header, column));
  const body = rows.map((row) => (row === null ? null : columns.map((column, i) => clean(row[i] ?? '', column))));
  const widths = columns.map((_, i) =>
    Math.max(displayWidth(header[i]!), ...body.map((row) => (row === null ? 0 : displayWidth(row[i]!)))),
  );
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
