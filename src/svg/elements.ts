// What the charts draw: text, bars, legend keys and headings, and the words in them.
import type { ScoreWithLevel } from '../ceds/types.js';
import { exact } from '../core/decimal.js';
import { roundExact } from '../core/round.js';
import { coord, escapeXml, theme } from './document.js';

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
