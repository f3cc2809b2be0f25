import { safely, type SafeResult } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { rankCategories } from './category-rankings.js';
import { criterionLines } from './criterion-lines.js';
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
 * - A judge's total for an entry is 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ (under
 *   `rules.scale: 'points'`, Σ wᶜ·vᶜ); a sheet missing a criterion does not count and is
 *   reported (`incomplete-sheet`).
 * - Scores of a judge who must sit out an entry (see `findConflicts`) never count.
 * - The aggregate follows `rules.aggregation`: by `judge` (the default), the method aggregates
 *   the judges' totals; by `criterion`, it aggregates each criterion's marks into a panel mark
 *   rounded to `rules.precision`, and the entry's aggregate is made of those (under `points`,
 *   Σ round(wᶜ × panel mark): the printed lines add up to the total). Entries with fewer
 *   counting judges than the quorum are listed with `rank: null` and take no prize.
 * - Every number is exact until it is rounded, half-up to `rules.precision`, where the rules
 *   say: once for an aggregate by judge; per panel mark (and per line under `points`) by
 *   criterion.
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
 *
 * @example
 * ```ts
 * import { judgeAwards } from 'wego-ceds/awards';
 * // As figure skating scores program components: each criterion's trimmed mean of the nine
 * // judges' marks, rounded, times its factor, rounded; the lines add up to the total.
 * const judges = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7', 'j8', 'j9'];
 * const marks = { composition: [8.25, 8.5, 8.5, 8.25, 8.75, 8, 8.5, 8.25, 9], presentation: [8, 8.5, 8.25, 8, 8.75, 7.75, 8.5, 8.25, 8.5] };
 * const results = judgeAwards(
 *   {
 *     edition: 'Demo',
 *     categories: [{ id: 'free', name: 'Free skating' }],
 *     tiers: [{ id: 'gold', name: 'Gold' }],
 *     rubric: { criteria: [
 *       { id: 'composition', name: 'Composition', weight: 1.6, min: 0, max: 10 },
 *       { id: 'presentation', name: 'Presentation', weight: 0.8, min: 0, max: 10 },
 *     ] },
 *     panel: judges.map((id) => ({ id, name: id, country: 'FI', organization: id })),
 *     rules: { aggregation: { method: 'trimmed-mean', trim: 1, by: 'criterion' }, scale: 'points' },
 *   },
 *   {
 *     participants: [{ id: 'p1', name: 'P1', kind: 'city', country: 'KR', membership: 'member' }],
 *     entries: [{ id: 'e1', participantId: 'p1', category: 'free', title: 'Free skating' }],
 *     scores: Object.entries(marks).flatMap(([criterionId, values]) =>
 *       values.map((value, j) => ({ judgeId: judges[j], entryId: 'e1', criterionId, value }))),
 *   },
 * );
 * const [line] = results.categories[0].ranking;
 * // composition: (8.25 + 8.5 + 8.5 + 8.25 + 8.75 + 8.5 + 8.25) / 7 = 8.428… → 8.43; × 1.6 = 13.488 → 13.49
 * // presentation: (8 + 8.5 + 8.25 + 8 + 8.5 + 8.25 + 8.5) / 7 = 8.285… → 8.29; × 0.8 = 6.632 → 6.63
 * line.criteria.map((c) => [c.id, c.panelMark, c.points, c.judges.trimmed]); // => [['composition', 8.43, 13.49, ['j6', 'j9']], ['presentation', 8.29, 6.63, ['j5', 'j6']]]
 * line.aggregate; // => 20.12
 * ```
 */
export function judgeAwards(program: AwardProgramDefinition | AwardProgram, submissions: Submissions): AwardResults {
  // One stage per step of docs/awards.md, "The computation"; each returns plain records and
  // its own warnings, gathered in stage order.
  const defined = defineAwardProgram(program);
  const table = validateSubmissions(defined, submissions);
  const recusals = recusalsOf(defined, table);
  const layout = rubricLayout(defined.rubric.criteria, table.decimals, defined.rules.scale);
  const sheets = readSheets(defined, table, layout, recusals);
  const lines = criterionLines(defined, table, layout, sheets.entries);
  const aggregates = aggregateEntries(defined, sheets.entries, layout, lines);
  const rankings = rankCategories(defined, aggregates.entries, {
    keyOf: tieBreakKeys(defined),
    denominator: layout.denominator,
  });
  const judges = judgeDiagnostics(defined, {
    sheets: aggregates.entries,
    recusals,
    standardization: aggregates.standardization,
    denominator: layout.denominator,
    scale: layout.scale,
  });
  const { method, trim, by } = defined.rules.aggregation;
  return deepFreeze({
    edition: defined.edition,
    aggregation: { method, trim, by },
    precision: defined.rules.precision,
    scale: defined.rules.scale,
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
