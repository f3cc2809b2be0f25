import { describe, expect, test } from 'vitest';
import { awardPrizes, type PrizeCandidate } from '../../src/awards/prizes.js';

const tiers = [
  { id: 'best', name: 'Best' },
  { id: 'outstanding', name: 'Outstanding' },
  { id: 'promising', name: 'Most Promising' },
];

function candidate(entryId: string, rank: number, aggregate: number, participantId = `of-${entryId}`): PrizeCandidate {
  return { entryId, participantId, rank, aggregate };
}

describe('awardPrizes', () => {
  test('ranks 1, 1, 3 give the first tier twice, leave the second vacant and give the third to rank 3', () => {
    const outcome = awardPrizes(
      [candidate('b', 1, 80), candidate('a', 1, 80), candidate('c', 3, 70), candidate('d', 4, 60)],
      tiers,
      {},
    );
    expect(outcome.prizes).toEqual([
      { tier: 'best', entryIds: ['a', 'b'] },
      { tier: 'outstanding', entryIds: [] },
      { tier: 'promising', entryIds: ['c'] },
    ]);
    expect(outcome.won.get('a')).toBe('best');
    expect(outcome.notes.get('d')).toBe('ranked below the prize tiers');
  });

  test('an entry below a threshold drops to the first tier it meets, and no later rank climbs above it', () => {
    const outcome = awardPrizes([candidate('a', 1, 80), candidate('b', 2, 75), candidate('c', 3, 50)], tiers, {
      best: 85,
      outstanding: 75,
    });
    expect(outcome.prizes.map((p) => p.entryIds)).toEqual([[], ['a'], ['b']]);
    expect(outcome.notes.get('c')).toBe('below the threshold of every remaining tier');
  });

  test('a participant takes at most one prize: its lower entry is passed over and the tier stays vacant', () => {
    const outcome = awardPrizes(
      [candidate('a1', 1, 90, 'p1'), candidate('a2', 2, 80, 'p1'), candidate('b', 3, 70, 'p2')],
      tiers,
      {},
    );
    expect(outcome.prizes.map((p) => p.entryIds)).toEqual([['a1'], [], ['b']]);
    expect(outcome.notes.get('a2')).toBe('its participant already takes a prize in this category');
  });
});
