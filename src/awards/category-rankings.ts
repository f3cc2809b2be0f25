import { byId } from '../core/compare.js';
import type { CedsWarning } from '../core/errors.js';
import type { AggregatedEntry } from './entry-aggregates.js';
import { roundFraction } from './fraction.js';
import { awardPrizes, type PrizeOutcome } from './prizes.js';
import { rankCandidates } from './ranking.js';
import { tieBreakLabel, type TieBreakKey } from './tie-breaks.js';
import type { AwardCategory, AwardProgram, CategoryResult, RankedEntry, TieBreakOutcome } from './types.js';

/** What ranking needs besides the aggregates. @internal */
export interface RankingContext {
  /** The tie-break keys of an entry. */
  readonly keyOf: (entry: AggregatedEntry) => TieBreakKey;
  /** The rubric's common denominator T, for the judges' totals. */
  readonly denominator: bigint;
}

/** The results of every category, in program order, and the entries below quorum. @internal */
export interface CategoryRankings {
  readonly categories: readonly CategoryResult[];
  readonly warnings: readonly CedsWarning[];
}

/**
 * Ranks the entries of each category: those with at least `quorum` counted sheets by standard
 * competition rank and the tie-break chain, with their prizes; then those below quorum, listed
 * unranked (a warning each).
 * @internal
 */
export function rankCategories(
  program: AwardProgram,
  entries: readonly AggregatedEntry[],
  context: RankingContext,
): CategoryRankings {
  const { quorum } = program.rules;
  const warnings: CedsWarning[] = [];
  const byCategory = new Map<string, AggregatedEntry[]>();
  for (const r of entries) {
    const members = byCategory.get(r.entry.category);
    if (members === undefined) byCategory.set(r.entry.category, [r]);
    else members.push(r);
  }
  const categories = program.categories.map((category) => {
    const members = byCategory.get(category.id) ?? [];
    const { result, unranked } = rankCategory(program, category, members, context);
    for (const r of unranked) {
      warnings.push({
        code: 'below-quorum',
        path: ['entries', r.entry.id],
        message: `Entry ${JSON.stringify(r.entry.id)} has ${r.counted.length} counting judge${r.counted.length === 1 ? '' : 's'}, fewer than the quorum of ${quorum}; it is listed but not ranked`,
      });
    }
    return result;
  });
  return { categories, warnings };
}

function rankCategory(
  program: AwardProgram,
  category: AwardCategory,
  members: readonly AggregatedEntry[],
  context: RankingContext,
): { readonly result: CategoryResult; readonly unranked: readonly AggregatedEntry[] } {
  const { quorum, tieBreak: steps } = program.rules;
  const ranked = members.filter((r) => r.counted.length >= quorum && r.aggregate !== null);
  const rankedSet = new Set(ranked);
  // Highest aggregate first (under `points` one may be negative), then those without one.
  const unranked = members
    .filter((r) => !rankedSet.has(r))
    .sort(
      (a, b) =>
        (a.aggregate === null ? 1 : 0) - (b.aggregate === null ? 1 : 0) ||
        (b.aggregate ?? 0) - (a.aggregate ?? 0) ||
        byId(a.entry, b.entry),
    );
  const byEntry = new Map(ranked.map((r) => [r.entry.id, r]));
  const { placements, tieGroups } = rankCandidates(
    ranked.map((r) => ({ entryId: r.entry.id, aggregate: r.aggregate!, key: context.keyOf(r) })),
    steps.length,
  );
  const outcome = awardPrizes(
    placements.map((p) => {
      const r = byEntry.get(p.entryId)!;
      return { entryId: p.entryId, participantId: r.entry.participantId, rank: p.rank, aggregate: r.aggregate! };
    }),
    program.tiers,
    program.rules.prizeThresholds,
  );
  const line = rankingLine(program, outcome, context.denominator);
  const ranking = [
    ...placements.map((p) =>
      line(byEntry.get(p.entryId)!, p.rank, {
        tieGroup: p.tieGroup < 0 ? null : p.tieGroup,
        decidedBy: p.decidedBy < 0 ? null : tieBreakLabel(steps[p.decidedBy]!),
        sharesRank: p.sharesRank,
      }),
    ),
    ...unranked.map((r) => line(r, null, { tieGroup: null, decidedBy: null, sharesRank: false })),
  ];
  return {
    result: { id: category.id, name: category.name, ranking, tieGroups, prizes: outcome.prizes },
    unranked,
  };
}

function rankingLine(program: AwardProgram, outcome: PrizeOutcome, denominator: bigint) {
  const { quorum, precision } = program.rules;
  return (r: AggregatedEntry, rank: number | null, tieBreak: TieBreakOutcome): RankedEntry => ({
    entryId: r.entry.id,
    participantId: r.entry.participantId,
    title: r.entry.title,
    rank,
    aggregate: r.aggregate,
    prize: outcome.won.get(r.entry.id) ?? null,
    prizeNote:
      rank === null ? `below the quorum of ${quorum} counting judges` : (outcome.notes.get(r.entry.id) ?? null),
    belowQuorum: rank === null,
    judges: {
      counted: r.counted.map((s) => s.judgeId),
      recused: r.recused,
      trimmed: r.trimmed,
      incomplete: r.incomplete,
    },
    totals: r.counted.map((s) => ({ judgeId: s.judgeId, total: roundFraction(100n * s.n, denominator, precision) })),
    median: r.median,
    mean: r.mean,
    fallback: r.fallback ? 'median' : null,
    standardScore: r.standardScore,
    tieBreak,
    criteria: r.lines?.lines ?? [],
  });
}
