/** Options every chart takes. */
export interface SvgChartOptions {
  /** Replaces the chart's title (also its `aria-label`), e.g. for another language. */
  readonly title?: string | undefined;
}

/** The width of every chart; the height follows the content. @internal */
export const CHART_WIDTH = 760;

/** The shared look of the charts. @internal */
export const theme = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  ink: '#1f2933',
  muted: '#616e7c',
  faint: '#9aa5b1',
  grid: '#e4e7eb',
  panel: '#f5f7fa',
  background: '#ffffff',
  score: '#1f3b5c',
  operation: '#0072b2',
  development: '#009e73',
  utilization: '#e69f00',
  budget: '#9fb3c8',
  spending: '#1f3b5c',
  /**
   * One colour per dimension group, in methodology order (CeDS: Internal blue, External
   * orange), each at least 4.5:1 on white; a seventh group takes the first colour again.
   */
  groups: ['#0072b2', '#b35806', '#1b7837', '#aa3377', '#5e3c99', '#7a6a00'],
} as const;

// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) would make the document
// ill-formed whatever the escaping, so they become U+FFFD.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML text and attribute values (`& < > " '`). @internal */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most two decimals, no trailing zeros, never `-0`. @internal */
export function coord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/** The parts of a chart document. @internal */
export interface SvgDocumentParts {
  readonly width: number;
  readonly height: number;
  /** Short title: the `<title>` and the `aria-label`. */
  readonly title: string;
  /** Longer text alternative: the data, in words, for screen readers. */
  readonly description: string;
  /** The drawing, already escaped. */
  readonly body: readonly string[];
}

/**
 * The `<svg>` root shared by every chart: `role="img"`, `aria-label`, `<title>` and `<desc>`
 * first, a white background, fonts by family name only (nothing is loaded), no ids, no links,
 * no scripts, no styles that could leak into a page the SVG is inlined in.
 * @internal
 */
export function svgDocument(parts: SvgDocumentParts): string {
  const { width, height } = parts;
  const title = escapeXml(parts.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" role="img" aria-label="${title}" font-family="${escapeXml(theme.font)}" fill="${theme.ink}">`,
    `<title>${title}</title>`,
    `<desc>${escapeXml(parts.description)}</desc>`,
    `<rect x="0" y="0" width="${coord(width)}" height="${coord(height)}" rx="8" fill="${theme.background}"/>`,
    ...parts.body,
    '</svg>',
  ].join('\n');
}
