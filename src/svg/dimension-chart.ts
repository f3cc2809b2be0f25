import type { CityAssessment } from '../ceds/types.js';
import { truncateText } from '../format/table.js';
import { fixed } from '../format/text.js';
import { CHART_WIDTH, coord, svgDocument, theme, type SvgChartOptions } from './document.js';
import { chartHeading, legendKey, levelWords, textElement } from './elements.js';

const HEIGHT = 580;
const CX = CHART_WIDTH / 2;
const CY = 292;
const RADIUS = 160;

/**
 * The Dimensions as a self-contained SVG radar: one spoke per dimension (the six of CeDS in
 * methodology order, starting at the top, clockwise), rings on the maturity band edges, the
 * city's scores joined as a shape, each spoke labelled with its name and score, internal
 * dimensions in blue and external in orange, and the Internal, External and `Overall level`
 * scores underneath. A dimension without a score reads "no data" and is left out of the shape
 * rather than drawn at zero. Accessible (`role="img"`, `<title>`, `aria-label`, a `<desc>`
 * with every value), no external resource, no script, every text XML-escaped, deterministic.
 *
 * @param assessment - a result of `assessCity`
 * @param options - `title` replaces the default title `Dimensions: <city>`
 * @returns an SVG document as a string
 *
 * @example
 * ```ts
 * import { assessCity } from 'wego-ceds';
 * import { renderDimensionChart } from 'wego-ceds/svg';
 * const svg = renderDimensionChart(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [],
 *   dimensions: [{ id: 'ict-network', score: 80 }, { id: 'governance-mechanism', score: 60 }],
 * }));
 * svg.includes('<title>Dimensions: Demo</title>'); // => true
 * svg.includes('>ICT Network<'); // => true
 * svg.includes('>80.00<'); // => true
 * ```
 */
export function renderDimensionChart(assessment: CityAssessment, options: SvgChartOptions = {}): string {
  const precision = assessment.methodology.definition.precision;
  const bands = assessment.methodology.definition.levels;
  const dims = assessment.dimensions;
  const n = dims.length;
  const title = options.title ?? `Dimensions: ${assessment.city.name}`;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  const point = (i: number, value: number): [number, number] => [
    CX + (Math.cos(angle(i)) * (RADIUS * value)) / 100,
    CY + (Math.sin(angle(i)) * (RADIUS * value)) / 100,
  ];
  const path = (points: readonly [number, number][]): string =>
    points.map(([px, py]) => `${coord(px)},${coord(py)}`).join(' ');
  const body: string[] = [
    chartHeading(
      title,
      assessment.readiness.score === null
        ? 'Readiness (Overall level): no score'
        : `Readiness (Overall level) ${fixed(assessment.readiness.score, precision)}, ${levelWords(assessment.readiness)}`,
    ),
  ];

  // Rings on the band edges (and 100), as polygons so they match the spokes.
  const rings = [...bands.map((b) => b.min).filter((m) => m > 0), 100];
  for (const ring of rings) {
    const shape =
      n >= 3
        ? `<polygon points="${path(dims.map((_, i) => point(i, ring)))}"`
        : `<circle cx="${CX}" cy="${CY}" r="${coord((RADIUS * ring) / 100)}"`;
    body.push(`${shape} fill="none" stroke="${theme.grid}" stroke-width="1"/>`);
    body.push(
      textElement(CX + 4, CY - (RADIUS * ring) / 100 + 11, String(ring), { 'font-size': 9, fill: theme.faint }),
    );
  }
  dims.forEach((_, i) => {
    const [ex, ey] = point(i, 100);
    body.push(
      `<line x1="${CX}" y1="${CY}" x2="${coord(ex)}" y2="${coord(ey)}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
  });

  const present = dims.flatMap((d, i) => (d.score === null ? [] : [point(i, d.score)]));
  if (present.length >= 3) {
    body.push(
      `<polygon points="${path(present)}" fill="${theme.operation}" fill-opacity="0.18" stroke="${theme.operation}" stroke-width="2" stroke-linejoin="round"/>`,
    );
  } else if (present.length === 2) {
    body.push(`<polyline points="${path(present)}" fill="none" stroke="${theme.operation}" stroke-width="2"/>`);
  }
  for (const [px, py] of present) {
    body.push(
      `<circle cx="${coord(px)}" cy="${coord(py)}" r="4" fill="${theme.background}" stroke="${theme.operation}" stroke-width="2"/>`,
    );
  }

  dims.forEach((d, i) => {
    const cos = Math.cos(angle(i));
    const [lx, ly] = point(i, 118);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const color = d.group === 'internal' ? theme.internal : theme.external;
    const nudge = Math.sin(angle(i)) < -0.5 ? -14 : Math.sin(angle(i)) > 0.5 ? 6 : -4;
    body.push(
      textElement(lx, ly + nudge, truncateText(d.label, 30), {
        'font-size': 12,
        'font-weight': 600,
        fill: color,
        'text-anchor': anchor,
      }),
    );
    const value = d.score === null ? 'no data' : fixed(d.score, precision);
    body.push(
      textElement(lx, ly + nudge + 15, value, {
        'font-size': 12,
        fill: d.score === null ? theme.muted : theme.ink,
        'text-anchor': anchor,
      }),
    );
  });

  const groups = assessment.methodology.definition.groups;
  const groupLabel = (id: 'internal' | 'external'): string => groups.find((g) => g.id === id)?.label ?? id;
  const footer = [
    { label: groupLabel('internal'), row: assessment.groups.internal, color: theme.internal },
    { label: groupLabel('external'), row: assessment.groups.external, color: theme.external },
    { label: 'Overall level', row: assessment.readiness, color: theme.ink },
  ];
  footer.forEach((f, i) => {
    const fx = 24 + i * 240;
    body.push(
      legendKey(fx, HEIGHT - 36, f.color, `${truncateText(f.label, 14)} ${fixed(f.row.score, precision)}`, {
        'font-weight': 600,
      }),
    );
    body.push(textElement(fx + 18, HEIGHT - 12, levelWords(f.row), { 'font-size': 11, fill: theme.muted }));
  });

  const description =
    dims.map((d) => `${d.label} (${groupLabel(d.group)}): ${fixed(d.score, precision)}, ${levelWords(d)}.`).join(' ') +
    ' ' +
    footer.map((f) => `${f.label}: ${fixed(f.row.score, precision)}, ${levelWords(f.row)}.`).join(' ');
  return svgDocument({ width: CHART_WIDTH, height: HEIGHT, title, description, body });
}
