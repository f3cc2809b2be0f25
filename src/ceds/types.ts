import type { Aggregation, MissingDataPolicy } from '../core/aggregate.js';
import type { CedsWarning } from '../core/errors.js';
import type { Level, LevelBand } from '../core/levels.js';

// ---------------------------------------------------------------------------------------------
// Methodology (docs/methodology.md): plain, JSON-serialisable, validated data.
// ---------------------------------------------------------------------------------------------

/** A service area of the Area chart, e.g. e-Admin. */
export interface AreaDefinition {
  /** Stable id used by service records, e.g. `e-admin`. */
  readonly id: string;
  /** The label printed in the report, e.g. `e-Admin`. */
  readonly label: string;
  /** Position in the report, ascending. */
  readonly order: number;
}

/**
 * A group of dimensions and its weight in the readiness (`Overall level`) score: the CeDS
 * presets have `internal` and `external`; another index may have any groups.
 */
export interface DimensionGroupDefinition {
  /** Stable id used by the dimensions, e.g. `internal`. */
  readonly id: string;
  /** The printed label, e.g. `Internal`. */
  readonly label: string;
  /** Weight of the group in the readiness (`Overall level`) score. */
  readonly weight: number;
}

/** A readiness dimension, e.g. Governance Mechanism. */
export interface DimensionDefinition {
  /** Stable id used by the input, e.g. `governance-mechanism`. */
  readonly id: string;
  /** The printed label, e.g. `Governance Mechanism`. */
  readonly label: string;
  /** The id of the group it belongs to. */
  readonly group: string;
  /** Weight of the dimension within its group. */
  readonly weight: number;
}

/** The weights of the three rates in an area score. */
export interface AreaComponentWeights {
  /** Weight of Operation (%). */
  readonly operation: number;
  /** Weight of Developing (%). */
  readonly development: number;
  /** Weight of Utilization (%). */
  readonly utilization: number;
}

/** The weights of the two sides of the overall score. */
export interface OverallWeights {
  /** Weight of the services `Average` score. */
  readonly services: number;
  /** Weight of the Dimensions `Overall level` (readiness) score. */
  readonly readiness: number;
}

/** The aggregation used at each level of the computation. */
export interface AggregationChoice {
  /** Rates → area score. */
  readonly area: Aggregation;
  /** Indicators → dimension score. */
  readonly dimension: Aggregation;
  /** Dimensions → group score. */
  readonly group: Aggregation;
  /** Groups → readiness (`Overall level`). */
  readonly readiness: Aggregation;
  /** Services average and readiness → overall. */
  readonly overall: Aggregation;
}

/** How missing data is treated; see docs/rounding-and-missing-data.md. */
export interface MissingDataRules {
  /** `exclude` (renormalise), `zero` (count as 0) or `error` (reject). */
  readonly policy: MissingDataPolicy;
  /** Minimum share of the weight, in percent (0–100), that must carry data. */
  readonly minCoverage: number;
}

/** A budget execution band: execution rates within 100 ± `maxDeviation` % fall in it. */
export interface BudgetBand {
  /** The band's name, e.g. `A`. */
  readonly band: string;
  /** Largest distance from 100 % (inclusive), or null for the catch-all last band. */
  readonly maxDeviation: number | null;
}

/** A complete, validated methodology; docs/methodology.md explains every field. */
export interface Methodology {
  /** Stable identifier, e.g. `ceds-deck-2015`. */
  readonly id: string;
  /** Version of this methodology, e.g. `1.0.0`. */
  readonly version: string;
  /** Human-readable name. */
  readonly label: string;
  /** The service areas, in report order; none for an index without a services side. */
  readonly areas: readonly AreaDefinition[];
  /** The dimension groups, in report order; none for an index without a readiness side. */
  readonly groups: readonly DimensionGroupDefinition[];
  /** The readiness dimensions, each in one group: the six of CeDS, or an index's components. */
  readonly dimensions: readonly DimensionDefinition[];
  /** Weights of the rates inside an area score. */
  readonly areaWeights: AreaComponentWeights;
  /** Weights of services and readiness in the overall score. */
  readonly overallWeights: OverallWeights;
  /** How the `Average` row weighs the areas: equally, or by their number of services. */
  readonly areaWeighting: 'equal' | 'services';
  /** Arithmetic or geometric aggregation at each level. */
  readonly aggregation: AggregationChoice;
  /** Maturity bands, lowest first, on the rounded score. */
  readonly levels: readonly LevelBand[];
  /** Decimals that reported scores are rounded to (half-up, once). */
  readonly precision: number;
  /** Missing-data policy and minimum coverage. */
  readonly missingData: MissingDataRules;
  /** Budget execution bands, narrowest first; the last has `maxDeviation: null`. */
  readonly budgetBands: readonly BudgetBand[];
}

/**
 * A deep partial of a methodology, as taken by `defineMethodology`. Arrays replace whole; a key
 * given as `undefined` leaves the base value in place, like an absent key.
 */
export type MethodologyOverrides = {
  readonly [K in keyof Methodology]?:
    | (Methodology[K] extends readonly unknown[]
        ? Methodology[K]
        : Methodology[K] extends object
          ? { readonly [P in keyof Methodology[K]]?: Methodology[K][P] | undefined }
          : Methodology[K])
    | undefined;
};

/**
 * One difference between two methodologies. Items of `areas`, `groups` and `dimensions` are
 * keyed by their id in the path (e.g. `['areas', 'e-city', 'label']`); other arrays by index.
 */
export interface MethodologyDifference {
  /**
   * `changed` when both sides have a value, `added` when only the second has one, `removed`
   * when only the first has one.
   */
  readonly kind: 'changed' | 'added' | 'removed';
  /** Path of the differing value, e.g. `['areaWeights', 'operation']`. */
  readonly path: readonly (string | number)[];
  /** The value in the first methodology; absent (undefined) when `kind` is `added`. */
  readonly before?: unknown;
  /** The value in the second methodology; absent (undefined) when `kind` is `removed`. */
  readonly after?: unknown;
}

// ---------------------------------------------------------------------------------------------
// Input: what a city enters; docs/methodology.md says how each field counts.
// ---------------------------------------------------------------------------------------------

/** Where a service stands. */
export type ServiceStatus = 'operating' | 'developing' | 'planned' | 'absent';

/** A service (system) of an area, as entered by the city. */
export interface ServiceInput {
  /** Unique within the assessment. */
  readonly id: string;
  /** An area id of the methodology. */
  readonly area: string;
  /** The system's name, e.g. `ipMail System (plus Mail)`. */
  readonly name: string;
  /** `operating`, `developing`, `planned` or `absent`. */
  readonly status: ServiceStatus;
  /** 0 (no system) to 5; `absent` requires 0, `operating` at least 1. */
  readonly level: number;
  /** Share of intended users who use it, 0–100; only for `operating` services. */
  readonly utilization?: number | null | undefined;
  /** False takes the service out of every denominator; default true. */
  readonly applicable?: boolean | undefined;
}

/** Fields every indicator has. */
export interface IndicatorBase {
  /** Unique within its dimension. */
  readonly id: string;
  /** Weight within the dimension; default 1. */
  readonly weight?: number | undefined;
}

/** A Likert answer from `min` to `max` (default 1–5): 100 × (x − min) / (max − min). */
export interface LikertIndicator extends IndicatorBase {
  /** Discriminant: always `'likert'`. */
  readonly kind: 'likert';
  /** Lowest answer; default 1. */
  readonly min?: number | undefined;
  /** Highest answer; default 5. */
  readonly max?: number | undefined;
  /** An integer answer, or null when not answered. */
  readonly value: number | null;
}

/** A yes/no answer: 100 or 0. */
export interface BooleanIndicator extends IndicatorBase {
  /** Discriminant: always `'boolean'`. */
  readonly kind: 'boolean';
  /** The answer, or null when not answered. */
  readonly value: boolean | null;
}

/** A percentage (0–100), taken as given. */
export interface PercentIndicator extends IndicatorBase {
  /** Discriminant: always `'percent'`. */
  readonly kind: 'percent';
  /** 0–100, or null when not answered. */
  readonly value: number | null;
}

/** An answer from an explicit answer → score map (scores 0–100). */
export interface OrdinalIndicator extends IndicatorBase {
  /** Discriminant: always `'ordinal'`. */
  readonly kind: 'ordinal';
  /** Map from each possible answer to its score, e.g. `{ "0": 0, "1": 33.33, "2": 66.67, "3": 100 }`. */
  readonly scale: Readonly<Record<string, number>>;
  /** One of the scale's answers (numbers match their string form), or null. */
  readonly value: string | number | null;
}

/** A raw figure scored between goalposts, clamped to 0–100. */
export interface NumericIndicator extends IndicatorBase {
  /** Discriminant: always `'numeric'`. */
  readonly kind: 'numeric';
  /** The goalpost scored 0 (higher-is-better) or 100 (lower-is-better). */
  readonly low: number;
  /** The other goalpost; must differ from `low`. */
  readonly high: number;
  /** Whether higher figures are better. */
  readonly direction: 'higher-is-better' | 'lower-is-better';
  /** The figure, or null. */
  readonly value: number | null;
}

/** A score already on 0–100. */
export interface ScoreIndicator extends IndicatorBase {
  /** Discriminant: always `'score'`. */
  readonly kind: 'score';
  /** 0–100, or null. */
  readonly value: number | null;
}

/** Any indicator of a dimension. */
export type IndicatorInput =
  LikertIndicator | BooleanIndicator | PercentIndicator | OrdinalIndicator | NumericIndicator | ScoreIndicator;

/** A readiness dimension's answers: indicators, or a direct score (not both). */
export interface DimensionInput {
  /** A dimension id of the methodology. */
  readonly id: string;
  /** The indicators that score the dimension. */
  readonly indicators?: readonly IndicatorInput[] | undefined;
  /** A direct score 0–100 instead of indicators. */
  readonly score?: number | undefined;
}

/** A money amount: a plain decimal string such as `"1200000000.50"`, or a finite number. */
export type Amount = string | number;

/** One budget line: an area, optionally a fiscal year, what was budgeted and what was spent. */
export interface BudgetLineInput {
  /** An area id of the methodology. */
  readonly area: string;
  /** Fiscal year, optional. */
  readonly year?: number | undefined;
  /** Budgeted amount (≥ 0). */
  readonly budget: Amount;
  /** Spent amount (≥ 0). */
  readonly spending: Amount;
  /** Must equal the budget's currency when given. */
  readonly currency?: string | undefined;
}

/** Budget vs spending for e-government. */
export interface BudgetInput {
  /** ISO 4217 code, e.g. `KRW`. */
  readonly currency: string;
  /** The budget lines. */
  readonly lines: readonly BudgetLineInput[];
}

/** The city being assessed. */
export interface CityInput {
  /** Stable id, e.g. `seoul`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 country code, optional. */
  readonly country?: string | undefined;
}

/** Everything a city enters for one assessment. */
export interface CityAssessmentInput {
  /** The city. */
  readonly city: CityInput;
  /** The assessment period, e.g. `2015`. */
  readonly period?: string | undefined;
  /** The services (systems) of every area; none when omitted. */
  readonly services?: readonly ServiceInput[] | undefined;
  /** Readiness answers per dimension. */
  readonly dimensions?: readonly DimensionInput[] | undefined;
  /** Budget vs spending, optional. */
  readonly budget?: BudgetInput | null | undefined;
}

// ---------------------------------------------------------------------------------------------
// Result: plain, deeply frozen, JSON-serialisable.
// ---------------------------------------------------------------------------------------------

/** A score and its level; both null when there is no score. */
export interface ScoreWithLevel {
  /** 0–100, rounded to the methodology's precision, or null. */
  readonly score: number | null;
  /** The band of the rounded score, or null. */
  readonly level: Level | null;
}

/** A row of the Area chart (one per area, plus the `Average` row). */
export interface AreaRow extends ScoreWithLevel {
  /** The area id, or `average`. */
  readonly id: string;
  /** The printed label, or `Average`. */
  readonly label: string;
  /** Number of applicable services (Σ over areas in the `Average` row). */
  readonly totalServices: number;
  /** Operation (%), or null. */
  readonly operationRate: number | null;
  /** Developing (%), or null. */
  readonly developmentRate: number | null;
  /** Utilization (%), or null when no operating service reports one. */
  readonly utilizationRate: number | null;
}

/** A service record as normalised by the engine. */
export interface ServiceRecord {
  /** As given. */
  readonly id: string;
  /** As given. */
  readonly area: string;
  /** As given. */
  readonly name: string;
  /** As given. */
  readonly status: ServiceStatus;
  /** As given (0–5). */
  readonly level: number;
  /** As given, or null when not reported. */
  readonly utilization: number | null;
  /** As given, default true. */
  readonly applicable: boolean;
}

/** A row of the Dimensions table. */
export interface DimensionRow extends ScoreWithLevel {
  /** The dimension id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** The id of its group, e.g. `internal`. */
  readonly group: string;
}

/** A group row of the Dimensions table, e.g. Internal. */
export interface GroupRow extends ScoreWithLevel {
  /** The group id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
}

/** One line of Budget vs spending. Money is exact decimal strings. */
export interface BudgetRow {
  /** Σ budget. */
  readonly budget: string;
  /** Σ spending. */
  readonly spending: string;
  /** spending − budget. */
  readonly variance: string;
  /** 100 × spending / budget, rounded; null when the budget is 0. */
  readonly executionRate: number | null;
  /** The execution band, or null when there is no rate. */
  readonly band: string | null;
}

/** Budget vs spending of one fiscal year (within an area, or over all areas). */
export interface BudgetYearRow extends BudgetRow {
  /** The fiscal year, or null for lines given without one. */
  readonly year: number | null;
}

/** Budget vs spending of one area. */
export interface BudgetAreaRow extends BudgetRow {
  /** The area id. */
  readonly id: string;
  /** The printed label. */
  readonly label: string;
  /** Per fiscal year, ascending, lines without a year last. */
  readonly years: readonly BudgetYearRow[];
}

/** The Budget vs spending table. */
export interface BudgetSummary {
  /** ISO 4217 code. */
  readonly currency: string;
  /** Areas that have budget lines, in methodology order. */
  readonly areas: readonly BudgetAreaRow[];
  /** Per fiscal year over all areas. */
  readonly years: readonly BudgetYearRow[];
  /** Over everything. */
  readonly total: BudgetRow;
}

/** One component of an explained score. Exact values are decimal strings. */
export interface ExplanationComponent {
  /** What the component is (a rate, an indicator, a dimension, an area …). */
  readonly id: string;
  /** Its value on 0–100, exact. */
  readonly value: string;
  /** Its normalised weight (the counted weights sum to 1), exact. */
  readonly weight: string;
  /** Its share of the unrounded aggregate; the shares sum to `unrounded`. */
  readonly contribution: string;
}

/** How one score of the result was made; see docs/methodology.md, "Explanations". */
export interface Explanation {
  /** The aggregation used. */
  readonly method: Aggregation;
  /** The reported (rounded) score, or null. */
  readonly score: number | null;
  /** The exact value before rounding, or null. */
  readonly unrounded: string | null;
  /** Percent (0–100) of the weight that carried data. */
  readonly coverage: number;
  /** The components that counted. */
  readonly components: readonly ExplanationComponent[];
  /** Components left out, and why. */
  readonly excluded: readonly {
    /** Id of the left-out component, as it would appear in `components`. */
    readonly id: string;
    /** Why it was left out, in plain words, e.g. `not answered` or `no applicable services`. */
    readonly reason: string;
  }[];
}

/** How much of the assessment carried data, in percent (0–100). */
export interface AssessmentCoverage {
  /** Areas with at least one applicable service; null when the methodology has no areas. */
  readonly areas: number | null;
  /** Operating, applicable services that report a utilization (null when none operate). */
  readonly utilization: number | null;
  /** Weight of the readiness dimensions that carry data; null when the methodology has none. */
  readonly dimensions: number | null;
  /** Weight of the overall score (services and readiness) that carries data. */
  readonly overall: number;
}

/** The result of `assessCity`: every number of the CeDS report. */
export interface CityAssessment {
  /**
   * Which methodology made it: its `id` and `version`, and the whole `definition`, so that
   * `compareAssessments` can tell (and name) what differs between two editions.
   */
  readonly methodology: {
    /** The methodology's `id`. */
    readonly id: string;
    /** The methodology's `version`, e.g. `1.0.0`. */
    readonly version: string;
    /** The whole methodology used. */
    readonly definition: Methodology;
  };
  /** The city as given. */
  readonly city: CityInput;
  /** The period as given, or null. */
  readonly period: string | null;
  /** The Area chart, one row per area in methodology order. */
  readonly areas: readonly AreaRow[];
  /** The `Average` row of the Area chart (`id: 'average'`). */
  readonly average: AreaRow;
  /** Every service, normalised. */
  readonly services: readonly ServiceRecord[];
  /** The Dimensions table, one row per dimension in methodology order. */
  readonly dimensions: readonly DimensionRow[];
  /** The group rows of the Dimensions table, in methodology order (Internal, External in CeDS). */
  readonly groups: readonly GroupRow[];
  /** The `Overall level` row of the Dimensions table. */
  readonly readiness: ScoreWithLevel;
  /** Services and readiness combined. */
  readonly overall: ScoreWithLevel;
  /** Budget vs spending, or null when no budget was given. */
  readonly budget: BudgetSummary | null;
  /** How much of the assessment carried data. */
  readonly coverage: AssessmentCoverage;
  /** Everything excluded, estimated or unscored. */
  readonly warnings: readonly CedsWarning[];
  /**
   * How each score was made, keyed by result path: `overall`, `readiness`, `groups.<id>`,
   * `dimensions.<id>`, `average`, `areas.<id>`. Empty when `explain: false`.
   */
  readonly explanations: Readonly<Record<string, Explanation>>;
}
