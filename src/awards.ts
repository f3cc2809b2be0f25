// The `wego-ceds/awards` entry: the awards and judging module alone, without the CeDS engine.
export { defineAwardProgram } from './awards/program.js';
export { findConflicts } from './awards/conflicts.js';
export { judgeAwards, safeJudgeAwards } from './awards/judge-awards.js';
export { wegoAwards2014, wegoAwardCategories, wegoAwardTiers2014 } from './awards/wego-awards-2014.js';
export type { WegoAwards2014, WegoPrizeSlot, WegoWinner } from './awards/wego-awards-2014.js';
export { wegoMembershipKinds } from './awards/membership.js';
export { formatAwardResults } from './format/award-results.js';
export { CedsInputError } from './core/errors.js';
export type { CedsIssue, CedsWarning, IssuePath, SafeResult } from './core/errors.js';
export type { IssueCode, WarningCode } from './core/codes.js';
export type * from './awards/types.js';
