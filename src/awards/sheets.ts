import { byId } from '../core/compare.js';
import type { CedsWarning } from '../core/errors.js';
import type { CountedTotal } from './aggregation.js';
import type { ScoreTable } from './submissions.js';
import { ABSENT, INCOMPLETE, sheetNumerator, type RubricLayout } from './totals.js';
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
 * when they scored anyway), an incomplete sheet does not count (a warning), an empty sheet
 * means the judge did not judge the entry.
 * @internal
 */
export function readSheets(
  program: AwardProgram,
  table: ScoreTable,
  layout: RubricLayout,
  recusals: readonly Recusal[],
): Sheets {
  const { panel } = program;
  const J = panel.length;
  const C = program.rubric.criteria.length;
  const rowOf = new Map(table.entries.map((e, row) => [e.id, row]));
  const judgeIndex = new Map(panel.map((j, i) => [j.id, i]));
  const recused = new Uint8Array(table.entries.length * J);
  for (const r of recusals) recused[rowOf.get(r.entryId)! * J + judgeIndex.get(r.judgeId)!] = 1;

  const warnings: CedsWarning[] = [];
  const entries = [...table.entries].sort(byId).map((entry): EntrySheets => {
    const row = rowOf.get(entry.id)!;
    const counted: CountedSheet[] = [];
    const recusedJudges: string[] = [];
    const incomplete: string[] = [];
    panel.forEach((judge, j) => {
      const n = sheetNumerator(table.values, (row * J + j) * C, layout);
      const path = ['entries', entry.id, 'judges', judge.id];
      if (recused[row * J + j] === 1) {
        recusedJudges.push(judge.id);
        if (n !== ABSENT) {
          warnings.push({
            code: 'conflicted-scores-ignored',
            path,
            message: `${judge.name} sits out entry ${JSON.stringify(entry.id)}; their scores for it were not counted`,
          });
        }
      } else if (n === INCOMPLETE) {
        incomplete.push(judge.id);
        warnings.push({
          code: 'incomplete-sheet',
          path,
          message: `${judge.name} did not score every criterion of entry ${JSON.stringify(entry.id)}; the sheet was not counted`,
        });
      } else if (n !== ABSENT) {
        counted.push({ judge: j, judgeId: judge.id, n });
      }
    });
    return { entry, row, counted, recused: recusedJudges, incomplete };
  });
  return { entries, warnings };
}
