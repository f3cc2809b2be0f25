import { compareCodeUnits } from '../core/compare.js';
import type { AwardTier, PrizeAward } from './types.js';

/** A ranked entry as the prize rules see it. @internal */
export interface PrizeCandidate {
  readonly entryId: string;
  readonly participantId: string;
  readonly rank: number;
  readonly aggregate: number;
}

/** The tiers of one category and, per entry, the tier won or why none. @internal */
export interface PrizeOutcome {
  readonly prizes: readonly PrizeAward[];
  /** Entry id → the tier id it won. */
  readonly won: ReadonlyMap<string, string>;
  /** Entry id → why it took no prize. */
  readonly notes: ReadonlyMap<string, string>;
}

/**
 * Gives out the tiers by competition rank. Entries ranked r take tier r (ranks 1, 1, 3 → the
 * first tier twice, the second vacant, the third to rank 3). An entry below a tier's threshold
 * drops to the first later tier whose threshold it meets, and no later rank can then take a
 * tier above it. A participant takes at most one prize per category: its lower-ranked entry
 * is passed over (by entry id when they share a rank), and that tier stays vacant.
 * @internal
 */
export function awardPrizes(
  ranked: readonly PrizeCandidate[],
  tiers: readonly AwardTier[],
  thresholds: Readonly<Record<string, number>>,
): PrizeOutcome {
  const winners: string[][] = tiers.map(() => []);
  const won = new Map<string, string>();
  const notes = new Map<string, string>();
  const holders = new Set<string>();
  // Tier ids are data, not property names: a tier `__proto__` or `constructor` has its own
  // threshold or none, never one inherited from Object.prototype.
  // Without a threshold any aggregate qualifies (under `points` one may be negative).
  const thresholdOf = (t: AwardTier) => (Object.hasOwn(thresholds, t.id) ? thresholds[t.id]! : -Infinity);
  let floor = 0;
  for (let start = 0; start < ranked.length;) {
    let end = start;
    while (end < ranked.length && ranked[end]!.rank === ranked[start]!.rank) end += 1;
    const group = ranked.slice(start, end).sort((a, b) => compareCodeUnits(a.entryId, b.entryId));
    const { rank, aggregate } = group[0]!;
    let tier = Math.max(rank - 1, floor);
    while (tier < tiers.length && aggregate < thresholdOf(tiers[tier]!)) tier += 1;
    for (const entry of group) {
      if (tier >= tiers.length) {
        notes.set(
          entry.entryId,
          rank - 1 >= tiers.length ? 'ranked below the prize tiers' : 'below the threshold of every remaining tier',
        );
      } else if (holders.has(entry.participantId)) {
        notes.set(entry.entryId, 'its participant already takes a prize in this category');
      } else {
        holders.add(entry.participantId);
        winners[tier]!.push(entry.entryId);
        won.set(entry.entryId, tiers[tier]!.id);
      }
    }
    floor = tier + group.length;
    start = end;
  }
  return { prizes: tiers.map((t, i) => ({ tier: t.id, entryIds: winners[i]! })), won, notes };
}
