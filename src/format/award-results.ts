import type { AwardResults, CategoryResult, RankedEntry } from '../awards/types.js';
import { decimalsOf } from '../core/numbers.js';
import { renderTable, truncateText, type TableColumn, type TableRow } from './table.js';
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

// A judge's mark as given: at least the report's decimals, never fewer than the mark has.
function markText(value: number, precision: number): string {
  return fixed(value, Math.max(precision, decimalsOf(value)));
}

// Figures the panel dropped are shown in brackets, as in a published protocol.
function dropped(text: string, trimmed: boolean): string {
  return trimmed ? `[${text}]` : text;
}

/**
 * One entry's protocol: a row per criterion with each counted judge's mark (trimmed ones in
 * brackets), the weight, the panel mark and the points; then the total. By judge, the last row
 * holds each judge's total (trimmed ones in brackets) and the aggregate.
 */
function protocolText(entry: RankedEntry, results: AwardResults): string {
  const { precision } = results;
  const byJudge = results.aggregation.by === 'judge';
  const judges = entry.criteria[0]!.judges.counted;
  const columns: TableColumn[] = [
    { header: 'Criterion', maxWidth: ID_WIDTH },
    { header: 'Weight', align: 'right' },
    ...judges.map((id): TableColumn => ({ header: id, align: 'right', maxWidth: ID_WIDTH })),
    { header: 'Panel mark', align: 'right' },
    { header: 'Points', align: 'right' },
  ];
  const rows: TableRow[] = entry.criteria.map((c) => {
    const trimmed = new Set(c.judges.trimmed);
    return [
      c.id,
      markText(c.weight, 2),
      ...c.marks.map((m) => dropped(markText(m.mark, precision), trimmed.has(m.judgeId))),
      fixed(c.panelMark, precision),
      fixed(c.points, precision),
    ];
  });
  const trimmed = new Set(entry.judges.trimmed);
  const totals = byJudge ? entry.totals.map((t) => dropped(fixed(t.total, precision), trimmed.has(t.judgeId))) : [];
  rows.push(null, [
    byJudge ? 'Judge totals' : 'Total',
    '',
    ...judges.map((_, j) => totals[j] ?? ''),
    '',
    fixed(entry.aggregate, precision),
  ]);
  const cut = (text: string, width: number) => truncateText(oneLine(text), width);
  return `Protocol of ${cut(entry.title, TITLE_WIDTH)} (${cut(entry.entryId, ID_WIDTH)})\n\n${renderTable(columns, rows)}`;
}

function categoryText(category: CategoryResult, results: AwardResults): string {
  const { precision } = results;
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
  const protocols = category.ranking.filter((e) => e.criteria.length > 0).map((e) => protocolText(e, results));
  return [`${oneLine(`${category.name} (${category.id})`)}`, ranking, prizes, ...protocols].join('\n\n');
}

/**
 * Prints award results as aligned plain text: per category, the ranking (rank, entry,
 * participant, aggregate, prize, judges counted, deciding tie-break), the prizes (vacant
 * tiers say so) and a protocol per judged entry, as published judging systems print one: a row
 * per criterion with each counted judge's mark (the marks a trimmed mean dropped in brackets),
 * the weight, the panel mark and the points, then the total (by judge: each judge's total, the
 * dropped ones in brackets, and the aggregate); then the recusals, the judge diagnostics (by
 * criterion, the leniency on each criterion too) and the warnings. Column widths come
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
  const { method, trim, by } = results.aggregation;
  const head = `${oneLine(results.edition)}\nAggregation: ${method}${method === 'trimmed-mean' ? ` (trim ${trim})` : ''}${by === 'criterion' ? ' by criterion' : ''}, ${results.precision} decimals${results.scale === 'points' ? ', in points' : ''}`;
  const parts = [head, ...results.categories.map((c) => categoryText(c, results))];
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
        ...(by === 'criterion' ? [{ header: 'Leniency by criterion' }] : []),
      ],
      results.judges.map((j) => [
        j.name,
        String(j.counted),
        String(j.recused),
        signed(j.leniency, results.precision),
        j.flags.map((f) => `${f.entryId} ${signed(f.deviation, results.precision)}`).join(', '),
        j.criteria.map((c) => `${c.id} ${signed(c.leniency, results.precision)}`).join(', '),
      ]),
    )}`,
  );
  if (results.warnings.length > 0)
    parts.push(`Warnings\n\n${results.warnings.map((w) => oneLine(`- ${w.message} (${w.code})`)).join('\n')}`);
  return parts.join('\n\n');
}
