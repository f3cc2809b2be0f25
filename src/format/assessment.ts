import type {
  AreaRow,
  BudgetRow,
  BudgetSummary,
  CityAssessment,
  ScoreWithLevel,
  ServiceRecord,
} from '../ceds/types.js';
import { formatIssuePath } from '../core/errors.js';
import { renderTable, type TableColumn, type TableRow } from './table.js';
import { fixed, NONE, oneLine } from './text.js';

/** Service names wider than this are cut with `…`, so the grid stays readable. */
const SERVICE_NAME_WIDTH = 44;

function levelText(row: ScoreWithLevel): string {
  return row.level === null ? NONE : `${row.level.level} ${row.level.name}`;
}

// Money stays exact: the decimal string is only grouped and padded with zeros, never rounded.
function money(amount: string, decimals: number): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = decimals > 0 ? `.${fraction.padEnd(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${grouped}${tail}`;
}

function fractionDigits(amount: string): number {
  const dot = amount.indexOf('.');
  return dot < 0 ? 0 : amount.length - dot - 1;
}

function areaTable(assessment: CityAssessment, precision: number): string {
  const columns: TableColumn[] = [
    { header: 'Area' },
    { header: 'Score', align: 'right' },
    { header: 'Maturity Level' },
    { header: 'Total service', align: 'right' },
    { header: 'Operation (%)', align: 'right' },
    { header: 'Developing (%)', align: 'right' },
    { header: 'Utilization (%)', align: 'right' },
  ];
  const row = (area: AreaRow): string[] => [
    area.label,
    fixed(area.score, precision),
    levelText(area),
    String(area.totalServices),
    fixed(area.operationRate, precision),
    fixed(area.developmentRate, precision),
    fixed(area.utilizationRate, precision),
  ];
  return renderTable(columns, [...assessment.areas.map(row), null, row(assessment.average)]);
}

function gauge(level: number): string {
  const filled = Math.max(0, Math.min(5, level));
  return '■'.repeat(filled) + '□'.repeat(5 - filled);
}

function serviceTables(assessment: CityAssessment, precision: number): string {
  const columns: TableColumn[] = [
    { header: 'Service', maxWidth: SERVICE_NAME_WIDTH },
    { header: 'Status' },
    { header: 'Level', align: 'right' },
    { header: '1-5' },
    { header: 'Utilization (%)', align: 'right' },
  ];
  // Methodology order first; a service of an area the result does not list still shows.
  const areas: { id: string; label: string }[] = assessment.areas.map((a) => ({ id: a.id, label: a.label }));
  for (const service of assessment.services) {
    if (!areas.some((a) => a.id === service.area)) areas.push({ id: service.area, label: service.area });
  }
  const row = (s: ServiceRecord): TableRow => [
    s.name,
    s.applicable ? s.status : `${s.status} (not applicable)`,
    String(s.level),
    gauge(s.level),
    fixed(s.utilization, precision),
  ];
  return areas
    .map((area) => {
      const services = assessment.services.filter((s) => s.area === area.id);
      const label = oneLine(area.label);
      if (services.length === 0) return `${label}: no services listed`;
      const count = services.length === 1 ? '1 service' : `${services.length} services`;
      return `${label} (${count})\n${renderTable(columns, services.map(row))}`;
    })
    .join('\n\n');
}

function dimensionTable(assessment: CityAssessment, precision: number): string {
  const columns: TableColumn[] = [
    { header: 'Dimension' },
    { header: 'Score', align: 'right' },
    { header: 'Maturity Level' },
  ];
  const groups = assessment.methodology.definition.groups;
  const rows: TableRow[] = [];
  for (const group of ['internal', 'external'] as const) {
    for (const d of assessment.dimensions.filter((x) => x.group === group)) {
      rows.push([`  ${d.label}`, fixed(d.score, precision), levelText(d)]);
    }
    const label = groups.find((g) => g.id === group)?.label ?? group;
    const total = assessment.groups[group];
    rows.push([label, fixed(total.score, precision), levelText(total)]);
  }
  rows.push(null, ['Overall level', fixed(assessment.readiness.score, precision), levelText(assessment.readiness)]);
  return renderTable(columns, rows);
}

function budgetTable(budget: BudgetSummary, precision: number): string {
  const all: BudgetRow[] = [budget.total, ...budget.years, ...budget.areas.flatMap((a) => [a, ...a.years])];
  let decimals = 0;
  for (const r of all)
    decimals = Math.max(decimals, fractionDigits(r.budget), fractionDigits(r.spending), fractionDigits(r.variance));
  const currency = oneLine(budget.currency);
  const columns: TableColumn[] = [
    { header: 'Area' },
    { header: 'Year' },
    { header: `Budget (${currency})`, align: 'right' },
    { header: `Spending (${currency})`, align: 'right' },
    { header: `Variance (${currency})`, align: 'right' },
    { header: 'Execution (%)', align: 'right' },
    { header: 'Band' },
  ];
  const year = (y: number | null): string => (y === null ? NONE : String(y));
  const row = (label: string, when: string, r: BudgetRow): string[] => [
    label,
    when,
    money(r.budget, decimals),
    money(r.spending, decimals),
    money(r.variance, decimals),
    fixed(r.executionRate, precision),
    r.band ?? NONE,
  ];
  const rows: TableRow[] = [];
  for (const area of budget.areas) {
    // One year is the area's total already; several get a sub-total line.
    if (area.years.length === 1) rows.push(row(area.label, year(area.years[0]!.year), area));
    else {
      for (const y of area.years) rows.push(row(area.label, year(y.year), y));
      rows.push(row(area.label, 'all', area));
    }
  }
  rows.push(null);
  if (budget.years.length > 1) for (const y of budget.years) rows.push(row('All areas', year(y.year), y));
  rows.push(row('Total', 'all', budget.total));
  return renderTable(columns, rows);
}

function percent(value: number | null, precision: number): string {
  return value === null ? NONE : `${fixed(value, precision)} %`;
}

/**
 * The CeDS report as aligned plain text, its four tables in the CeDS order: 1. the Area chart
 * (one row per area and the `Average` row), 2. the Services/Systems identification (each
 * area's systems with status, level 0–5 and utilization), 3. the Dimensions table (internal
 * dimensions, the Internal group row, external dimensions, the External group row, `Overall
 * level`), 4. Budget vs spending (per area, per year and in total, exact money with thousands
 * separators), then the overall score, coverage and every warning.
 *
 * Column widths come from the content, numbers are right-aligned with the methodology's
 * precision, a missing value prints as `—`, and the same assessment always gives the same
 * string. The result itself stays plain data, so in the Node REPL print it with
 * `console.log(formatAssessment(assessment))`.
 *
 * @param assessment - a result of `assessCity`
 * @returns the report, lines joined with `\n`, ending without a newline
 *
 * @example
 * ```ts
 * import { formatAssessment, assessCity } from 'wego-ceds';
 * const report = formatAssessment(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 }],
 * }));
 * report.split('\n')[0]; // => 'CeDS assessment: Demo (demo)'
 * report.includes('e-Admin     83.33  5 Seamless'); // => true
 * ```
 */
export function formatAssessment(assessment: CityAssessment): string {
  const precision = assessment.methodology.definition.precision;
  const { city } = assessment;
  const where = city.country === undefined ? city.id : `${city.id}, ${city.country}`;
  const period = assessment.period === null ? '' : `, period ${assessment.period}`;
  const out: string[] = [
    oneLine(`CeDS assessment: ${city.name} (${where})${period}`),
    oneLine(`Methodology: ${assessment.methodology.id} ${assessment.methodology.version}`),
    '',
    '1. Area chart',
    '',
    areaTable(assessment, precision),
    '',
    '2. Services/Systems identification',
    '',
    assessment.services.length === 0 ? 'No services were given.' : serviceTables(assessment, precision),
    '',
    '3. Dimensions',
    '',
    dimensionTable(assessment, precision),
    '',
    '4. Budget vs spending',
    '',
    assessment.budget === null ? 'No budget was given.' : budgetTable(assessment.budget, precision),
    '',
    `Overall: ${fixed(assessment.overall.score, precision)}, level ${levelText(assessment.overall)}` +
      ` (services average ${fixed(assessment.average.score, precision)}, readiness ${fixed(assessment.readiness.score, precision)})`,
    `Coverage: areas ${percent(assessment.coverage.areas, precision)}, utilization ${percent(assessment.coverage.utilization, precision)}, ` +
      `dimensions ${percent(assessment.coverage.dimensions, precision)}, overall ${percent(assessment.coverage.overall, precision)}`,
  ];
  if (assessment.warnings.length === 0) out.push('Warnings: none');
  else {
    out.push(`Warnings (${assessment.warnings.length}):`);
    for (const w of assessment.warnings) out.push(oneLine(`  - ${w.code} at ${formatIssuePath(w.path)}: ${w.message}`));
  }
  return out.join('\n');
}
