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
  const rows: TableRow[] = [];
  // Each group's dimensions, then the group's own row, in methodology order.
  const members = new Map<string, TableRow[]>();
  for (const d of assessment.dimensions) {
    const row: TableRow = [`  ${d.label}`, fixed(d.score, precision), levelText(d)];
    const list = members.get(d.group);
    if (list === undefined) members.set(d.group, [row]);
    else list.push(row);
  }
  for (const group of assessment.groups) {
    for (const row of members.get(group.id) ?? []) rows.push(row);
    rows.push([group.label, fixed(group.score, precision), levelText(group)]);
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

/** A printed section: its title and its body. */
interface Section {
  readonly title: string;
  readonly body: string;
}

// Only the sections of the sides the methodology has: the Area chart, the Services and the
// Budget (kept per service area) need areas, the Dimensions table needs dimensions.
function sections(assessment: CityAssessment, precision: number): Section[] {
  const { areas, dimensions } = assessment.methodology.definition;
  const out: Section[] = [];
  if (areas.length > 0) {
    out.push(
      { title: 'Area chart', body: areaTable(assessment, precision) },
      {
        title: 'Services/Systems identification',
        body: assessment.services.length === 0 ? 'No services were given.' : serviceTables(assessment, precision),
      },
    );
  }
  if (dimensions.length > 0) out.push({ title: 'Dimensions', body: dimensionTable(assessment, precision) });
  if (areas.length > 0) {
    out.push({
      title: 'Budget vs spending',
      body: assessment.budget === null ? 'No budget was given.' : budgetTable(assessment.budget, precision),
    });
  }
  return out;
}

// What the overall score is made of, and how much of each side carried data: the sides the
// methodology has, nothing of the others.
function summaryLines(assessment: CityAssessment, precision: number): string[] {
  const { definition } = assessment.methodology;
  const { coverage } = assessment;
  const services = definition.areas.length > 0;
  const readiness = definition.dimensions.length > 0;
  const parts = [
    ...(services ? [`services average ${fixed(assessment.average.score, precision)}`] : []),
    ...(readiness ? [`readiness ${fixed(assessment.readiness.score, precision)}`] : []),
  ];
  const covered = [
    ...(services
      ? [`areas ${percent(coverage.areas, precision)}`, `utilization ${percent(coverage.utilization, precision)}`]
      : []),
    ...(readiness ? [`dimensions ${percent(coverage.dimensions, precision)}`] : []),
    `overall ${percent(coverage.overall, precision)}`,
  ];
  return [
    oneLine(
      `Overall: ${fixed(assessment.overall.score, precision)}, level ${levelText(assessment.overall)} (${parts.join(', ')})`,
    ),
    `Coverage: ${covered.join(', ')}`,
  ];
}

/**
 * The report as aligned plain text, with the tables of the sides the methodology has, numbered
 * in the CeDS order: the Area chart (one row per area and the `Average` row), the
 * Services/Systems identification (each area's systems with status, level 0–5 and
 * utilization), the Dimensions table (each group's dimensions followed by the group's row, in
 * methodology order, then `Overall level`), Budget vs spending (per area, per year and in total,
 * exact money with thousands separators); then the overall score, coverage and every warning.
 * A methodology without service areas (such as a three-component index) prints neither the
 * Area chart, the Services nor the Budget, and says nothing of services; one without
 * dimensions prints no Dimensions table. The CeDS presets print all four tables.
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
 * import { formatAssessment, assessCity, defineMethodology } from 'wego-ceds';
 * const report = formatAssessment(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 }],
 * }));
 * report.split('\n')[0]; // => 'CeDS assessment: Demo (demo)'
 * report.includes('e-Admin     83.33  5 Seamless'); // => true
 *
 * // An index without service areas: only its Dimensions table.
 * const index = defineMethodology({
 *   id: 'two-part', version: '1', label: 'A two-component index', areas: [],
 *   groups: [{ id: 'all', label: 'Index', weight: 1 }],
 *   dimensions: [
 *     { id: 'online', label: 'Online services', group: 'all', weight: 1 },
 *     { id: 'skills', label: 'Skills', group: 'all', weight: 1 },
 *   ],
 *   levels: [{ level: 1, name: 'Low', min: 0 }, { level: 2, name: 'High', min: 50 }],
 * });
 * const text = formatAssessment(assessCity(
 *   { city: { id: 'x', name: 'X' }, dimensions: [{ id: 'online', score: 80 }, { id: 'skills', score: 60 }] },
 *   { methodology: index },
 * ));
 * text.split('\n')[3]; // => '1. Dimensions'
 * text.includes('Overall: 70.00, level 2 High (readiness 70.00)'); // => true
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
  ];
  sections(assessment, precision).forEach((section, i) => out.push(`${i + 1}. ${section.title}`, '', section.body, ''));
  for (const line of summaryLines(assessment, precision)) out.push(line);
  if (assessment.warnings.length === 0) out.push('Warnings: none');
  else {
    out.push(`Warnings (${assessment.warnings.length}):`);
    for (const w of assessment.warnings) out.push(oneLine(`  - ${w.code} at ${formatIssuePath(w.path)}: ${w.message}`));
  }
  return out.join('\n');
}
