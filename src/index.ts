// The root entry `wego-ceds`: the whole public API, re-exported from the modules that define it
// and grouped as below (CeDS scoring, methodology, insight, awards, presentation, errors).
// Nothing is defined or run here.

// CeDS scoring: a city's input in, every number of the CeDS report out.
export { assessCity, safeAssessCity } from './ceds/assess.js';
export { assessCities } from './ceds/assess-cities.js';
export type { CityAssessmentBatch, CityAssessmentFailure } from './ceds/assess-cities.js';
export type { AssessCitiesOptions, AssessCityOptions, ScoringOptions } from './ceds/assess-options.js';
export { levelForScore, defaultLevelBands } from './core/levels.js';
export type { Level, LevelBand, LevelScale } from './core/levels.js';
export type * from './ceds/types.js';

// Methodology: the weights, bands and policies, as data.
export { defaultMethodology, platformMethodology } from './ceds/presets.js';
export { defineMethodology } from './ceds/define-methodology.js';
export { diffMethodologies } from './ceds/diff-methodologies.js';
export type { Aggregation, MissingDataPolicy } from './core/aggregate.js';

// Insight: what would raise a score, where a city stands, what changed, how much the weights matter.
export { findConsiderations } from './ceds/considerations.js';
export type { Consideration, ConsiderationKind, FindConsiderationsOptions } from './ceds/considerations.js';
export { rankAssessments } from './ceds/rank-assessments.js';
export type {
  AssessmentCohort,
  AssessmentRanking,
  CohortAreaRow,
  CohortDimensionRow,
  CohortGroupRow,
  CohortStatistics,
  RankAssessmentsOptions,
  RankBy,
  RankedCity,
  UnrankedCity,
} from './ceds/rank-assessments.js';
export { compareAssessments } from './ceds/compare-assessments.js';
export type {
  AssessmentComparison,
  AssessmentDifference,
  AreaRowChange,
  GroupRowChange,
  DimensionRowChange,
  ScoreChange,
  ValueChange,
} from './ceds/compare-assessments.js';
export { analyzeSensitivity } from './ceds/sensitivity.js';
export type { AnalyzeSensitivityOptions, SensitivityLevelCount, SensitivityResult } from './ceds/sensitivity.js';

// Awards: programs, conflicts of interest and judging (also the `wego-ceds/awards` entry).
export { defineAwardProgram } from './awards/program.js';
export { findConflicts } from './awards/conflicts.js';
export { judgeAwards, safeJudgeAwards } from './awards/judge-awards.js';
export { wegoAwards2014, wegoAwardCategories, wegoAwardTiers2014 } from './awards/wego-awards-2014.js';
export type { WegoAwards2014, WegoPrizeSlot, WegoWinner } from './awards/wego-awards-2014.js';
export { wegoMembershipKinds } from './awards/membership.js';
export type * from './awards/types.js';

// Presentation: text reports and chart data (SVG charts are the `wego-ceds/svg` entry).
export { formatAssessment } from './format/assessment.js';
export { toChartData } from './format/chart-data.js';
export type { ChartData, AreaChartData, DimensionChartData, BudgetChartData } from './format/chart-data.js';
export { formatAwardResults } from './format/award-results.js';

// Errors: what every function throws or returns for bad input, and the warnings of a result.
export { CedsInputError, formatIssuePath } from './core/errors.js';
export type { CedsIssue, CedsWarning, IssuePath, SafeResult } from './core/errors.js';
export { issueCodes, warningCodes } from './core/codes.js';
export type { IssueCode, WarningCode } from './core/codes.js';
