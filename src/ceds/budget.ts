import { HUNDRED, exact } from '../core/decimal.js';
import type { CedsIssue, CedsWarning, IssuePath } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type {
  BudgetAreaRow,
  BudgetBand,
  BudgetInput,
  BudgetRow,
  BudgetSummary,
  BudgetYearRow,
  Methodology,
} from './types.js';

/**
 * The checks of a parsed budget that need the methodology: every line's area must be one of
 * its areas (`unknown_area`), and a line's currency must be the budget's (`mixed_currency`:
 * amounts in two currencies in one assessment are an error, not a conversion). Paths start
 * at `['budget', 'lines', i]`, as in an assessment input.
 * @internal
 */
export function budgetIssues(budget: BudgetInput, methodology: Methodology): CedsIssue[] {
  const areaIds = new Set(methodology.areas.map((a) => a.id));
  const known = methodology.areas.map((a) => JSON.stringify(a.id)).join(', ');
  const issues: CedsIssue[] = [];
  budget.lines.forEach((line, i) => {
    if (!areaIds.has(line.area)) {
      issues.push({
        path: ['budget', 'lines', i, 'area'],
        code: 'unknown_area',
        message: `Unknown area ${JSON.stringify(line.area)}; the methodology ${JSON.stringify(methodology.id)} has ${known}`,
      });
    }
    if (line.currency !== undefined && line.currency !== budget.currency) {
      issues.push({
        path: ['budget', 'lines', i, 'currency'],
        code: 'mixed_currency',
        message: `This line is in ${line.currency} but the budget is in ${budget.currency}; amounts in two currencies in one assessment are an error, not a conversion`,
      });
    }
  });
  return issues;
}

// Amounts are exact integers in units of 10^-places (places = the most decimals of any amount,
// at most 6 once validated): sums and variances are bigint additions, and an execution rate is
// one bigint division rounded half-up once, with no Decimal in the loop.
interface Totals {
  budget: bigint;
  spending: bigint;
}

function add(into: Totals, line: Totals): void {
  into.budget += line.budget;
  into.spending += line.spending;
}

// Numbers are read through their shortest round-trip string, as Decimal reads them: 0.1 is 0.1.
function amountText(amount: string | number): string {
  return typeof amount === 'string' ? amount : Number.isSafeInteger(amount) ? String(amount) : exact(amount).toFixed();
}

function placesOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

function scaled(text: string, places: number): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(places, '0'));
}

/** `value` × 10^-places as a plain decimal string: no exponent, no trailing zeros, never `-0`. */
function decimalText(value: bigint, places: number): string {
  if (value === 0n) return '0';
  const digits = (value < 0n ? -value : value).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${value < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** 100 × spending / budget rounded half-up (away from zero) to `precision` decimals; budget ≠ 0. */
function executionRateOf(totals: Totals, precision: number): number {
  const numerator = 100n * totals.spending * 10n ** BigInt(precision);
  const negative = numerator < 0n !== totals.budget < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = totals.budget < 0n ? -totals.budget : totals.budget;
  const rounded = (2n * n + d) / (2n * d);
  const rate = Number(decimalText(negative ? -rounded : rounded, precision));
  return rate === 0 ? 0 : rate;
}

// The first band whose maximum deviation reaches the rate's distance from 100 %, measured on
// the rounded rate (so a printed 95.00 is band A, never B); the catch-all otherwise.
function bandFor(rate: number, bands: readonly BudgetBand[]): string | null {
  const deviation = exact(rate).minus(HUNDRED).abs();
  const band = bands.find((b) => b.maxDeviation === null || deviation.lessThanOrEqualTo(b.maxDeviation));
  return band === undefined ? null : band.band;
}

function row(
  totals: Totals,
  places: number,
  methodology: Methodology,
  path: IssuePath,
  what: string,
  warnings: CedsWarning[],
): BudgetRow {
  let executionRate: number | null = null;
  if (totals.budget === 0n) {
    warnings.push({ code: 'zero-budget', path, message: `${what}: the budget is 0, so there is no execution rate` });
  } else {
    executionRate = executionRateOf(totals, methodology.precision);
  }
  return {
    budget: decimalText(totals.budget, places),
    spending: decimalText(totals.spending, places),
    variance: decimalText(totals.spending - totals.budget, places),
    executionRate,
    band: executionRate === null ? null : bandFor(executionRate, methodology.budgetBands),
  };
}

// Fiscal years ascending, lines without a year (null) last.
function byYear(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a - b;
}

function yearRows(
  years: Map<number | null, Totals>,
  places: number,
  methodology: Methodology,
  path: IssuePath,
  what: string,
  warnings: CedsWarning[],
): BudgetYearRow[] {
  return [...years.keys()].sort(byYear).map((year, index) => {
    const label = `${what}, ${year === null ? 'lines without a year' : `year ${year}`}`;
    return { year, ...row(years.get(year)!, places, methodology, [...path, index], label, warnings) };
  });
}

function tally(map: Map<number | null, Totals>, year: number | null, line: Totals): void {
  let totals = map.get(year);
  if (totals === undefined) map.set(year, (totals = { budget: 0n, spending: 0n }));
  add(totals, line);
}

/**
 * The Budget vs spending table (docs/budget.md) of a parsed, cross-checked budget (see
 * `budgetIssues`; lines of unknown areas are left out). Per area in methodology order (areas
 * with lines only), per area and fiscal year, per year over all areas, and in total: exact
 * budget, spending and variance (spending − budget) strings, the execution rate
 * (100 × spending / budget, rounded half-up to the methodology's precision) and its band. A
 * budget of 0 gives a null rate and band and a `zero-budget` warning whose path is the row's
 * path in the assessment (e.g. `['budget', 'areas', 0, 'years', 1]`). Sums are exact, so line
 * order never changes a digit.
 * @internal
 */
export function computeBudget(
  budget: BudgetInput,
  methodology: Methodology,
): { summary: BudgetSummary; warnings: CedsWarning[] } {
  const perArea = new Map<string, Map<number | null, Totals>>();
  const perYear = new Map<number | null, Totals>();
  const total: Totals = { budget: 0n, spending: 0n };
  const areaIds = new Set(methodology.areas.map((a) => a.id));
  const lines = budget.lines
    .filter((line) => areaIds.has(line.area))
    .map((line) => ({ line, budget: amountText(line.budget), spending: amountText(line.spending) }));
  let places = 0;
  for (const l of lines) places = Math.max(places, placesOf(l.budget), placesOf(l.spending));
  for (const { line, budget: b, spending: s } of lines) {
    const amounts: Totals = { budget: scaled(b, places), spending: scaled(s, places) };
    const year = line.year ?? null;
    let years = perArea.get(line.area);
    if (years === undefined) perArea.set(line.area, (years = new Map<number | null, Totals>()));
    tally(years, year, amounts);
    tally(perYear, year, amounts);
    add(total, amounts);
  }

  const warnings: CedsWarning[] = [];
  const areas: BudgetAreaRow[] = [];
  for (const area of methodology.areas) {
    const years = perArea.get(area.id);
    if (years === undefined) continue;
    const path = ['budget', 'areas', areas.length];
    const sum: Totals = { budget: 0n, spending: 0n };
    for (const totals of years.values()) add(sum, totals);
    const summary = row(sum, places, methodology, path, area.label, warnings);
    areas.push({
      id: area.id,
      label: area.label,
      ...summary,
      years: yearRows(years, places, methodology, [...path, 'years'], area.label, warnings),
    });
  }
  const summary: BudgetSummary = {
    currency: budget.currency,
    areas,
    years: yearRows(perYear, places, methodology, ['budget', 'years'], 'All areas', warnings),
    total: row(total, places, methodology, ['budget', 'total'], 'Total', warnings),
  };
  return { summary: deepFreeze(summary), warnings };
}
