import { Exact } from '../core/decimal.js';
import { safely, type CedsWarning, type SafeResult } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { roundScore } from '../core/round.js';
import {
  aggregateTotals,
  meanOf,
  medianOfSorted,
  sortTotals,
  zScoreAggregate,
  zScoreModel,
  type CountedTotal,
  type ZScoreModel,
} from './aggregation.js';
import { recusalsOf } from './conflicts.js';
import { judgeDiagnostics } from './diagnostics.js';
import { roundFraction, type Fraction } from './fraction.js';
import { awardPrizes } from './prizes.js';
import { defineAwardProgram } from './program.js';
import { rankCandidates, type RankingCandidate } from './ranking.js';
import { validateSubmissions } from './submissions.js';
import { ABSENT, INCOMPLETE, rubricLayout, sheetNumerator } from './totals.js';
import type {
  AwardProgram,
  AwardProgramDefinition,
  AwardResults,
  CategoryResult,
  Entry,
  RankedEntry,
  Submissions,
  TieBreak,
} from './types.js';

interface Sheet extends CountedTotal {
  readonly judge: number;
}

interface Judged {
  readonly entry: Entry;
  readonly index: number;
  readonly counted: Sheet[];
  readonly recused: string[];
  readonly incomplete: string[];
  aggregate: number | null;
  median: number | null;
  mean: number | null;
  trimmed: readonly string[];
  fallback: boolean;
  standardScore: number | null;
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function tieBreakLabel(step: TieBreak): string {
  return typeof step === 'string' ? step : `criterion:${step.criterion}`;
}

/** 100·f/T rounded: a fraction of numerators as a score on 0–100. */
function asScore(f: Fraction, denominator: bigint, precision: number): number {
  return roundFraction(100n * f.n, f.d * denominator, precision);
}

/**
 * Runs the whole judging of an award program: judge totals, recusals, aggregation, quorum,
 * ranking with the tie-break chain, prizes by competition rank and judge diagnostics.
 *
 * - A judge's total for an entry is 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ; a sheet
 *   missing a criterion does not count and is reported (`incomplete-sheet`).
 * - Scores of a judge who must sit out an entry (see `findConflicts`) never count.
 * - The aggregate follows `rules.aggregation`; entries with fewer counting judges than the
 *   quorum are listed with `rank: null` and take no prize.
 * - Every number is exact until it is rounded, once, half-up to `rules.precision`.
 *
 * @param program - a program or its definition (validated by `defineAwardProgram`)
 * @param submissions - `{ participants, entries, scores }`
 * @returns plain, deeply frozen, JSON-round-trippable results
 * @throws CedsInputError when the program or the submissions are invalid
 *
 * @example
 * ```ts
 * import { judgeAwards } from 'wego-ceds/awards';
 * const program = {
 *   edition: 'Demo',
 *   categories: [{ id: 'open-city', name: 'Open City' }],
 *   tiers: [{ id: 'best', name: 'Best' }, { id: 'outstanding', name: 'Outstanding' }],
 *   rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
 *   panel: ['a', 'b', 'c'].map((id) => ({ id, name: id, country: 'FI', organization: id })),
 * };
 * const participants = [
 *   { id: 'p1', name: 'City One', kind: 'city', country: 'KR', membership: 'member' },
 *   { id: 'p2', name: 'City Two', kind: 'city', country: 'BR', membership: 'non-member' },
 * ];
 * const entries = [
 *   { id: 'e1', participantId: 'p1', category: 'open-city', title: 'Open data' },
 *   { id: 'e2', participantId: 'p2', category: 'open-city', title: 'Open budget' },
 * ];
 * const scores = [[7.5, 8, 7], [6, 9, 8.5]].flatMap((row, e) =>
 *   row.map((value, j) => ({ judgeId: ['a', 'b', 'c'][j], entryId: `e${e + 1}`, criterionId: 'overall', value })));
 * const results = judgeAwards(program, { participants, entries, scores });
 * results.categories[0].ranking.map((r) => [r.entryId, r.rank, r.aggregate, r.prize]); // => [['e2', 1, 78.33, 'best'], ['e1', 2, 75, 'outstanding']]
 * ```
 */
export function judgeAwards(program: AwardProgramDefinition | AwardProgram, submissions: Submissions): AwardResults {
  const defined = defineAwardProgram(program);
  const { panel, rules, rubric } = defined;
  const { precision } = rules;
  const table = validateSubmissions(defined, submissions);
  const recusals = recusalsOf(defined, table);
  const layout = rubricLayout(rubric.criteria, table.decimals);
  const T = layout.denominator;
  const J = panel.length;
  const C = rubric.criteria.length;
  const warnings: CedsWarning[] = [];

  const entryIndex = new Map(table.entries.map((e, i) => [e.id, i]));
  const recused = new Uint8Array(table.entries.length * J);
  const recusedCount = panel.map(() => 0);
  const judgeIndex = new Map(panel.map((j, i) => [j.id, i]));
  for (const r of recusals) {
    const j = judgeIndex.get(r.judgeId)!;
    recused[entryIndex.get(r.entryId)! * J + j] = 1;
    recusedCount[j]! += 1;
  }

  const judged: Judged[] = [...table.entries].sort(byId).map((entry) => {
    const e = entryIndex.get(entry.id)!;
    const result: Judged = {
      entry,
      index: e,
      counted: [],
      recused: [],
      incomplete: [],
      aggregate: null,
      median: null,
      mean: null,
      trimmed: [],
      fallback: false,
      standardScore: null,
    };
    for (let j = 0; j < J; j += 1) {
      const judge = panel[j]!;
      const n = sheetNumerator(table.values, (e * J + j) * C, layout);
      if (recused[e * J + j] === 1) {
        result.recused.push(judge.id);
        if (n !== ABSENT) {
          warnings.push({
            code: 'conflicted-scores-ignored',
            path: ['entries', entry.id, 'judges', judge.id],
            message: `${judge.name} sits out entry ${JSON.stringify(entry.id)}; their scores for it were not counted`,
          });
        }
      } else if (n === INCOMPLETE) {
        result.incomplete.push(judge.id);
        warnings.push({
          code: 'incomplete-sheet',
          path: ['entries', entry.id, 'judges', judge.id],
          message: `${judge.name} did not score every criterion of entry ${JSON.stringify(entry.id)}; the sheet was not counted`,
        });
      } else if (n !== ABSENT) {
        result.counted.push({ judge: j, judgeId: judge.id, n });
      }
    }
    return result;
  });

  const method = rules.aggregation.method;
  let model: ZScoreModel | null = null;
  if (method === 'z-score') {
    const totalsByJudge: bigint[][] = panel.map(() => []);
    for (const r of judged) for (const s of r.counted) totalsByJudge[s.judge]!.push(s.n);
    model = zScoreModel(totalsByJudge, T);
    model.judges.forEach((j, index) => {
      if (!j.own && totalsByJudge[index]!.length > 0) {
        warnings.push({
          code: 'panel-standardisation',
          path: ['panel', panel[index]!.id],
          message: `${panel[index]!.name} has fewer than two counted totals or no spread, so their totals are standardised against the whole panel (their raw totals stand)`,
        });
      }
    });
  }

  for (const r of judged) {
    if (r.counted.length === 0) continue;
    r.mean = asScore(meanOf(r.counted), T, precision);
    r.median = asScore(medianOfSorted(sortTotals(r.counted)), T, precision);
    if (model !== null) {
      const z = zScoreAggregate(r.counted, model);
      const clamped = Exact.min(100, Exact.max(0, z.value));
      if (!clamped.eq(z.value)) {
        warnings.push({
          code: 'z-score-clamped',
          path: ['entries', r.entry.id],
          message: `The z-score aggregate of entry ${JSON.stringify(r.entry.id)} (${z.value.toFixed(precision)}) lies outside 0–100 and was clamped`,
        });
      }
      r.aggregate = roundScore(clamped, precision);
      r.standardScore = roundScore(z.meanZ, 4);
    } else {
      const a = aggregateTotals(r.counted, method as 'mean' | 'median' | 'trimmed-mean', rules.aggregation.trim);
      r.aggregate = asScore(a.value, T, precision);
      r.trimmed = a.trimmed;
      r.fallback = a.fallback;
      if (a.fallback) {
        warnings.push({
          code: 'trimmed-mean-fallback',
          path: ['entries', r.entry.id],
          message: `Entry ${JSON.stringify(r.entry.id)} has ${r.counted.length} counted totals, too few to trim ${rules.aggregation.trim} at each end; the median was used`,
        });
      }
    }
  }

  const criterionIndex = new Map(rubric.criteria.map((c, i) => [c.id, i]));
  const steps = rules.tieBreak;
  const keyOf = (r: Judged): ((step: number) => number) => {
    const memo: (number | undefined)[] = [];
    return (step) => {
      let value = memo[step];
      if (value === undefined) {
        const rule = steps[step]!;
        if (rule === 'median') value = r.median!;
        else if (rule === 'mean') value = r.mean!;
        else {
          const c = criterionIndex.get(rule.criterion)!;
          let sum = 0n;
          for (const s of r.counted)
            sum += BigInt(Math.round(table.values[(r.index * J + s.judge) * C + c]! * layout.scale));
          value = roundFraction(sum, BigInt(r.counted.length * layout.scale), precision);
        }
        memo[step] = value;
      }
      return value;
    };
  };

  const categories: CategoryResult[] = defined.categories.map((category) => {
    const members = judged.filter((r) => r.entry.category === category.id);
    const ranked = members.filter((r) => r.counted.length >= rules.quorum && r.aggregate !== null);
    const rankedSet = new Set(ranked);
    const unranked = members
      .filter((r) => !rankedSet.has(r))
      .sort((a, b) => (b.aggregate ?? -1) - (a.aggregate ?? -1) || byId(a.entry, b.entry));
    for (const r of unranked) {
      warnings.push({
        code: 'below-quorum',
        path: ['entries', r.entry.id],
        message: `Entry ${JSON.stringify(r.entry.id)} has ${r.counted.length} counting judge${r.counted.length === 1 ? '' : 's'}, fewer than the quorum of ${rules.quorum}; it is listed but not ranked`,
      });
    }
    const byEntry = new Map(ranked.map((r) => [r.entry.id, r]));
    const candidates: RankingCandidate[] = ranked.map((r) => ({
      entryId: r.entry.id,
      aggregate: r.aggregate!,
      key: keyOf(r),
    }));
    const placements = rankCandidates(candidates, steps.length);
    const outcome = awardPrizes(
      placements.map((p) => {
        const r = byEntry.get(p.entryId)!;
        return { entryId: p.entryId, participantId: r.entry.participantId, rank: p.rank, aggregate: r.aggregate! };
      }),
      defined.tiers,
      rules.prizeThresholds,
    );
    const line = (r: Judged, rank: number | null, tieBreak: RankedEntry['tieBreak']): RankedEntry => ({
      entryId: r.entry.id,
      participantId: r.entry.participantId,
      title: r.entry.title,
      rank,
      aggregate: r.aggregate,
      prize: outcome.won.get(r.entry.id) ?? null,
      prizeNote:
        rank === null ? `below the quorum of ${rules.quorum} counting judges` : (outcome.notes.get(r.entry.id) ?? null),
      belowQuorum: rank === null,
      judges: {
        counted: r.counted.map((s) => s.judgeId),
        recused: r.recused,
        trimmed: r.trimmed,
        incomplete: r.incomplete,
      },
      totals: r.counted.map((s) => ({ judgeId: s.judgeId, total: roundFraction(100n * s.n, T, precision) })),
      median: r.median,
      mean: r.mean,
      fallback: r.fallback ? 'median' : null,
      standardScore: r.standardScore,
      tieBreak,
    });
    const ranking = [
      ...placements.map((p) =>
        line(byEntry.get(p.entryId)!, p.rank, {
          tiedWith: p.tiedWith,
          decidedBy: p.decidedBy < 0 ? null : tieBreakLabel(steps[p.decidedBy]!),
          sharedWith: p.sharedWith,
        }),
      ),
      ...unranked.map((r) => line(r, null, { tiedWith: [], decidedBy: null, sharedWith: [] })),
    ];
    return { id: category.id, name: category.name, ranking, prizes: outcome.prizes };
  });

  const judges = judgeDiagnostics(
    panel,
    judged.map((r) => ({ entryId: r.entry.id, totals: r.counted })),
    {
      denominator: T,
      precision,
      deviation: rules.monitoring.deviation,
      recused: recusedCount,
      standardisation: model === null ? null : model.judges.map((j) => (j.own ? 'own' : 'panel')),
    },
  );

  return deepFreeze({
    edition: defined.edition,
    aggregation: { method, trim: rules.aggregation.trim },
    precision,
    categories,
    recusals,
    judges,
    warnings,
  });
}

/**
 * `judgeAwards` that returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing `CedsInputError`.
 *
 * @example
 * ```ts
 * import { safeJudgeAwards } from 'wego-ceds/awards';
 * const result = safeJudgeAwards({ edition: '', categories: [], tiers: [], rubric: { criteria: [] }, panel: [] }, { participants: [], entries: [], scores: [] });
 * result.success; // => false
 * result.error.issues[0].path; // => ['edition']
 * ```
 */
export function safeJudgeAwards(
  program: AwardProgramDefinition | AwardProgram,
  submissions: Submissions,
): SafeResult<AwardResults> {
  return safely(() => judgeAwards(program, submissions));
}
