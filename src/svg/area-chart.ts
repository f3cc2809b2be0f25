import type { CityAssessment } from '../ceds/types.js';
import { truncateText } from '../format/table.js';
import { fixed } from '../format/text.js';
import { barGroups } from './bar-groups.js';
import { CHART_WIDTH, coord, svgDocument, theme, type SvgChartOptions } from './document.js';
import { bandScale, chartHeading, legendKey, levelWords, noticeChart, roundedRect, textElement } from './elements.js';

const LABEL_WIDTH = 170;
const VALUE_ROOM = 56;

const SERIES = [
  { key: 'score', name: 'Score', color: theme.score },
  { key: 'operationRate', name: 'Operation (%)', color: theme.operation },
  { key: 'developmentRate', name: 'Developing (%)', color: theme.development },
  { key: 'utilizationRate', name: 'Utilization (%)', color: theme.utilization },
] as const;

/** Per area, and for the `Average` row, one bar per series. */
const ROWS = barGroups({ top: 112, bars: SERIES.length, bar: 12, barGap: 3, groupGap: 22 });

/**
 * The Area chart as a self-contained SVG: for each area and the `Average` row, four horizontal
 * bars (Score, Operation, Developing, Utilization on 0–100) with their values printed, the
 * maturity bands marked along the scale, and the area's level beside its name. A missing value
 * reads "no data" rather than a zero bar. For a methodology without service areas (an index
 * scored on its dimensions alone) the chart only says so. Accessible (`role="img"`, `<title>`,
 * `aria-label`, a `<desc>` listing every value), no external resource, no script, every text
 * XML-escaped, and the same assessment always gives the same string.
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
  const title = options.title ?? `Area chart: ${assessment.city.name}`;
  if (assessment.methodology.definition.areas.length === 0)
    return noticeChart(title, 'The methodology has no service areas.');
  const rows = [...assessment.areas, assessment.average];
  const plotLeft = LABEL_WIDTH;
  const plotRight = CHART_WIDTH - VALUE_ROOM - 16;
  const x = (value: number): number => plotLeft + ((plotRight - plotLeft) * value) / 100;
  const plotTop = ROWS.top - 8;
  const plotBottom = ROWS.bottom(rows.length) + 10;
  const height = plotBottom + 44;

  const average = assessment.average;
  const body: string[] = [
    chartHeading(
      title,
      average.score === null
        ? 'Services average: no score'
        : `Services average ${fixed(average.score, precision)} (${levelWords(average, 'Level')}) over ${average.totalServices} services`,
    ),
  ];
  let legendX = 24;
  for (const s of SERIES) {
    body.push(legendKey(legendX, 70, s.color, s.name, { fill: theme.ink }));
    legendX += 34 + s.name.length * 7;
  }

  // Maturity bands: alternate shading, edges on the band minimums, names above the plot.
  for (const part of bandScale(bands, { x, top: plotTop, bottom: plotBottom, namesY: ROWS.top - 14 })) body.push(part);
  body.push(
    textElement((plotLeft + plotRight) / 2, plotBottom + 34, 'Score and rates (0–100)', {
      'font-size': 11,
      fill: theme.muted,
      'text-anchor': 'middle',
    }),
  );

  rows.forEach((row, i) => {
    const top = ROWS.groupTop(i);
    const isAverage = i === rows.length - 1;
    if (isAverage) {
      const y = coord(top - ROWS.groupGap / 2);
      body.push(
        `<line x1="24" y1="${y}" x2="${coord(CHART_WIDTH - 24)}" y2="${y}" stroke="${theme.faint}" stroke-dasharray="4 3"/>`,
      );
    }
    body.push(textElement(24, top + 16, truncateText(row.label, 18), { 'font-size': 14, 'font-weight': 600 }));
    body.push(textElement(24, top + 33, levelWords(row, 'Level'), { 'font-size': 11, fill: theme.muted }));
    body.push(
      textElement(24, top + 48, `${row.totalServices} ${row.totalServices === 1 ? 'service' : 'services'}`, {
        'font-size': 11,
        fill: theme.muted,
      }),
    );
    SERIES.forEach((s, j) => {
      const y = ROWS.barTop(i, j);
      const value = row[s.key];
      if (value === null) {
        body.push(
          textElement(plotLeft + 4, y + ROWS.bar - 2, 'no data', {
            'font-size': 10,
            fill: theme.muted,
            'font-style': 'italic',
          }),
        );
        return;
      }
      body.push(roundedRect(plotLeft, y, x(value) - plotLeft, ROWS.bar, s.color));
      body.push(
        textElement(x(value) + 5, y + ROWS.bar - 2, fixed(value, precision), {
          'font-size': 10,
          'font-weight': j === 0 ? 600 : 400,
        }),
      );
    });
  });

  const description = rows
    .map(
      (r) =>
        `${r.label}: score ${fixed(r.score, precision)} (${levelWords(r, 'Level')}), ${r.totalServices} services, operation ${fixed(r.operationRate, precision)} %, ` +
        `developing ${fixed(r.developmentRate, precision)} %, utilization ${fixed(r.utilizationRate, precision)} %.`,
    )
    .join(' ');
  return svgDocument({ width: CHART_WIDTH, height, title, description, body });
}
