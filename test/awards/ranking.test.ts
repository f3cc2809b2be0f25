import { describe, expect, test } from 'vitest';
import { rankCandidates, type RankingCandidate } from '../../src/awards/ranking.js';

function candidate(entryId: string, aggregate: number, ...keys: number[]): RankingCandidate {
  return { entryId, aggregate, key: (step) => keys[step]! };
}

describe('rankCandidates', () => {
  test('standard competition ranking; entries equal on every step share the rank, listed by entry id', () => {
    const { placements, tieGroups } = rankCandidates(
      [candidate('d', 60, 1), candidate('b', 80, 5), candidate('a', 80, 5), candidate('c', 70, 9)],
      1,
    );
    expect(placements.map((p) => [p.entryId, p.rank, p.tieGroup, p.decidedBy, p.sharesRank])).toEqual([
      ['a', 1, 0, -1, true],
      ['b', 1, 0, -1, true],
      ['c', 3, -1, -1, false],
      ['d', 4, -1, -1, false],
    ]);
    expect(tieGroups).toEqual([{ aggregate: 80, entryIds: ['a', 'b'] }]);
  });

  test('the step that placed an entry is the deepest it needed against either neighbour of its run', () => {
    // On 80: e and f differ at step 0; f, g and h agree on step 0, g and h on every step.
    const { placements, tieGroups } = rankCandidates(
      [
        candidate('h', 80, 5, 2),
        candidate('e', 80, 9, 0),
        candidate('g', 80, 5, 2),
        candidate('f', 80, 5, 3),
        candidate('z', 70, 0, 0),
      ],
      2,
    );
    expect(placements.map((p) => [p.entryId, p.rank, p.decidedBy, p.sharesRank])).toEqual([
      ['e', 1, 0, false],
      ['f', 2, 1, false],
      ['g', 3, 1, true],
      ['h', 3, 1, true],
      ['z', 5, -1, false],
    ]);
    expect(tieGroups).toEqual([{ aggregate: 80, entryIds: ['e', 'f', 'g', 'h'] }]);
  });

  test('a tie of 4,000 entries is reported once: the output grows with the entries, not their square (issue 13, item 13)', () => {
    const many = Array.from({ length: 4000 }, (_, i) => candidate(`e${i}`, 50, 1));
    const ranking = rankCandidates(many, 1);
    expect(ranking.tieGroups).toHaveLength(1);
    expect(ranking.tieGroups[0]!.entryIds).toHaveLength(4000);
    expect(ranking.placements.every((p) => p.rank === 1 && p.tieGroup === 0 && p.sharesRank)).toBe(true);
    expect(JSON.stringify(ranking).length).toBeLessThan(400_000);
  });
});
