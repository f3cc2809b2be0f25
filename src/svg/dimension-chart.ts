import type { CityAssessment, DimensionRow, ScoreWithLevel } from '../ceds/types.js';
import type { LevelBand } from '../core/levels.js';
import { truncateText } from '../format/table.js';
import { fixed } from '../format/text.js';
import { barGroups } from './bar-groups.js';
import { CHART_WIDTH, coord, svgDocument, theme, type SvgChartOptions } from './document.js';
import { bandScale, chartHeading, legendKey, levelWords, noticeChart, roundedRect, textElement } from './elements.js';

/** A radar reads well from 3 to 12 spokes; fewer or more dimensions are drawn as bars. */
const RADAR_SPOKES = { min: 3, max: 12 } as const;
const RADAR_HEIGHT = 580;
const CX = CHART_WIDTH / 2;
const CY = 292;
const RADIUS = 160;
/** Spoke labels: at most this many characters, of about this many pixels each (12 px, bold). */
const LABEL_CHARS = 30;
const LABEL_CHAR_WIDTH = 7.2;

/** The bar fallback: one bar per dimension. */
const BARS = barGroups({ top: 104, bars: 1, bar: 14, barGap: 0, groupGap: 12 });
const BAR_LABEL_WIDTH = 250;
const VALUE_ROOM = 56;

/** The footer: a key per group and the readiness row, three to a row, or four when more. */
const FOOTER_ROW = 48;
const FOOTER_WIDE = { columns: 3, spacing: 240 } as const;
const FOOTER_NARROW = { columns: 4, spacing: 178 } as const;

/** A line of the footer: a group or the readiness row. */
interface FooterEntry {
  readonly label: string;
  readonly row: ScoreWithLevel;
  readonly color: string;
}

/** A dimension to draw: its row and the colour of its group. */
interface Spoke {
  readonly row: DimensionRow;
  readonly color: string;
}

function footerLayout(entries: number): { columns: number; spacing: number; height: number } {
  const layout = entries <= FOOTER_WIDE.columns ? FOOTER_WIDE : FOOTER_NARROW;
  const rows = Math.max(1, Math.ceil(entries / layout.columns));
  return { ...layout, height: (rows - 1) * FOOTER_ROW + 36 };
}

function footer(entries: readonly FooterEntry[], top: number, precision: number): string[] {
  const { columns, spacing } = footerLayout(entries.length);
  const out: string[] = [];
  entries.forEach((f, i) => {
    const fx = 24 + (i % columns) * spacing;
    const fy = top + Math.floor(i / columns) * FOOTER_ROW;
    out.push(
      legendKey(fx, fy, f.color, `${truncateText(f.label, 14)} ${fixed(f.row.score, precision)}`, {
        'font-weight': 600,
      }),
    );
    out.push(textElement(fx + 18, fy + 24, levelWords(f.row), { 'font-size': 11, fill: theme.muted }));
  });
  return out;
}

/** The radar: rings on the band edges, a spoke per dimension, the scores as a shape, labels. */
function radar(spokes: readonly Spoke[], bands: readonly LevelBand[], precision: number): string[] {
  const n = spokes.length;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, value: number): [number, number] => [
    CX + (Math.cos(angle(i)) * (RADIUS * value)) / 100,
    CY + (Math.sin(angle(i)) * (RADIUS * value)) / 100,
  ];
  const path = (points: readonly [number, number][]): string =>
    points.map(([px, py]) => `${coord(px)},${coord(py)}`).join(' ');
  const body: string[] = [];

  // Rings on the band edges (and 100), as polygons so they match the spokes.
  const rings = [...bands.map((b) => b.min).filter((m) => m > 0), 100];
  for (const ring of rings) {
    body.push(
      `<polygon points="${path(spokes.map((_, i) => point(i, ring)))}" fill="none" stroke="${theme.grid}" stroke-width="1"/>`,
    );
    body.push(
      textElement(CX + 4, CY - (RADIUS * ring) / 100 + 11, String(ring), { 'font-size': 9, fill: theme.faint }),
    );
  }
  spokes.forEach((_, i) => {
    const [ex, ey] = point(i, 100);
    body.push(
      `<line x1="${CX}" y1="${CY}" x2="${coord(ex)}" y2="${coord(ey)}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
  });

  const present = spokes.flatMap((s, i) => (s.row.score === null ? [] : [point(i, s.row.score)]));
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

  spokes.forEach(({ row: d, color }, i) => {
    const cos = Math.cos(angle(i));
    const [lx, ly] = point(i, 118);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const nudge = Math.sin(angle(i)) < -0.5 ? -14 : Math.sin(angle(i)) > 0.5 ? 6 : -4;
    // A label is cut to the room between its spoke and the edge of the chart.
    const room = anchor === 'start' ? CHART_WIDTH - lx : anchor === 'end' ? lx : 2 * Math.min(lx, CHART_WIDTH - lx);
    const fit = Math.min(LABEL_CHARS, Math.floor((room - 4) / LABEL_CHAR_WIDTH));
    body.push(
      textElement(lx, ly + nudge, truncateText(d.label, fit), {
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
  return body;
}

/** The fallback for too few or too many spokes: a horizontal bar per dimension on the bands. */
function bars(
  spokes: readonly Spoke[],
  bands: readonly LevelBand[],
  precision: number,
): { body: string[]; bottom: number } {
  const plotLeft = BAR_LABEL_WIDTH;
  const plotRight = CHART_WIDTH - VALUE_ROOM - 16;
  const x = (value: number): number => plotLeft + ((plotRight - plotLeft) * value) / 100;
  const plotBottom = BARS.bottom(spokes.length) + 10;
  const body = bandScale(bands, { x, top: BARS.top - 8, bottom: plotBottom, namesY: BARS.top - 14 });
  spokes.forEach(({ row: d, color }, i) => {
    const top = BARS.groupTop(i);
    const baseline = top + BARS.bar - 3;
    body.push(
      textElement(24, baseline, truncateText(d.label, LABEL_CHARS), {
        'font-size': 12,
        'font-weight': 600,
        fill: color,
      }),
    );
    if (d.score === null) {
      body.push(
        textElement(plotLeft + 4, baseline, 'no data', { 'font-size': 10, fill: theme.muted, 'font-style': 'italic' }),
      );
      return;
    }
    if (d.score > 0) body.push(roundedRect(plotLeft, top, x(d.score) - plotLeft, BARS.bar, color));
    body.push(textElement(x(d.score) + 5, baseline, fixed(d.score, precision), { 'font-size': 11 }));
  });
  body.push(
    textElement((plotLeft + plotRight) / 2, plotBottom + 34, 'Score (0–100)', {
      'font-size': 11,
      fill: theme.muted,
      'text-anchor': 'middle',
    }),
  );
  return { body, bottom: plotBottom + 34 };
}

/**
 * The Dimensions as a self-contained SVG. From 3 to 12 dimensions, a radar: one spoke per
 * dimension in methodology order, starting at the top, clockwise, rings on the maturity band
 * edges, the city's scores joined as a shape, each spoke labelled with its name and score.
 * With fewer than 3 or more than 12 dimensions, a horizontal bar per dimension on the maturity
 * bands instead. Each group has its colour (CeDS: Internal blue, External orange; a fixed
 * palette of six, repeated beyond), and underneath, a key per group with its score and level,
 * then the `Overall level` (readiness), three to a row or four when there are more. A
 * dimension without a score reads "no data" and is left out of the shape rather than drawn at
 * zero; a methodology without dimensions gets a chart that says so. Accessible
 * (`role="img"`, `<title>`, `aria-label`, a `<desc>` with every value), no external resource,
 * no script, every text XML-escaped, deterministic.
 *
 * @param assessment - a result of `assessCity`
 * @param options - `title` replaces the default title `Dimensions: <city>`
 * @returns an SVG document as a string
 *
 * @example
 * ```ts
 * import { assessCity, defineMethodology } from 'wego-ceds';
 * import { renderDimensionChart } from 'wego-ceds/svg';
 * const svg = renderDimensionChart(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [],
 *   dimensions: [{ id: 'ict-network', score: 80 }, { id: 'governance-mechanism', score: 60 }],
 * }));
 * svg.includes('<title>Dimensions: Demo</title>'); // => true
 * svg.includes('>ICT Network<'); // => true
 * svg.includes('>80.00<'); // => true
 *
 * // Two dimensions are too few for a radar: they are drawn as bars.
 * const pair = defineMethodology({
 *   id: 'pair', version: '1', label: 'Two components', areas: [],
 *   groups: [{ id: 'all', label: 'Index', weight: 1 }],
 *   dimensions: [
 *     { id: 'online', label: 'Online services', group: 'all', weight: 1 },
 *     { id: 'skills', label: 'Skills', group: 'all', weight: 1 },
 *   ],
 *   levels: [{ level: 1, name: 'Low', min: 0 }, { level: 2, name: 'High', min: 50 }],
 * });
 * const bars = renderDimensionChart(assessCity(
 *   { city: { id: 'x', name: 'X' }, dimensions: [{ id: 'online', score: 80 }, { id: 'skills', score: 60 }] },
 *   { methodology: pair },
 * ));
 * bars.includes('<polygon'); // => false
 * bars.includes('>Index 70.00<'); // => true
 * ```
 */
export function renderDimensionChart(assessment: CityAssessment, options: SvgChartOptions = {}): string {
  const { definition } = assessment.methodology;
  const precision = definition.precision;
  const title = options.title ?? `Dimensions: ${assessment.city.name}`;
  if (definition.dimensions.length === 0) return noticeChart(title, 'The methodology has no readiness dimensions.');

  const groups = assessment.groups;
  const groupIndex = (id: string): number => groups.findIndex((g) => g.id === id);
  const groupColor = (index: number): string => (index < 0 ? theme.muted : theme.groups[index % theme.groups.length]!);
  const groupLabel = (id: string): string => groups[groupIndex(id)]?.label ?? id;
  const dims = assessment.dimensions;
  const spokes: Spoke[] = dims.map((row) => ({ row, color: groupColor(groupIndex(row.group)) }));
  const entries: FooterEntry[] = [
    ...groups.map((g, i) => ({ label: g.label, row: g, color: groupColor(i) })),
    { label: 'Overall level', row: assessment.readiness, color: theme.ink },
  ];

  const body: string[] = [
    chartHeading(
      title,
      assessment.readiness.score === null
        ? 'Readiness (Overall level): no score'
        : `Readiness (Overall level) ${fixed(assessment.readiness.score, precision)}, ${levelWords(assessment.readiness)}`,
    ),
  ];
  let footerTop: number;
  if (dims.length >= RADAR_SPOKES.min && dims.length <= RADAR_SPOKES.max) {
    for (const part of radar(spokes, definition.levels, precision)) body.push(part);
    footerTop = RADAR_HEIGHT - 36;
  } else {
    const drawn = bars(spokes, definition.levels, precision);
    for (const part of drawn.body) body.push(part);
    footerTop = drawn.bottom + 30;
  }
  for (const part of footer(entries, footerTop, precision)) body.push(part);

  const description =
    dims.map((d) => `${d.label} (${groupLabel(d.group)}): ${fixed(d.score, precision)}, ${levelWords(d)}.`).join(' ') +
    ' ' +
    entries.map((f) => `${f.label}: ${fixed(f.row.score, precision)}, ${levelWords(f.row)}.`).join(' ');
  const height = footerTop + footerLayout(entries.length).height;
  return svgDocument({ width: CHART_WIDTH, height, title, description, body });
}
