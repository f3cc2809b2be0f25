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
  readonly tiedWith: readonly string[];
  /** Index of the last tie-break step needed to place the entry, or -1. */
  readonly decidedBy: number;
  readonly sharedWith: readonly string[];
}

/**
 * Ranks candidates best first: standard competition ranking (1, 1, 3) on the rounded aggregate,
 * ties settled by the tie-break chain of `steps` keys in order; entries still equal share the
 * rank. Equal entries are listed by entry id.
 * @internal
 */
export function rankCandidates(candidates: readonly RankingCandidate[], steps: number): readonly Placement[] {
  const sorted = [...candidates].sort((a, b) => b.aggregate - a.aggregate || compareCodeUnits(a.entryId, b.entryId));
  const ordered: RankingCandidate[] = [];
  const groups: RankingCandidate[][] = [];
  for (const candidate of sorted) {
    const group = groups.at(-1);
    if (group !== undefined && group[0]!.aggregate === candidate.aggregate) group.push(candidate);
    else groups.push([candidate]);
  }
  // First step at which two entries differ (steps when none), memoised keys per entry.
  const firstDifference = (a: RankingCandidate, b: RankingCandidate): number => {
    for (let s = 0; s < steps; s += 1) if (a.key(s) !== b.key(s)) return s;
    return steps;
  };
  const placements: Placement[] = [];
  for (const group of groups) {
    if (group.length > 1 && steps > 0) {
      group.sort((a, b) => {
        const s = firstDifference(a, b);
        return s === steps ? compareCodeUnits(a.entryId, b.entryId) : b.key(s) - a.key(s);
      });
    }
    for (const candidate of group) ordered.push(candidate);
    group.forEach((candidate) => {
      const others = group.filter((o) => o !== candidate);
      const differences = others.map((o) => firstDifference(candidate, o));
      const decided = differences.filter((s) => s < steps);
      placements.push({
        entryId: candidate.entryId,
        rank: 0,
        tiedWith: others.map((o) => o.entryId).sort(compareCodeUnits),
        decidedBy: decided.reduce((deepest, s) => Math.max(deepest, s), -1),
        sharedWith: others
          .filter((_, i) => differences[i] === steps)
          .map((o) => o.entryId)
          .sort(compareCodeUnits),
      });
    });
  }
  // Standard competition ranking: an entry equal to the one before on every key shares its rank.
  let previous: RankingCandidate | undefined;
  return placements.map((placement, index) => {
    const candidate = ordered[index]!;
    const shares =
      previous !== undefined &&
      previous.aggregate === candidate.aggregate &&
      firstDifference(previous, candidate) === steps;
    const rank = shares ? placements[index - 1]!.rank : index + 1;
    previous = candidate;
    placements[index] = { ...placement, rank };
    return placements[index];
  });
}
