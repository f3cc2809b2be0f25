import type { AreaRow, CityAssessment } from '../ceds/types.js';
import { truncateText } from '../format/table.js';
import { coord, scoreText, svgDocument, textElement, theme, type SvgChartOptions } from './document.js';

const WIDTH = 760;
const LABEL_WIDTH = 170;
const VALUE_ROOM = 56;
const BAR = 12;
const BAR_GAP = 3;
const GROUP_GAP = 22;
const TOP = 112;

const SERIES = [
  { key: 'score', name: 'Score', color: theme.score },
  { key: 'operationRate', name: 'Operation (%)', color: theme.operation },
  { key: 'developmentRate', name: 'Developing (%)', color: theme.development },
  { key: 'utilizationRate', name: 'Utilization (%)', color: theme.utilization },
] as const;

function levelWords(row: AreaRow): string {
  return row.level === null ? 'no score' : `Level ${row.level.level} ${row.level.name}`;
}

/**
 * The Area chart as a self-contained SVG: for each area and the `Average` row, four horizontal
 * bars (Score, Operation, Developing, Utilization on 0–100) with their values printed, the
 * maturity bands marked along the scale, and the area's level beside its name. A missing value
 * reads "no data" rather than a zero bar. Accessible (`role="img"`, `<title>`, `aria-label`, a
 * `<desc>` listing every value), no external resource, no script, every text XML-escaped, and
 * the same assessment always gives the same string.
 *
 * @param assessment - a result of `assessCity`
 * @param options - `title` replaces the default title `Area chart: <city>`
 * @returns an SVG document as a string
 *
 * @example
 * ```ts
 * import { assessCity } from 'wego-ceds';
 * import { renderAreaChart } from 'wego-ceds/svg';
 * const svg = renderAreaChart(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 }],
 * }));
 * svg.startsWith('<svg'); // => true
 * svg.includes('<title>Area chart: Demo</title>'); // => true
 * svg.includes('>83.33<'); // => true
 * ```
 */
export function renderAreaChart(assessment: CityAssessment, options: SvgChartOptions = {}): string {
  const precision = assessment.methodology.definition.precision;
  const bands = assessment.methodology.definition.levels;
  const rows = [...assessment.areas, assessment.average];
  const title = options.title ?? `Area chart: ${assessment.city.name}`;
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - VALUE_ROOM - 16;
  const x = (value: number): number => plotLeft + ((plotRight - plotLeft) * value) / 100;
  const groupHeight = SERIES.length * (BAR + BAR_GAP) - BAR_GAP;
  const plotBottom = TOP + rows.length * (groupHeight + GROUP_GAP) - GROUP_GAP + 10;
  const height = plotBottom + 44;
  const body: string[] = [];

  const average = assessment.average;
  body.push(textElement(24, 34, title, { 'font-size': 18, 'font-weight': 600 }));
  body.push(
    textElement(
      24,
      56,
      average.score === null
        ? 'Services average: no score'
        : `Services average ${scoreText(average.score, precision)} (${levelWords(average)}) over ${average.totalServices} services`,
      {
        'font-size': 12,
        fill: theme.muted,
      },
    ),
  );
  let legendX = 24;
  for (const s of SERIES) {
    body.push(`<rect x="${coord(legendX)}" y="70" width="12" height="12" rx="2" fill="${s.color}"/>`);
    body.push(textElement(legendX + 18, 80, s.name, { 'font-size': 12, fill: theme.ink }));
    legendX += 34 + s.name.length * 7;
  }

  // Maturity bands: alternate shading, edges on the band minimums, names above the plot.
  const edges = [...bands.map((b) => b.min), 100];
  bands.forEach((band, i) => {
    const from = x(edges[i]!);
    const to = x(edges[i + 1]!);
    if (i % 2 === 1)
      body.push(
        `<rect x="${coord(from)}" y="${TOP - 8}" width="${coord(to - from)}" height="${coord(plotBottom - TOP + 8)}" fill="${theme.panel}"/>`,
      );
    body.push(
      textElement((from + to) / 2, TOP - 14, `${band.level} ${truncateText(band.name, 14)}`, {
        'font-size': 10,
        fill: theme.muted,
        'text-anchor': 'middle',
      }),
    );
  });
  for (const edge of edges) {
    body.push(
      `<line x1="${coord(x(edge))}" y1="${TOP - 8}" x2="${coord(x(edge))}" y2="${coord(plotBottom)}" stroke="${theme.grid}" stroke-width="1"/>`,
    );
    body.push(
      textElement(x(edge), plotBottom + 16, String(edge), {
        'font-size': 10,
        fill: theme.muted,
        'text-anchor': 'middle',
      }),
    );
  }
  body.push(
    textElement((plotLeft + plotRight) / 2, plotBottom + 34, 'Score and rates (0–100)', {
      'font-size': 11,
      fill: theme.muted,
      'text-anchor': 'middle',
    }),
  );

  rows.forEach((row, i) => {
    const top = TOP + i * (groupHeight + GROUP_GAP);
    const isAverage = i === rows.length - 1;
    if (isAverage) {
      body.push(
        `<line x1="24" y1="${coord(top - GROUP_GAP / 2)}" x2="${coord(WIDTH - 24)}" y2="${coord(top - GROUP_GAP / 2)}" stroke="${theme.faint}" stroke-dasharray="4 3"/>`,
      );
    }
    body.push(textElement(24, top + 16, truncateText(row.label, 18), { 'font-size': 14, 'font-weight': 600 }));
    body.push(textElement(24, top + 33, levelWords(row), { 'font-size': 11, fill: theme.muted }));
    body.push(
      textElement(24, top + 48, `${row.totalServices} ${row.totalServices === 1 ? 'service' : 'services'}`, {
        'font-size': 11,
        fill: theme.muted,
      }),
    );
    SERIES.forEach((s, j) => {
      const y = top + j * (BAR + BAR_GAP);
      const value = row[s.key];
      if (value === null) {
        body.push(
          textElement(plotLeft + 4, y + BAR - 2, 'no data', {
            'font-size': 10,
            fill: theme.muted,
            'font-style': 'italic',
          }),
        );
        return;
      }
      const w = x(value) - plotLeft;
      body.push(
        `<rect x="${coord(plotLeft)}" y="${coord(y)}" width="${coord(w)}" height="${BAR}" rx="2" fill="${s.color}"/>`,
      );
      body.push(
        textElement(x(value) + 5, y + BAR - 2, scoreText(value, precision), {
          'font-size': 10,
          'font-weight': j === 0 ? 600 : 400,
        }),
      );
    });
  });

  const description = rows
    .map(
      (r) =>
        `${r.label}: score ${scoreText(r.score, precision)} (${levelWords(r)}), ${r.totalServices} services, operation ${scoreText(r.operationRate, precision)} %, ` +
        `developing ${scoreText(r.developmentRate, precision)} %, utilization ${scoreText(r.utilizationRate, precision)} %.`,
    )
    .join(' ');
  return svgDocument({ width: WIDTH, height, title, description, body });
}
