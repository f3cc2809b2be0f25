import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareCodeUnits } from '../../src/core/compare.js';
import { rankCandidates, type RankingCandidate } from '../../src/awards/ranking.js';

// Few distinct values, so that ties on the aggregate and on each step are common.
const candidates = fc
  .uniqueArray(
    fc.record({
      entryId: fc.string({ minLength: 1, maxLength: 3 }),
      aggregate: fc.integer({ min: 0, max: 3 }),
      keys: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    }),
    { selector: (c) => c.entryId, maxLength: 14 },
  )
  .map((list) => list.map((c): RankingCandidate => ({ ...c, key: (step: number) => c.keys[step]! })));

describe('rankCandidates invariants', () => {
  test.prop([candidates, fc.integer({ min: 0, max: 3 })])(
    'each entry tied with the others of its group, shares its rank with those equal on every step, and was placed by the deepest step it needed against any of them',
    (list, steps) => {
      const { placements, tieGroups } = rankCandidates(list, steps);
      const byId = new Map(list.map((c) => [c.entryId, c]));
      const firstDifference = (a: RankingCandidate, b: RankingCandidate) => {
        for (let s = 0; s < steps; s += 1) if (a.key(s) !== b.key(s)) return s;
        return steps;
      };
      const rankOf = new Map(placements.map((p) => [p.entryId, p.rank]));
      for (const p of placements) {
        const self = byId.get(p.entryId)!;
        const tied = list.filter((o) => o !== self && o.aggregate === self.aggregate);
        const members = p.tieGroup < 0 ? [] : tieGroups[p.tieGroup]!.entryIds.filter((id) => id !== p.entryId);
        expect([...members].sort(compareCodeUnits)).toEqual(tied.map((o) => o.entryId).sort(compareCodeUnits));
        const differences = tied.map((o) => firstDifference(self, o));
        const shared = tied.filter((_, i) => differences[i] === steps);
        expect(p.sharesRank).toBe(shared.length > 0);
        expect(shared.every((o) => rankOf.get(o.entryId) === p.rank)).toBe(true);
        expect(p.decidedBy).toBe(Math.max(-1, ...differences.filter((s) => s < steps)));
      }
      const better = (a: RankingCandidate, b: RankingCandidate) => {
        if (a.aggregate !== b.aggregate) return a.aggregate > b.aggregate;
        const s = firstDifference(a, b);
        return s < steps && a.key(s) > b.key(s);
      };
      for (const p of placements) {
        const self = byId.get(p.entryId)!;
        expect(p.rank).toBe(1 + list.filter((o) => better(o, self)).length);
      }
    },
  );
});
