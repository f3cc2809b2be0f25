import type { CityAssessment } from '../ceds/types.js';
import { deepFreeze } from '../core/freeze.js';

// A decimal string too long for a float still draws, at the largest float.
function drawable(amount: string): number {
  const n = Number(amount);
  return Number.isFinite(n) ? n : Number.MAX_VALUE;
}

// A chart names its categories twice: by id for code, by label for the axis.
function axis(rows: readonly { readonly id: string; readonly label: string }[]): {
  ids: string[];
  labels: string[];
} {
  return { ids: rows.map((r) => r.id), labels: rows.map((r) => r.label) };
}

/**
 * The Area chart as series: one entry per area, in methodology order (the `Average` row apart);
 * empty arrays and a null `Average` for a methodology without service areas.
 */
export interface AreaChartData {
  /** Area ids, e.g. `e-admin`. */
  readonly ids: readonly string[];
  /** Area labels, e.g. `e-Admin`: the category axis. */
  readonly labels: readonly string[];
  /** One array per column of the Area chart, aligned with `labels`; null where an area has no score. */
  readonly series: {
    /** Each area's score (0–100). */
    readonly score: readonly (number | null)[];
    /** Each area's Operation rate (%). */
    readonly operationRate: readonly (number | null)[];
    /** Each area's Developing rate (%). */
    readonly developmentRate: readonly (number | null)[];
    /** Each area's Utilization rate (%); null also when no operating service reports one. */
    readonly utilizationRate: readonly (number | null)[];
  };
  /** The maturity level number of each area (1–5 in CeDS), or null. */
  readonly levels: readonly (number | null)[];
  /** The `Average` row's values, for a reference line. */
  readonly average: {
    /** The `Average` score (0–100), or null. */
    readonly score: number | null;
    /** The `Average` Operation rate (%), or null. */
    readonly operationRate: number | null;
    /** The `Average` Developing rate (%), or null. */
    readonly developmentRate: number | null;
    /** The `Average` Utilization rate (%), or null. */
    readonly utilizationRate: number | null;
  };
}

/** The Dimensions as a radar: one spoke per dimension, in methodology order; none when it has none. */
export interface DimensionChartData {
  /** Dimension ids. */
  readonly ids: readonly string[];
  /** Dimension labels, e.g. `ICT Network`: the spokes. */
  readonly labels: readonly string[];
  /** The group id of each spoke, e.g. `internal`. */
  readonly groups: readonly string[];
  /** Scores 0–100 aligned with `labels`; null where a dimension has no score. */
  readonly values: readonly (number | null)[];
}

/** Budget vs spending per area, for a grouped bar chart. */
export interface BudgetChartData {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** Area ids with budget lines. */
  readonly ids: readonly string[];
  /** Area labels: the category axis. */
  readonly labels: readonly string[];
  /** Budgeted amounts as numbers (for drawing; the exact strings stay in the assessment). */
  readonly budget: readonly number[];
  /** Spent amounts as numbers. */
  readonly spending: readonly number[];
  /** Execution rates (%), null where the budget is 0. */
  readonly executionRate: readonly (number | null)[];
  /** Execution bands, null where there is no rate. */
  readonly band: readonly (string | null)[];
  /** The totals over every area. */
  readonly total: {
    /** Total budgeted amount as a number. */
    readonly budget: number;
    /** Total spent amount as a number. */
    readonly spending: number;
    /** Total execution rate (%), null when the total budget is 0. */
    readonly executionRate: number | null;
  };
}

/** Everything `toChartData` returns. */
export interface ChartData {
  /** The Area chart. */
  readonly areas: AreaChartData;
  /** The readiness dimensions (a radar), whatever their number and groups. */
  readonly dimensions: DimensionChartData;
  /** Budget vs spending, or null when no budget was given. */
  readonly budget: BudgetChartData | null;
  /** The overall score and level number. */
  readonly overall: {
    /** The overall score (0–100), or null. */
    readonly score: number | null;
    /** The overall maturity level number (1–5 in CeDS), or null when there is no score. */
    readonly level: number | null;
  };
}

/**
 * The assessment as plain series that chart libraries take as they are: parallel arrays of
 * labels and values (nulls where a score is missing, which Chart.js, ECharts and Vega-Lite draw
 * as gaps). With Chart.js: `{ labels: d.areas.labels, datasets: [{ label: 'Score', data:
 * d.areas.series.score }] }`; a radar: `{ labels: d.dimensions.labels, datasets: [{ data:
 * d.dimensions.values }] }`. Money becomes numbers here, for drawing only: the exact decimal
 * strings stay in `assessment.budget`. Any methodology works: the arrays are as long as it has
 * areas and dimensions (empty when it has none), and each spoke carries its group's id, to
 * look up in `assessment.groups`. The result is deeply frozen plain data.
 *
 * @param assessment - a result of `assessCity`
 * @returns `{ areas, dimensions, budget, overall }`
 *
 * @example
 * ```ts
 * import { toChartData, assessCity } from 'wego-ceds';
 * const data = toChartData(assessCity({
 *   city: { id: 'demo', name: 'Demo' },
 *   services: [{ id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 70 }],
 *   dimensions: [{ id: 'ict-network', score: 80 }],
 *   budget: { currency: 'EUR', lines: [{ area: 'e-admin', budget: '100', spending: '95' }] },
 * }));
 * data.areas.labels; // => ['e-Admin', 'e-Industry', 'e-City', 'e-Info']
 * data.areas.series.score; // => [83.33, null, null, null]
 * data.dimensions.values[3]; // => 80
 * data.budget?.executionRate; // => [95]
 * ```
 */
export function toChartData(assessment: CityAssessment): ChartData {
  const { areas, dimensions, budget } = assessment;
  return deepFreeze({
    areas: {
      ...axis(areas),
      series: {
        score: areas.map((a) => a.score),
        operationRate: areas.map((a) => a.operationRate),
        developmentRate: areas.map((a) => a.developmentRate),
        utilizationRate: areas.map((a) => a.utilizationRate),
      },
      levels: areas.map((a) => a.level?.level ?? null),
      average: {
        score: assessment.average.score,
        operationRate: assessment.average.operationRate,
        developmentRate: assessment.average.developmentRate,
        utilizationRate: assessment.average.utilizationRate,
      },
    },
    dimensions: {
      ...axis(dimensions),
      groups: dimensions.map((d) => d.group),
      values: dimensions.map((d) => d.score),
    },
    budget:
      budget === null
        ? null
        : {
            currency: budget.currency,
            ...axis(budget.areas),
            budget: budget.areas.map((a) => drawable(a.budget)),
            spending: budget.areas.map((a) => drawable(a.spending)),
            executionRate: budget.areas.map((a) => a.executionRate),
            band: budget.areas.map((a) => a.band),
            total: {
              budget: drawable(budget.total.budget),
              spending: drawable(budget.total.spending),
              executionRate: budget.total.executionRate,
            },
          },
    overall: { score: assessment.overall.score, level: assessment.overall.level?.level ?? null },
  });
}
