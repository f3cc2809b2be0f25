// Judgings far larger than any real award: the work and the output must follow what was given
// (entries, scores, recusals), never entries × judges × criteria, and never the square of a tie.
// How time grows is measured by the bench, not asserted here: tests make no timing claims.
import { describe, expect, test } from 'vitest';
import { judgeAwards, type AwardProgramDefinition, type Score, type Submissions } from '../../src/awards.js';
import { expectCleanData } from './invariants.js';

function program(judges: number, criteria: number): AwardProgramDefinition {
  return {
    edition: 'Large',
    categories: [{ id: 'services', name: 'Services' }],
    tiers: [{ id: 'gold', name: 'Gold' }],
    rubric: {
      criteria: Array.from({ length: criteria }, (_, c) => ({
        id: `c${c}`,
        name: `C${c}`,
        weight: 1,
        min: 0,
        max: 10,
      })),
    },
    // No judge shares a country or an organisation with a participant: no recusals.
    panel: Array.from({ length: judges }, (_, j) => ({
      id: `j${j}`,
      name: `J${j}`,
      country: 'AA',
      organization: `Jury ${j}`,
    })),
    rules: { quorum: 1 },
  };
}

function entrants(entries: number): Pick<Submissions, 'participants' | 'entries'> {
  return {
    participants: Array.from({ length: entries }, (_, p) => ({
      id: `p${p}`,
      name: `P${p}`,
      kind: 'city' as const,
      country: 'ZZ',
      membership: 'member' as const,
    })),
    entries: Array.from({ length: entries }, (_, e) => ({
      id: `e${e}`,
      participantId: `p${e}`,
      category: 'services',
      title: `Entry ${e}`,
    })),
  };
}

describe('judgeAwards on large, sparse judgings (issue 13, item 15)', () => {
  test('30,000 entries × 1,000 judges × 100 criteria with a few scores: memory follows the scores', () => {
    // One complete sheet, and 49 scores scattered over other sheets (all incomplete).
    const scores: Score[] = [
      ...Array.from({ length: 100 }, (_, c) => ({ judgeId: 'j7', entryId: 'e123', criterionId: `c${c}`, value: 8 })),
      ...Array.from({ length: 49 }, (_, i) => ({
        judgeId: `j${(i * 37) % 1000}`,
        entryId: `e${(i * 613) % 30_000}`,
        criterionId: `c${i % 100}`,
        value: 5,
      })),
    ];
    const results = judgeAwards(program(1000, 100), { ...entrants(30_000), scores });
    const [category] = results.categories;
    expect(category!.ranking[0]).toMatchObject({ entryId: 'e123', rank: 1, aggregate: 80, prize: 'gold' });
    expect(category!.ranking).toHaveLength(30_000);
    expect(results.warnings.filter((w) => w.code === 'incomplete-sheet')).toHaveLength(49);
  });
});

describe('judgeAwards with many equal aggregates (issue 13, item 13)', () => {
  test('4,000 tied entries: each tie is listed once, so the output grows with the entries', () => {
    const n = 4000;
    const scores: Score[] = Array.from({ length: n }, (_, e) => ({
      judgeId: 'j0',
      entryId: `e${e}`,
      criterionId: 'c0',
      value: 5,
    }));
    const results = judgeAwards(
      { ...program(1, 1), rules: { quorum: 1, tieBreak: ['median', 'mean'] } },
      {
        ...entrants(n),
        scores,
      },
    );
    const [category] = results.categories;
    expect(category!.tieGroups).toEqual([
      { aggregate: 50, entryIds: Array.from({ length: n }, (_, e) => `e${e}`).sort() },
    ]);
    expect(category!.ranking.every((l) => l.rank === 1 && l.tieBreak.tieGroup === 0 && l.tieBreak.sharesRank)).toBe(
      true,
    );
    // About 300 bytes a line; the quadratic form took about 60,000.
    expect(JSON.stringify(results).length).toBeLessThan(n * 1000);
    expectCleanData(results);
  });
});
