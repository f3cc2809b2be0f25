import { compareCodeUnits } from '../core/compare.js';

/** An entry as ranking sees it: its rounded aggregate and, lazily, its tie-break keys. @internal */
export interface RankingCandidate {
  readonly entryId: string;
  readonly aggregate: number;
  /** The value of tie-break step `step` (higher is better), rounded like the aggregate. */
  readonly key: (step: number) => number;
}

/** A placed entry: its rank and how ties on the aggregate were settled. @internal */
export interface Placement {
  readonly entryId: string;
  readonly rank: number;
  /** Index in `tieGroups` of the entries with the same aggregate, or -1 when it has it alone. */
  readonly tieGroup: number;
  /** Index of the last tie-break step needed to place the entry, or -1. */
  readonly decidedBy: number;
  /** True when other entries stay equal to it on every step and share its rank. */
  readonly sharesRank: boolean;
}

/** Entries with the same rounded aggregate, in ranking order. @internal */
export interface TieGroupPlacement {
  readonly aggregate: number;
  readonly entryIds: readonly string[];
}

/** The placements best first, and each group of tied entries once. @internal */
export interface Ranking {
  readonly placements: readonly Placement[];
  readonly tieGroups: readonly TieGroupPlacement[];
}

/**
 * Ranks candidates best first: standard competition ranking (1, 1, 3) on the rounded aggregate,
 * ties settled by the tie-break chain of `steps` keys in order; entries still equal share the
 * rank. Equal entries are listed by entry id.
 *
 * Linear in the output: a group of tied entries is listed once, not once per member. Sorted by
 * the chain, an entry's first difference with any other member is greatest with a neighbour of
 * its run of equal entries, so the step that placed it is read off the two neighbours.
 * @internal
 */
export function rankCandidates(candidates: readonly RankingCandidate[], steps: number): Ranking {
  const sorted = [...candidates].sort((a, b) => b.aggregate - a.aggregate || compareCodeUnits(a.entryId, b.entryId));
  // The first step at which two entries differ (steps when none).
  const firstDifference = (a: RankingCandidate, b: RankingCandidate): number => {
    for (let s = 0; s < steps; s += 1) if (a.key(s) !== b.key(s)) return s;
    return steps;
  };
  const placements: Placement[] = [];
  const tieGroups: TieGroupPlacement[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.aggregate === sorted[start]!.aggregate) end += 1;
    const group = sorted.slice(start, end);
    if (group.length > 1 && steps > 0) {
      group.sort((a, b) => {
        const s = firstDifference(a, b);
        return s === steps ? compareCodeUnits(a.entryId, b.entryId) : b.key(s) - a.key(s);
      });
    }
    const tieGroup =
      group.length > 1
        ? tieGroups.push({ aggregate: group[0]!.aggregate, entryIds: group.map((c) => c.entryId) }) - 1
        : -1;
    // gaps[i]: the first difference of members i − 1 and i.
    const gaps = group.map((c, i) => (i === 0 ? -1 : firstDifference(group[i - 1]!, c)));
    for (let first = 0; first < group.length;) {
      let last = first + 1;
      while (last < group.length && gaps[last] === steps) last += 1;
      const decidedBy = Math.max(gaps[first]!, last < group.length ? gaps[last]! : -1);
      for (let i = first; i < last; i += 1) {
        placements.push({
          entryId: group[i]!.entryId,
          rank: start + first + 1,
          tieGroup,
          decidedBy,
          sharesRank: last - first > 1,
        });
      }
      first = last;
    }
    start = end;
  }
  return { placements, tieGroups };
}
