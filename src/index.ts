// The root entry: re-exports only. Each line below is appended by the module that owns it.
export { CedsInputError, formatIssuePath } from './core/errors.js';
export type { CedsIssue, CedsWarning, IssuePath, SafeResult } from './core/errors.js';
export { levelForScore, defaultLevelBands } from './core/levels.js';
export type { Level, LevelBand, LevelScale } from './core/levels.js';
export type { Aggregation, MissingDataPolicy } from './core/aggregate.js';
export { defaultMethodology, platformMethodology } from './ceds/presets.js';
export type * from './ceds/types.js';
export { defineMethodology } from './ceds/define-methodology.js';
export { diffMethodologies } from './ceds/diff-methodologies.js';
export { formatAssessment } from './format/assessment.js';
export { toChartData } from './format/chart-data.js';
export type { ChartData, AreaChartData, DimensionChartData, BudgetChartData } from './format/chart-data.js';
export { assessCity, safeAssessCity } from './ceds/assess.js';
export { assessCities } from './ceds/assess-cities.js';
export type { CityAssessmentBatch, CityAssessmentFailure } from './ceds/assess-cities.js';
export { defineAwardProgram } from './awards/program.js';
export { findConflicts } from './awards/conflicts.js';
export { judgeAwards, safeJudgeAwards } from './awards/judge-awards.js';
export { wegoAwards2014, wegoAwardCategories, wegoAwardTiers2014 } from './awards/wego-awards-2014.js';
export type { WegoAwards2014, WegoPrizeSlot, WegoWinner } from './awards/wego-awards-2014.js';
export { wegoMembershipKinds } from './awards/membership.js';
export { formatAwardResults } from './format/award-results.js';
export type * from './awards/types.js';
export { findConsiderations } from './ceds/considerations.js';
export type { Consideration, ConsiderationKind, ConsiderationOptions } from './ceds/considerations.js';
export { compareAssessments } from './ceds/compare-assessments.js';
export type {
  AssessmentComparison,
  AssessmentDifference,
  AreaRowChange,
  DimensionRowChange,
  ScoreChange,
  ValueChange,
} from './ceds/compare-assessments.js';
export { rankAssessments } from './ceds/rank-assessments.js';
export type {
  AssessmentCohort,
  AssessmentRanking,
  CohortAreaRow,
  CohortDimensionRow,
  CohortStatistics,
  RankBy,
  RankedCity,
  RankOptions,
  UnrankedCity,
} from './ceds/rank-assessments.js';
export { analyzeSensitivity } from './ceds/sensitivity.js';
export type { SensitivityLevelCount, SensitivityOptions, SensitivityResult } from './ceds/sensitivity.js';
