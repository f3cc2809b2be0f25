import type { AwardResults, CategoryResult, RankedEntry } from '../awards/types.js';
import { renderTable } from './table.js';
import { fixed, NONE, oneLine } from './text.js';

/** Titles wider than this are cut with `…`, so the grid stays readable. */
const TITLE_WIDTH = 40;
const ID_WIDTH = 24;

// A judge's distance from the panel, with its sign: `+2.50`, `-1.00`.
function signed(value: number | null, precision: number): string {
  return value !== null && value > 0 ? `+${fixed(value, precision)}` : fixed(value, precision);
}

function judgesText(entry: RankedEntry): string {
  const { counted, recused, trimmed, incomplete } = entry.judges;
  const notes = [
    recused.length > 0 ? `${recused.length} recused` : '',
    trimmed.length > 0 ? `${trimmed.length} trimmed` : '',
    incomplete.length > 0 ? `${incomplete.length} incomplete` : '',
    entry.fallback === 'median' ? 'median fallback' : '',
  ].filter(Boolean);
  return notes.length === 0 ? String(counted.length) : `${counted.length} (${notes.join(', ')})`;
}

function categoryText(category: CategoryResult, precision: number): string {
  const ranking = renderTable(
    [
      { header: 'Rank', align: 'right' },
      { header: 'Entry', maxWidth: TITLE_WIDTH },
      { header: 'Participant', maxWidth: ID_WIDTH },
      { header: 'Aggregate', align: 'right' },
      { header: 'Prize', maxWidth: ID_WIDTH },
      { header: 'Judges counted' },
      { header: 'Tie-break' },
    ],
    category.ranking.map((entry) => [
      entry.rank === null ? NONE : String(entry.rank),
      entry.title,
      entry.participantId,
      fixed(entry.aggregate, precision),
      entry.prize ?? (entry.belowQuorum ? 'below quorum' : NONE),
      judgesText(entry),
      entry.tieBreak.decidedBy ?? (entry.tieBreak.sharesRank ? 'shared' : ''),
    ]),
  );
  const prizes = renderTable(
    [{ header: 'Tier', maxWidth: ID_WIDTH }, { header: 'Entries' }],
    category.prizes.map((p) => [p.tier, p.entryIds.length === 0 ? 'vacant' : p.entryIds.join(', ')]),
  );
  return `${oneLine(`${category.name} (${category.id})`)}\n\n${ranking}\n\n${prizes}`;
}

/**
 * Prints award results as aligned plain text: per category, the ranking (rank, entry,
 * participant, aggregate, prize, judges counted, deciding tie-break) and the prizes (vacant
 * tiers say so); then the recusals, the judge diagnostics and the warnings. Column widths come
 * from the content; long titles are cut with `…`. Every piece of input text (the edition,
 * names, titles, ids, warning texts) is printed on one line: control characters become spaces
 * and bidirectional controls are removed, so no input can break a line, drive a terminal or
 * reorder the figures beside it. Zero I/O: it returns the string.
 *
 * @param results - what `judgeAwards` returned
 * @returns the report, lines joined with `\n`
 *
 * @example
 * ```ts
 * import { formatAwardResults, judgeAwards } from 'wego-ceds';
 * const program = {
 *   edition: 'Demo',
 *   categories: [{ id: 'services', name: 'Services' }],
 *   tiers: [{ id: 'best', name: 'Best' }],
 *   rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
 *   panel: [{ id: 'a', name: 'A', country: 'FI', organization: 'X' }],
 * };
 * const submissions = {
 *   participants: [{ id: 'taipei', name: 'Taipei', kind: 'city', country: 'TW', membership: 'member' }],
 *   entries: [{ id: 'e1', participantId: 'taipei', category: 'services', title: 'Travel planner' }],
 *   scores: [{ judgeId: 'a', entryId: 'e1', criterionId: 'overall', value: 8 }],
 * };
 * formatAwardResults(judgeAwards(program, submissions)).split('\n')[7]; // => '   1  Travel planner  taipei           80.00  best   1'
 * ```
 */
export function formatAwardResults(results: AwardResults): string {
  const { method, trim } = results.aggregation;
  const head = `${oneLine(results.edition)}\nAggregation: ${method}${method === 'trimmed-mean' ? ` (trim ${trim})` : ''}, ${results.precision} decimals`;
  const parts = [head, ...results.categories.map((c) => categoryText(c, results.precision))];
  parts.push(
    `Recusals\n\n${
      results.recusals.length === 0
        ? 'none'
        : renderTable(
            [{ header: 'Judge', maxWidth: ID_WIDTH }, { header: 'Entry', maxWidth: ID_WIDTH }, { header: 'Reason' }],
            results.recusals.map((r) => [r.judgeId, r.entryId, r.reasons.join(', ')]),
          )
    }`,
  );
  parts.push(
    `Judges\n\n${renderTable(
      [
        { header: 'Judge', maxWidth: TITLE_WIDTH },
        { header: 'Counted', align: 'right' },
        { header: 'Recused', align: 'right' },
        { header: 'Leniency', align: 'right' },
        { header: 'Flags' },
      ],
      results.judges.map((j) => [
        j.name,
        String(j.counted),
        String(j.recused),
        signed(j.leniency, results.precision),
        j.flags.map((f) => `${f.entryId} ${signed(f.deviation, results.precision)}`).join(', '),
      ]),
    )}`,
  );
  if (results.warnings.length > 0)
    parts.push(`Warnings\n\n${results.warnings.map((w) => oneLine(`- ${w.message} (${w.code})`)).join('\n')}`);
  return parts.join('\n\n');
}
