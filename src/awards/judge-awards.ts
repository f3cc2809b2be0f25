import { safely, type SafeResult } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { rankCategories } from './category-rankings.js';
import { judgeDiagnostics } from './diagnostics.js';
import { aggregateEntries } from './entry-aggregates.js';
import { defineAwardProgram } from './program.js';
import { recusalsOf } from './recusals.js';
import { readSheets } from './sheets.js';
import { validateSubmissions } from './submissions.js';
import { tieBreakKeys } from './tie-breaks.js';
import { rubricLayout } from './totals.js';
import type { AwardProgram, AwardProgramDefinition, AwardResults, Submissions } from './types.js';

/**
 * Runs the whole judging of an award program: judge totals, recusals, aggregation, quorum,
 * ranking with the tie-break chain, prizes by competition rank and judge diagnostics.
 *
 * - A judge's total for an entry is 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ; a sheet
 *   missing a criterion does not count and is reported (`incomplete-sheet`).
 * - Scores of a judge who must sit out an entry (see `findConflicts`) never count.
 * - The aggregate follows `rules.aggregation`; entries with fewer counting judges than the
 *   quorum are listed with `rank: null` and take no prize.
 * - Every number is exact until it is rounded, once, half-up to `rules.precision`.
 *
 * @param program - a program or its definition (validated by `defineAwardProgram`)
 * @param submissions - `{ participants, entries, scores }`
 * @returns plain, deeply frozen, JSON-round-trippable results
 * @throws CedsInputError when the program or the submissions are invalid
 *
 * @example
 * ```ts
 * import { judgeAwards } from 'wego-ceds/awards';
 * const program = {
 *   edition: 'Demo',
 *   categories: [{ id: 'open-city', name: 'Open City' }],
 *   tiers: [{ id: 'best', name: 'Best' }, { id: 'outstanding', name: 'Outstanding' }],
 *   rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
 *   panel: ['a', 'b', 'c'].map((id) => ({ id, name: id, country: 'FI', organization: id })),
 * };
 * const participants = [
 *   { id: 'p1', name: 'City One', kind: 'city', country: 'KR', membership: 'member' },
 *   { id: 'p2', name: 'City Two', kind: 'city', country: 'BR', membership: 'non-member' },
 * ];
 * const entries = [
 *   { id: 'e1', participantId: 'p1', category: 'open-city', title: 'Open data' },
 *   { id: 'e2', participantId: 'p2', category: 'open-city', title: 'Open budget' },
 * ];
 * const scores = [[7.5, 8, 7], [6, 9, 8.5]].flatMap((row, e) =>
 *   row.map((value, j) => ({ judgeId: ['a', 'b', 'c'][j], entryId: `e${e + 1}`, criterionId: 'overall', value })));
 * const results = judgeAwards(program, { participants, entries, scores });
 * results.categories[0].ranking.map((r) => [r.entryId, r.rank, r.aggregate, r.prize]); // => [['e2', 1, 78.33, 'best'], ['e1', 2, 75, 'outstanding']]
 * ```
 */
export function judgeAwards(program: AwardProgramDefinition | AwardProgram, submissions: Submissions): AwardResults {
  // One stage per step of docs/awards.md, "The computation"; each returns plain records and
  // its own warnings, gathered in stage order.
  const defined = defineAwardProgram(program);
  const table = validateSubmissions(defined, submissions);
  const recusals = recusalsOf(defined, table);
  const layout = rubricLayout(defined.rubric.criteria, table.decimals);
  const sheets = readSheets(defined, table, layout, recusals);
  const aggregates = aggregateEntries(defined, sheets.entries, layout.denominator);
  const rankings = rankCategories(defined, aggregates.entries, {
    keyOf: tieBreakKeys(defined, table, layout),
    denominator: layout.denominator,
  });
  const judges = judgeDiagnostics(defined, {
    sheets: sheets.entries,
    recusals,
    standardization: aggregates.standardization,
    denominator: layout.denominator,
  });
  const { method, trim } = defined.rules.aggregation;
  return deepFreeze({
    edition: defined.edition,
    aggregation: { method, trim },
    precision: defined.rules.precision,
    categories: rankings.categories,
    recusals,
    judges,
    warnings: [...sheets.warnings, ...aggregates.warnings, ...rankings.warnings],
  });
}

/**
 * `judgeAwards` that returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing `CedsInputError`. It never throws for any input: a getter or a Proxy that throws
 * while the input is read (once) becomes an issue at the path read. The outcome, the error and
 * its issues are frozen.
 *
 * @example
 * ```ts
 * import { safeJudgeAwards } from 'wego-ceds/awards';
 * const result = safeJudgeAwards({ edition: '', categories: [], tiers: [], rubric: { criteria: [] }, panel: [] }, { participants: [], entries: [], scores: [] });
 * result.success; // => false
 * result.error.issues[0].path; // => ['edition']
 * Object.isFrozen(result); // => true
 * ```
 */
export function safeJudgeAwards(
  program: AwardProgramDefinition | AwardProgram,
  submissions: Submissions,
): SafeResult<AwardResults> {
  const outcome = safely(() => judgeAwards(program, submissions));
  if (!outcome.success) Object.freeze(outcome.error);
  return Object.freeze(outcome);
}
