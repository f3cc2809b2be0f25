// The root entry: re-exports only. Each line below is appended by the module that owns it.
export { CedsInputError, formatIssuePath } from './core/errors.js';
export type { CedsIssue, CedsWarning, IssuePath, SafeResult } from './core/errors.js';
export { levelForScore, defaultLevelBands } from './core/levels.js';
export type { Level, LevelBand, LevelScale } from './core/levels.js';
export type { Aggregation, MissingDataPolicy } from './core/aggregate.js';
export { defaultMethodology, platformMethodology } from './ceds/presets.js';
export type * from './ceds/types.js';
