import { roundExact } from '../core/round.js';

/** What a missing value prints as, in the text reports and in the charts. @internal */
export const NONE = '—';

// A newline in a city name would break a line of a report or the grid of a table; an escape
// sequence would drive the reader's terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Bidirectional embeddings, overrides and isolates (and the marks) would reorder the text
// around them, so that a name could make a figure beside it read differently.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Input text made fit for one line of a report: control characters (line breaks, tabs, ESC,
 * C1 controls, U+2028/2029) become spaces, and bidirectional controls (U+061C, U+200E/200F,
 * U+202A–202E, U+2066–2069) are removed. `oneLine('Two\nLines')` gives `'Two Lines'`.
 * @internal
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(BIDI, '');
}

/**
 * A value with exactly `precision` decimals, rounded half-up once, or `—` when missing.
 * `fixed(56.75, 1)` gives `'56.8'`, `fixed(null, 2)` gives `'—'`.
 * @internal
 */
export function fixed(value: number | null, precision: number): string {
  return value === null ? NONE : roundExact(value, precision).toFixed(precision);
}
