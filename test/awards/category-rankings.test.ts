import { describe, expect, test } from 'vitest';
import { rankCategories } from '../../src/awards/category-rankings.js';
import { tieBreakKeys } from '../../src/awards/tie-breaks.js';
import type { AwardProgramDefinition, Submissions } from '../../src/awards.js';
import { aggregatedStages, entry, participant, sheet, singleCriterionProgram } from './fixtures.js';

function rankings(definition: AwardProgramDefinition, parts: Partial<Submissions>) {
  const { program, layout, aggregates } = aggregatedStages(definition, parts);
  return rankCategories(program, aggregates.entries, {
    keyOf: tieBreakKeys(program),
    denominator: layout.denominator,
  });
}

const four = [participant('p1'), participant('p2'), participant('p3'), participant('p4')];

describe('rankCategories', () => {
  test('each category ranks its entries that meet the quorum, then lists the others unranked with a warning', () => {
    const { categories, warnings } = rankings(singleCriterionProgram(), {
      participants: four,
      entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3'), entry('d', 'p4', 'open-city')],
      scores: [...sheet('a', [9, 9]), ...sheet('b', [6, 6, 6]), ...sheet('d', [5, 5, 5])],
    });
    expect(categories.map((c) => [c.id, c.ranking.map((l) => [l.entryId, l.rank, l.aggregate, l.prize])])).toEqual([
      [
        'services',
        [
          ['b', 1, 60, 'best'],
          ['a', null, 90, null],
          ['c', null, null, null],
        ],
      ],
      ['open-city', [['d', 1, 50, 'best']]],
    ]);
    expect(categories[0]!.ranking[1]).toMatchObject({
      belowQuorum: true,
      prizeNote: 'below the quorum of 3 counting judges',
      totals: [
        { judgeId: 'j1', total: 90 },
        { judgeId: 'j2', total: 90 },
      ],
    });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['below-quorum', ['entries', 'a']],
      ['below-quorum', ['entries', 'c']],
    ]);
  });

  test('entries equal on the aggregate go through the tie-break chain, and each line says which step placed it', () => {
    // a: 6 8 10 and b: 7 9 8 have mean and median 80; c: 9 9 6 has mean 80 but median 90.
    const { categories } = rankings(singleCriterionProgram({ tieBreak: ['median', 'mean'] }), {
      participants: four,
      entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
      scores: [...sheet('a', [6, 8, 10]), ...sheet('b', [7, 9, 8]), ...sheet('c', [9, 9, 6])],
    });
    expect(categories[0]!.ranking.map((l) => [l.entryId, l.rank, l.tieBreak])).toEqual([
      ['c', 1, { tieGroup: 0, decidedBy: 'median', sharesRank: false }],
      ['a', 2, { tieGroup: 0, decidedBy: 'median', sharesRank: true }],
      ['b', 2, { tieGroup: 0, decidedBy: 'median', sharesRank: true }],
    ]);
    expect(categories[0]!.tieGroups).toEqual([{ aggregate: 80, entryIds: ['c', 'a', 'b'] }]);
    expect(categories[0]!.prizes.map((p) => p.entryIds)).toEqual([['c'], ['a', 'b'], []]);
  });
});
