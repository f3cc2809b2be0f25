import { byId } from '../core/compare.js';
import type { CedsWarning } from '../core/errors.js';
import type { CountedTotal } from './aggregation.js';
import type { ScoreTable } from './submissions.js';
import { INCOMPLETE, sheetNumerator, type RubricLayout } from './totals.js';
import type { AwardProgram, Entry, Recusal } from './types.js';

/** A judge's complete sheet that counts for an entry: the judge's panel index and total. @internal */
export interface CountedSheet extends CountedTotal {
  readonly judge: number;
}

/** Whose sheets count for one entry, who sat it out and whose sheet was incomplete. @internal */
export interface EntrySheets {
  readonly entry: Entry;
  /** The entry's row in the score table. */
  readonly row: number;
  /** In panel order. */
  readonly counted: readonly CountedSheet[];
  readonly recused: readonly string[];
  readonly incomplete: readonly string[];
}

/** The sheets of every entry, in entry id order, and the warnings about them. @internal */
export interface Sheets {
  readonly entries: readonly EntrySheets[];
  readonly warnings: readonly CedsWarning[];
}

/**
 * Reads every judge's sheet for every entry: a recused judge's sheet never counts (a warning
 * when they scored anyway), an incomplete sheet does not count (a warning), no sheet means the
 * judge did not judge the entry. Only the sheets handed in and the recusals are visited, so the
 * work follows the scores and recusals, never entries × judges.
 * @internal
 */
export function readSheets(
  program: AwardProgram,
  table: ScoreTable,
  layout: RubricLayout,
  recusals: readonly Recusal[],
): Sheets {
  const { panel } = program;
  const rowOf = new Map(table.entries.map((e, row) => [e.id, row]));
  const judgeIndex = new Map(panel.map((j, i) => [j.id, i]));
  const recusedBy = new Map<number, Set<number>>();
  for (const r of recusals) {
    const row = rowOf.get(r.entryId)!;
    let judges = recusedBy.get(row);
    if (judges === undefined) recusedBy.set(row, (judges = new Set()));
    judges.add(judgeIndex.get(r.judgeId)!);
  }

  const warnings: CedsWarning[] = [];
  const entries = [...table.entries].sort(byId).map((entry): EntrySheets => {
    const row = rowOf.get(entry.id)!;
    const sheets = table.sheets[row];
    const recused = recusedBy.get(row);
    const counted: CountedSheet[] = [];
    const recusedJudges: string[] = [];
    const incomplete: string[] = [];
    // In panel order: the judges who scored the entry or sit it out.
    const judges = new Set([...(sheets?.keys() ?? []), ...(recused ?? [])]);
    for (const j of [...judges].sort((a, b) => a - b)) {
      const judge = panel[j]!;
      const sheet = sheets?.get(j);
      if (recused?.has(j) === true) {
        recusedJudges.push(judge.id);
        if (sheet !== undefined) {
          warnings.push({
            code: 'conflicted-scores-ignored',
            path: ['entries', entry.id, 'judges', judge.id],
            message: `${judge.name} sits out entry ${JSON.stringify(entry.id)}; their scores for it were not counted`,
          });
        }
      } else if (sheet !== undefined) {
        const n = sheetNumerator(sheet, table.scores, layout);
        if (n === INCOMPLETE) {
          incomplete.push(judge.id);
          warnings.push({
            code: 'incomplete-sheet',
            path: ['entries', entry.id, 'judges', judge.id],
            message: `${judge.name} did not score every criterion of entry ${JSON.stringify(entry.id)}; the sheet was not counted`,
          });
        } else counted.push({ judge: j, judgeId: judge.id, n });
      }
    }
    return { entry, row, counted, recused: recusedJudges, incomplete };
  });
  return { entries, warnings };
}
