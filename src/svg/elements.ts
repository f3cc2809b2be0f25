// What the charts draw: text, bars, legend keys and headings, and the words in them.
import type { ScoreWithLevel } from '../ceds/types.js';
import { exact } from '../core/decimal.js';
import type { LevelBand } from '../core/levels.js';
import { roundExact } from '../core/round.js';
import { truncateText } from '../format/table.js';
import { CHART_WIDTH, coord, escapeXml, svgDocument, theme } from './document.js';

/** A `<text>` element; `attrs` are written as given (numbers through `coord`). @internal */
export function textElement(
  x: number,
  y: number,
  content: string,
  attrs: Readonly<Record<string, string | number>> = {},
): string {
  const extra = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? coord(value) : escapeXml(value)}"`)
    .join('');
  return `<text x="${coord(x)}" y="${coord(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** A filled rectangle with rounded corners: a bar, or the swatch of a legend key. @internal */
export function roundedRect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${coord(x)}" y="${coord(y)}" width="${coord(width)}" height="${coord(height)}" rx="2" fill="${fill}"/>`;
}

/**
 * A legend key: a 12-pixel swatch at (`x`, `y`) and its label to the right, in 12-pixel text
 * with any further `attrs`. One string of two elements.
 * @internal
 */
export function legendKey(
  x: number,
  y: number,
  color: string,
  label: string,
  attrs: Readonly<Record<string, string | number>> = {},
): string {
  return `${roundedRect(x, y, 12, 12, color)}\n${textElement(x + 18, y + 10, label, { 'font-size': 12, ...attrs })}`;
}

/** The chart's title, and under it, when given, the line that sums the chart up. @internal */
export function chartHeading(title: string, summary?: string): string {
  const heading = textElement(24, 34, title, { 'font-size': 18, 'font-weight': 600 });
  return summary === undefined
    ? heading
    : `${heading}\n${textElement(24, 56, summary, { 'font-size': 12, fill: theme.muted })}`;
}

/** Where a horizontal 0–100 scale is drawn. @internal */
export interface ScalePlot {
  /** The x of a value from 0 to 100. */
  readonly x: (value: number) => number;
  /** The top of the plot (shading and edges start here). */
  readonly top: number;
  /** The bottom of the plot (the ticks sit under it). */
  readonly bottom: number;
  /** The baseline of the band names above the plot. */
  readonly namesY: number;
}

/** The small print of a scale: band names and ticks. */
const SCALE_TEXT = { 'font-size': 10, fill: theme.muted, 'text-anchor': 'middle' } as const;

/**
 * The maturity bands along a horizontal 0–100 scale: every other band shaded, each band's
 * number and name above the plot, a line on each band edge (and 100) with its value below.
 * @internal
 */
export function bandScale(bands: readonly LevelBand[], plot: ScalePlot): string[] {
  const { x } = plot;
  const out: string[] = [];
  const edges = [...bands.map((b) => b.min), 100];
  bands.forEach((band, i) => {
    const from = x(edges[i]!);
    const to = x(edges[i + 1]!);
    if (i % 2 === 1)
      out.push(
        `<rect x="${coord(from)}" y="${coord(plot.top)}" width="${coord(to - from)}" height="${coord(plot.bottom - plot.top)}" fill="${theme.panel}"/>`,
      );
    out.push(textElement((from + to) / 2, plot.namesY, `${band.level} ${truncateText(band.name, 14)}`, SCALE_TEXT));
  });
  for (const edge of edges) {
    out.push(
      `<line x1="${coord(x(edge))}" y1="${coord(plot.top)}" x2="${coord(x(edge))}" y2="${coord(plot.bottom)}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
    out.push(textElement(x(edge), plot.bottom + 16, String(edge), SCALE_TEXT));
  }
  return out;
}

/**
 * A small chart that only says why there is nothing to draw, e.g. `No budget was given.`: the
 * title and the sentence, which is also the description.
 * @internal
 */
export function noticeChart(title: string, notice: string): string {
  const body = [chartHeading(title), textElement(24, 70, notice, { 'font-size': 13, fill: theme.muted })];
  return svgDocument({ width: CHART_WIDTH, height: 100, title, description: notice, body });
}

/** A maturity level in words, `level 4 Transactional` (or `Level …` as `word` says), or `no score`. @internal */
export function levelWords(row: ScoreWithLevel, word: 'level' | 'Level' = 'level'): string {
  return row.level === null ? 'no score' : `${word} ${row.level.level} ${row.level.name}`;
}

const UNITS: readonly [string, string][] = [
  ['1000000000000', 'T'],
  ['1000000000', 'B'],
  ['1000000', 'M'],
  ['1000', 'K'],
];

/** A money amount for a chart label: `1.20 B`, `950 K`, `12.5`; exact half-up rounding. @internal */
export function compactAmount(amount: string): string {
  const value = exact(amount);
  for (const [size, unit] of UNITS) {
    if (value.abs().greaterThanOrEqualTo(size)) return `${roundExact(value.div(size), 2).toFixed(2)} ${unit}`;
  }
  return roundExact(value, 2).toString();
}
