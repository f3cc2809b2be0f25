import fc from 'fast-check';

// More runs under CI, fewer while developing; FC_SEED replays a failure that fast-check
// printed as `{ seed, path }` (it prints them on every failure).
const seed = process.env['FC_SEED'] === undefined ? undefined : Number(process.env['FC_SEED']);
const numRuns = Number(process.env['FC_RUNS'] ?? (process.env['CI'] ? 300 : 100));
fc.configureGlobal({ numRuns, ...(seed === undefined ? {} : { seed }) });
