import { HUNDRED, ZERO, exact, type Exact } from '../core/decimal.js';
import type { CedsIssue, CedsWarning, IssuePath } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { moneyString, roundScore } from '../core/round.js';
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

interface Totals {
  budget: Exact;
  spending: Exact;
}

function add(into: Totals, line: Totals): void {
  into.budget = into.budget.plus(line.budget);
  into.spending = into.spending.plus(line.spending);
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
  methodology: Methodology,
  path: IssuePath,
  what: string,
  warnings: CedsWarning[],
): BudgetRow {
  let executionRate: number | null = null;
  if (totals.budget.isZero()) {
    warnings.push({ code: 'zero-budget', path, message: `${what}: the budget is 0, so there is no execution rate` });
  } else {
    executionRate = roundScore(totals.spending.times(HUNDRED).div(totals.budget), methodology.precision);
  }
  return {
    budget: moneyString(totals.budget),
    spending: moneyString(totals.spending),
    variance: moneyString(totals.spending.minus(totals.budget)),
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
  methodology: Methodology,
  path: IssuePath,
  what: string,
  warnings: CedsWarning[],
): BudgetYearRow[] {
  return [...years.keys()].sort(byYear).map((year, index) => {
    const label = `${what}, ${year === null ? 'lines without a year' : `year ${year}`}`;
    return { year, ...row(years.get(year)!, methodology, [...path, index], label, warnings) };
  });
}

function tally(map: Map<number | null, Totals>, year: number | null, line: Totals): void {
  let totals = map.get(year);
  if (totals === undefined) map.set(year, (totals = { budget: ZERO, spending: ZERO }));
  add(totals, line);
}

/**
 * The Budget vs spending table (SPEC §3.5) of a parsed, cross-checked budget (see
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
  const total: Totals = { budget: ZERO, spending: ZERO };
  const areaIds = new Set(methodology.areas.map((a) => a.id));
  for (const line of budget.lines) {
    if (!areaIds.has(line.area)) continue;
    // Numbers are read through their shortest round-trip string: 0.1 is exactly 0.1.
    const amounts: Totals = { budget: exact(line.budget), spending: exact(line.spending) };
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
    const sum: Totals = { budget: ZERO, spending: ZERO };
    for (const totals of years.values()) add(sum, totals);
    const summary = row(sum, methodology, path, area.label, warnings);
    areas.push({
      id: area.id,
      label: area.label,
      ...summary,
      years: yearRows(years, methodology, [...path, 'years'], area.label, warnings),
    });
  }
  const summary: BudgetSummary = {
    currency: budget.currency,
    areas,
    years: yearRows(perYear, methodology, ['budget', 'years'], 'All areas', warnings),
    total: row(total, methodology, ['budget', 'total'], 'Total', warnings),
  };
  return { summary: deepFreeze(summary), warnings };
}
