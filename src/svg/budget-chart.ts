import type { BudgetRow, CityAssessment } from '../ceds/types.js';
import { exact } from '../core/decimal.js';
import { truncateText } from '../format/table.js';
import { fixed } from '../format/text.js';
import { barGroups } from './bar-groups.js';
import { CHART_WIDTH, coord, svgDocument, theme, type SvgChartOptions } from './document.js';
import { chartHeading, compactAmount, legendKey, noticeChart, roundedRect, textElement } from './elements.js';

const LABEL_WIDTH = 150;
const RATE_WIDTH = 150;
/** Per area, a budget bar over a spending bar. */
const ROWS = barGroups({ top: 104, bars: 2, bar: 16, barGap: 4, groupGap: 22 });

function execution(row: BudgetRow, precision: number): string {
  return row.executionRate === null
    ? 'no rate (budget 0)'
    : `${fixed(row.executionRate, precision)} %${row.band === null ? '' : ` · band ${row.band}`}`;
}

/**
 * Budget vs spending as a self-contained SVG: per area, a bar for the budget and one for the
 * spending on a common scale, each with its amount (compact, e.g. `1.20 B`), and the execution
 * rate with its band on the right; the totals sit under the title. Without a budget the chart
 * says so. Accessible (`role="img"`, `<title>`, `aria-label`, a `<desc>` with every exact
 * amount), no external resource, no script, every text XML-escaped, deterministic.
 *
 * @param assessment - a result of `assessCity`
 * @param options - `title` replaces the default title `Budget vs spending: <city>`
 * @returns an SVG document as a string
 *
 * @example
 * ```ts
 * import { assessCity } from 'wego-ceds';
 * import { renderBudgetChart } from 'wego-ceds/svg';
 * const svg = renderBudgetChart(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [],
 *   budget: { currency: 'EUR', lines: [{ area: 'e-admin', budget: '1200000', spending: '1130000' }] },
 * }));
 * svg.includes('<title>Budget vs spending: Demo</title>'); // => true
 * svg.includes('>1.20 M<'); // => true
 * svg.includes('94.17 % · band B'); // => true
 * ```
 */
export function renderBudgetChart(assessment: CityAssessment, options: SvgChartOptions = {}): string {
  const precision = assessment.methodology.definition.precision;
  const budget = assessment.budget;
  const title = options.title ?? `Budget vs spending: ${assessment.city.name}`;
  if (budget === null || budget.areas.length === 0) return noticeChart(title, 'No budget was given.');

  const { currency, total } = budget;
  const body: string[] = [
    chartHeading(
      title,
      `Total ${compactAmount(total.budget)} budgeted, ${compactAmount(total.spending)} spent (${currency}); execution ${execution(total, precision)}`,
    ),
    legendKey(24, 70, theme.budget, 'Budget'),
    legendKey(104, 70, theme.spending, 'Spending'),
  ];

  const plotLeft = LABEL_WIDTH;
  const plotRight = CHART_WIDTH - RATE_WIDTH - 70;
  // Exact comparison picks the scale; floats only place the bars.
  const largest = budget.areas.reduce((max, a) => {
    const m = exact(a.budget).greaterThan(exact(a.spending)) ? a.budget : a.spending;
    return exact(m).greaterThan(exact(max)) ? m : max;
  }, '0');
  // The ratio is exact, so amounts too long for a float still draw (and never as NaN).
  const width = (amount: string): number =>
    exact(largest).isZero() ? 0 : (plotRight - plotLeft) * exact(amount).div(exact(largest)).toNumber();

  budget.areas.forEach((area, i) => {
    const top = ROWS.groupTop(i);
    body.push(textElement(24, top + 15, truncateText(area.label, 16), { 'font-size': 14, 'font-weight': 600 }));
    const years = area.years.filter((y) => y.year !== null).map((y) => y.year);
    if (years.length > 0)
      body.push(
        textElement(24, top + 31, years.length === 1 ? `FY ${years[0]}` : `FY ${years[0]}–${years[years.length - 1]}`, {
          'font-size': 11,
          fill: theme.muted,
        }),
      );
    [
      { amount: area.budget, color: theme.budget },
      { amount: area.spending, color: theme.spending },
    ].forEach((bar, j) => {
      const y = ROWS.barTop(i, j);
      const w = width(bar.amount);
      if (w > 0) body.push(roundedRect(plotLeft, y, w, ROWS.bar, bar.color));
      body.push(textElement(plotLeft + w + 6, y + ROWS.bar - 4, compactAmount(bar.amount), { 'font-size': 11 }));
    });
    const rate = area.executionRate === null ? 'no rate' : `${fixed(area.executionRate, precision)} %`;
    body.push(
      textElement(CHART_WIDTH - 24, top + 15, rate, { 'font-size': 14, 'font-weight': 600, 'text-anchor': 'end' }),
    );
    body.push(
      textElement(CHART_WIDTH - 24, top + 31, area.band === null ? 'budget 0' : `band ${area.band}`, {
        'font-size': 11,
        fill: theme.muted,
        'text-anchor': 'end',
      }),
    );
  });
  const bottom = ROWS.bottom(budget.areas.length);
  body.push(
    `<line x1="${plotLeft}" y1="${ROWS.top - 6}" x2="${plotLeft}" y2="${coord(bottom + 4)}" stroke="${theme.faint}" stroke-width="1"/>`,
  );
  body.push(
    textElement(CHART_WIDTH - 24, ROWS.top - 14, 'Execution', {
      'font-size': 11,
      fill: theme.muted,
      'text-anchor': 'end',
    }),
  );

  const money = (row: BudgetRow): string =>
    `budget ${row.budget} ${currency}, spending ${row.spending} ${currency}, variance ${row.variance} ${currency}, execution ${execution(row, precision)}`;
  const description = [...budget.areas.map((a) => `${a.label}: ${money(a)}.`), `Total: ${money(total)}.`].join(' ');
  return svgDocument({ width: CHART_WIDTH, height: bottom + 28, title, description, body });
}
