import type { CedsWarning } from '../core/errors.js';

// ---------------------------------------------------------------------------------------------
// The award program (see docs/awards.md): plain, JSON-serialisable data, validated by
// defineAwardProgram.
// ---------------------------------------------------------------------------------------------

/** A competition category, e.g. Open City. Each entry competes in exactly one. */
export interface AwardCategory {
  /** Stable id used by entries, e.g. `open-city`. */
  readonly id: string;
  /** The printed name, e.g. `Open City`. */
  readonly name: string;
}

/** A prize tier, e.g. Best e-Gov't Prize. Tiers are ordered: the first is the highest. */
export interface AwardTier {
  /** Stable id used in results, e.g. `best`. */
  readonly id: string;
  /** The printed name, e.g. `Best e-Gov't Prize`. */
  readonly name: string;
}

/** One criterion of the rubric: its weight and the scale a judge scores it on. */
export interface Criterion {
  /** Stable id used by score records, e.g. `impact`. */
  readonly id: string;
  /** The printed name, e.g. `Impact`. */
  readonly name: string;
  /** Relative weight (≥ 0, at most 6 decimals); the weights need not sum to 1. */
  readonly weight: number;
  /** The lowest value on the scale (inclusive). */
  readonly min: number;
  /** The highest value on the scale (inclusive), greater than `min`. */
  readonly max: number;
}

/** The rubric: the criteria every judge scores for every entry they judge. */
export interface Rubric {
  /** At least one criterion, ids unique. */
  readonly criteria: readonly Criterion[];
}

/** A member of the panel of judges. */
export interface Judge {
  /** Stable id used by score records. */
  readonly id: string;
  /** The judge's name. */
  readonly name: string;
  /** The judge's country (ISO 3166-1 alpha-2), compared with participants' countries. */
  readonly country: string;
  /** The judge's position, e.g. `Vice President`; absent when it was not published. */
  readonly position?: string | undefined;
  /**
   * The judge's organisation, compared with participants' regardless of case, spacing,
   * punctuation at either end and invisible characters (see `findConflicts`).
   */
  readonly organization: string;
  /** The organisation's country (ISO 3166-1 alpha-2) when it differs from the judge's own. */
  readonly organizationCountry?: string | undefined;
}

/** How the counted marks of an entry become its aggregate. */
export type AggregationMethod = 'mean' | 'median' | 'trimmed-mean' | 'z-score';

/**
 * What the panel aggregates: each judge's `judge` total (the default), or each `criterion`
 * first, one panel mark per criterion, as published judging systems (figure skating, diving)
 * do. `z-score` aggregates by judge only.
 */
export type AggregationBasis = 'judge' | 'criterion';

/**
 * What an aggregate is on: `percent` (0–100, each criterion's scale mapped onto 0–1, weighted,
 * the default) or `points` (Σ weight × mark, the weights read as factors).
 */
export type ScoreScale = 'percent' | 'points';

/** The aggregation rule as given to `defineAwardProgram`. */
export interface AggregationRule {
  /** `mean`, `median`, `trimmed-mean` or `z-score`. */
  readonly method: AggregationMethod;
  /** Marks dropped at each end by `trimmed-mean` (default 1); 0 or absent otherwise. */
  readonly trim?: number | undefined;
  /** Aggregate each judge's total (`judge`, the default) or each criterion (`criterion`). */
  readonly by?: AggregationBasis | undefined;
}

/** A conflict of interest declared ahead of the judging. */
export interface DeclaredConflict {
  /** The judge who must sit out. */
  readonly judgeId: string;
  /** Every entry of this participant is sat out by the judge. */
  readonly participantId: string;
}

/** Conflict-of-interest rules as given to `defineAwardProgram`. */
export interface ConflictRules {
  /** A judge sits out entries from their own country, or their organisation's (default true). */
  readonly sameCountry?: boolean | undefined;
  /** A judge sits out entries from their own organisation (default true). */
  readonly sameOrganization?: boolean | undefined;
  /** Conflicts declared by name (default none). */
  readonly declared?: readonly DeclaredConflict[] | undefined;
}

/**
 * One step of the tie-break chain: higher median, higher mean, higher panel mark on a criterion,
 * or higher sum of points on some criteria (e.g. technical before artistic).
 */
export type TieBreak =
  | 'median'
  | 'mean'
  | {
      /** Id of the rubric criterion whose higher panel mark breaks the tie. */
      readonly criterion: string;
    }
  | {
      /** Ids of the rubric criteria whose higher sum of points breaks the tie (at least one). */
      readonly criteria: readonly string[];
    };

/** ISU-style monitoring of judges as given to `defineAwardProgram`. */
export interface MonitoringRules {
  /**
   * A judge's total this far or more from the panel mean is flagged (default 15), on the
   * program's scale: 0–100 under `percent`, any distance ≥ 0 under `points`.
   */
  readonly deviation?: number | undefined;
}

/** The rules of a program as given to `defineAwardProgram`; every field has a default. */
export interface AwardRulesDefinition {
  /** Default `{ method: 'mean' }`. */
  readonly aggregation?: AggregationRule | undefined;
  /** Counting judges an entry needs to be ranked for prizes (default 3). */
  readonly quorum?: number | undefined;
  /** Conflict-of-interest rules. */
  readonly conflicts?: ConflictRules | undefined;
  /** At most this many entries per participant (default 2). */
  readonly maxEntriesPerParticipant?: number | undefined;
  /** Tier id → the lowest aggregate that may take that tier (default none); 0–100 under `percent`. */
  readonly prizeThresholds?: Readonly<Record<string, number>> | undefined;
  /** The tie-break chain, applied in order (default `[]`: equal aggregates share the rank). */
  readonly tieBreak?: readonly TieBreak[] | undefined;
  /** Decimals of every reported number (default 2, from 0 to 6). */
  readonly precision?: number | undefined;
  /** What aggregates are on: `percent` (default, 0–100) or `points` (Σ weight × mark). */
  readonly scale?: ScoreScale | undefined;
  /** Judge monitoring. */
  readonly monitoring?: MonitoringRules | undefined;
}

/** An award program as given to `defineAwardProgram`. */
export interface AwardProgramDefinition {
  /** The edition, e.g. `2nd WeGO Awards (2014)`. */
  readonly edition: string;
  /** The categories, ids unique. */
  readonly categories: readonly AwardCategory[];
  /** The prize tiers, highest first, ids unique. */
  readonly tiers: readonly AwardTier[];
  /** The rubric. */
  readonly rubric: Rubric;
  /** The panel of judges, ids unique. */
  readonly panel: readonly Judge[];
  /** The rules; defaults are filled by `defineAwardProgram`. */
  readonly rules?: AwardRulesDefinition | undefined;
}

/** The rules of a validated program: every default filled in. */
export interface AwardRules {
  /** The aggregation; `trim` is 0 unless the method is `trimmed-mean`. */
  readonly aggregation: AggregationSettings;
  /** Counting judges an entry needs to be ranked for prizes. */
  readonly quorum: number;
  /** Conflict-of-interest rules. */
  readonly conflicts: {
    /** Whether a judge sits out entries from their own country, or their organisation's. */
    readonly sameCountry: boolean;
    /** Whether a judge sits out entries from their own organisation. */
    readonly sameOrganization: boolean;
    /** Conflicts declared by name (possibly none). */
    readonly declared: readonly DeclaredConflict[];
  };
  /** At most this many entries per participant. */
  readonly maxEntriesPerParticipant: number;
  /** Tier id → the lowest aggregate that may take that tier. */
  readonly prizeThresholds: Readonly<Record<string, number>>;
  /** The tie-break chain. */
  readonly tieBreak: readonly TieBreak[];
  /** Decimals of every reported number. */
  readonly precision: number;
  /** What aggregates, totals, thresholds and deviations are on. */
  readonly scale: ScoreScale;
  /** Judge monitoring. */
  readonly monitoring: {
    /** A judge's total this far or more from the panel mean (on the program's scale) is flagged. */
    readonly deviation: number;
  };
}

/** The aggregation of a validated program, and of results. */
export interface AggregationSettings {
  /** `mean`, `median`, `trimmed-mean` or `z-score`. */
  readonly method: AggregationMethod;
  /** Marks dropped at each end by `trimmed-mean`; 0 for the other methods. */
  readonly trim: number;
  /** `judge` (each judge's total is aggregated) or `criterion` (each criterion is). */
  readonly by: AggregationBasis;
}

/** A validated, deeply frozen award program with every default filled in. */
export interface AwardProgram {
  /** The edition. */
  readonly edition: string;
  /** The categories. */
  readonly categories: readonly AwardCategory[];
  /** The prize tiers, highest first. */
  readonly tiers: readonly AwardTier[];
  /** The rubric. */
  readonly rubric: Rubric;
  /** The panel of judges. */
  readonly panel: readonly Judge[];
  /** The rules. */
  readonly rules: AwardRules;
}

// ---------------------------------------------------------------------------------------------
// Submissions: participants, their entries and the judges' scores.
// ---------------------------------------------------------------------------------------------

/** What kind of body a participant is. */
export type ParticipantKind = 'city' | 'local-government' | 'public-organization' | 'agency';

/** A participant's standing with WeGO. */
export type MembershipKind = 'member' | 'friendship-member' | 'non-member';

/** A city, local government, public organisation or agency that enters the awards. */
export interface Participant {
  /** Stable id used by entries. */
  readonly id: string;
  /** The participant's name, e.g. `Helsinki`. */
  readonly name: string;
  /** What kind of body it is. */
  readonly kind: ParticipantKind;
  /** ISO 3166-1 alpha-2 country code, e.g. `FI`. */
  readonly country: string;
  /** Its standing with WeGO. */
  readonly membership: MembershipKind;
  /** Its organisation, compared with the judges' organisations (see `findConflicts`). */
  readonly organization?: string | undefined;
}

/** A project entered in one category. */
export interface Entry {
  /** Stable id used by scores. */
  readonly id: string;
  /** The participant who entered it. */
  readonly participantId: string;
  /** The one category it competes in. */
  readonly category: string;
  /** The project's title. */
  readonly title: string;
}

/** One judge's score of one entry on one criterion. */
export interface Score {
  /** The judge. */
  readonly judgeId: string;
  /** The entry. */
  readonly entryId: string;
  /** The criterion. */
  readonly criterionId: string;
  /** A value on the criterion's scale, `min` to `max`, at most 6 decimals. */
  readonly value: number;
}

/** The participants and their entries, as `findConflicts` takes them. */
export interface Entrants {
  /** The participants, ids unique. */
  readonly participants: readonly Participant[];
  /** The entries, ids unique. */
  readonly entries: readonly Entry[];
  /** Not read by `findConflicts`; allowed so that the submissions can be passed as they are. */
  readonly scores?: readonly Score[] | undefined;
}

/** Everything judged in one run. */
export interface Submissions extends Entrants {
  /** The scores: at most one per judge, entry and criterion. */
  readonly scores: readonly Score[];
}

// ---------------------------------------------------------------------------------------------
// Results.
// ---------------------------------------------------------------------------------------------

/** Why a judge sits out an entry. */
export type RecusalReason = 'declared' | 'same-organization' | 'same-country';

/** A (judge, entry) pair the judge must sit out; the judge's scores for it never count. */
export interface Recusal {
  /** The judge. */
  readonly judgeId: string;
  /** The entry. */
  readonly entryId: string;
  /** The entry's participant. */
  readonly participantId: string;
  /** The first reason in the order declared, same organisation, same country. */
  readonly reason: RecusalReason;
  /** Every reason that applies. */
  readonly reasons: readonly RecusalReason[];
  /** A sentence for a person. */
  readonly message: string;
}

/** A judge's total for an entry, on the program's scale. */
export interface JudgeTotal {
  /** The judge. */
  readonly judgeId: string;
  /**
   * 100 × Σ wᶜ·(vᶜ − minᶜ)/(maxᶜ − minᶜ) / Σ wᶜ under `percent`, Σ wᶜ·vᶜ under `points`,
   * rounded to the program's precision.
   */
  readonly total: number;
}

/** A judge's mark for an entry on one criterion, as given. */
export interface CriterionMark {
  /** The judge. */
  readonly judgeId: string;
  /** The value on the criterion's scale. */
  readonly mark: number;
}

/**
 * One criterion of an entry: the panel mark and the points it adds. Under `by: 'criterion'`
 * the panel mark is the aggregate of the counted judges' marks, rounded, and the entry's
 * aggregate is made of these lines; under `by: 'judge'` it is the mean of the counted marks,
 * shown for information (the points then add up to the entry's `mean`, before rounding).
 */
export interface CriterionLine {
  /** The criterion. */
  readonly id: string;
  /** Its weight (the factor under `points`). */
  readonly weight: number;
  /** The panel's mark on the criterion's scale, rounded to the program's precision. */
  readonly panelMark: number;
  /**
   * Under `points`, weight × panel mark, rounded: the lines add up to the aggregate under
   * `by: 'criterion'`. Under `percent`, the criterion's contribution to 0–100,
   * 100 × w·(panel mark − min)/(max − min) / Σ w, rounded.
   */
  readonly points: number;
  /** The counted judges' marks, in panel order. */
  readonly marks: readonly CriterionMark[];
  /** Who counted on this criterion, and whose marks its trimmed mean dropped. */
  readonly judges: {
    /** The judges whose marks were aggregated (trimmed ones included), in panel order. */
    readonly counted: readonly string[];
    /** Counted judges whose marks on this criterion the trimmed mean dropped. */
    readonly trimmed: readonly string[];
  };
}

/** Which judges did what for one entry. */
export interface EntryJudges {
  /** Judges whose complete, unconflicted sheet counts (this is the quorum count). */
  readonly counted: readonly string[];
  /** Judges who sat out the entry (see `recusals`). */
  readonly recused: readonly string[];
  /**
   * Counted judges whose totals the trimmed mean dropped; under `by: 'criterion'`, those
   * trimmed on at least one criterion (see `criteria[].judges.trimmed`).
   */
  readonly trimmed: readonly string[];
  /** Judges whose sheet missed a criterion, so it did not count. */
  readonly incomplete: readonly string[];
}

/**
 * How the tie-break chain placed an entry among the entries with the same rounded aggregate.
 * The entries it tied with are listed once, in the category's `tieGroups`, so that results stay
 * linear in size however many entries tie: `tieGroups[tieGroup].entryIds` are the entries it
 * tied with (itself included), and those of them with the same `rank` share its rank.
 */
export interface TieBreakOutcome {
  /** Index in the category's `tieGroups` of the entries with its rounded aggregate; null when none shares it. */
  readonly tieGroup: number | null;
  /** The last step of the chain needed to place it (`median`, `mean`, `criterion:<id>`), or null. */
  readonly decidedBy: string | null;
  /** True when entries still equal to it after the whole chain share its rank. */
  readonly sharesRank: boolean;
}

/** Ranked entries of a category with the same rounded aggregate, listed once for all of them. */
export interface TieGroup {
  /** The rounded aggregate they tie on. */
  readonly aggregate: number;
  /** The entries, in ranking order (two or more). */
  readonly entryIds: readonly string[];
}

/** One entry's line in a category ranking. */
export interface RankedEntry {
  /** The entry. */
  readonly entryId: string;
  /** Its participant. */
  readonly participantId: string;
  /** The entry's title. */
  readonly title: string;
  /** Standard competition rank (1, 1, 3); null when below quorum. */
  readonly rank: number | null;
  /** The aggregate on the program's scale (0–100 under `percent`), rounded; null when no judge counted. */
  readonly aggregate: number | null;
  /** The tier id won, or null. */
  readonly prize: string | null;
  /** Why the entry took no prize, or null when it took one (or could not). */
  readonly prizeNote: string | null;
  /** True when fewer judges counted than the quorum: listed, not ranked. */
  readonly belowQuorum: boolean;
  /** Who counted, sat out, was trimmed or handed in an incomplete sheet. */
  readonly judges: EntryJudges;
  /** The counted judges' totals, in panel order. */
  readonly totals: readonly JudgeTotal[];
  /** Median of the counted totals (null when none). */
  readonly median: number | null;
  /** Mean of the counted totals (null when none). */
  readonly mean: number | null;
  /** `median` when the trimmed mean had too few marks to trim and fell back to the median. */
  readonly fallback: 'median' | null;
  /** Under `z-score`: the mean standardised score of the entry (4 decimals); else null. */
  readonly standardScore: number | null;
  /** How ties on the aggregate were settled. */
  readonly tieBreak: TieBreakOutcome;
  /** One line per criterion, in rubric order; empty when no judge counted. */
  readonly criteria: readonly CriterionLine[];
}

/** Who took a tier in a category; empty `entryIds` means the tier stays vacant. */
export interface PrizeAward {
  /** The tier id. */
  readonly tier: string;
  /** The entries that took it (two or more when they share a rank). */
  readonly entryIds: readonly string[];
}

/** The results of one category. */
export interface CategoryResult {
  /** The category id. */
  readonly id: string;
  /** The category name. */
  readonly name: string;
  /** Ranked entries best first, then the entries below quorum. */
  readonly ranking: readonly RankedEntry[];
  /** Each group of ranked entries with the same rounded aggregate, best first; see `TieBreakOutcome`. */
  readonly tieGroups: readonly TieGroup[];
  /** One line per tier, in tier order. */
  readonly prizes: readonly PrizeAward[];
}

/** An entry where a judge's total lies far from the panel mean (ISU-style monitoring). */
export interface JudgeFlag {
  /** The entry. */
  readonly entryId: string;
  /** The judge's total. */
  readonly total: number;
  /** The mean of the entry's counted totals. */
  readonly panelMean: number;
  /** total − panelMean (negative when the judge scored lower). */
  readonly deviation: number;
}

/** How lenient a judge is on one criterion. */
export interface CriterionLeniency {
  /** The criterion. */
  readonly id: string;
  /** The judge's mean deviation from the panel mean on it (positive = lenient). */
  readonly leniency: number;
}

/** Diagnostics of one judge. */
export interface JudgeDiagnostics {
  /** The judge. */
  readonly judgeId: string;
  /** The judge's name. */
  readonly name: string;
  /** Entries where the judge's sheet counted. */
  readonly counted: number;
  /** Entries the judge sat out. */
  readonly recused: number;
  /** Mean of (judge's total − panel mean of the entry) over counted entries; null when none. */
  readonly leniency: number | null;
  /** Entries where the judge is at least `rules.monitoring.deviation` from the panel mean. */
  readonly flags: readonly JudgeFlag[];
  /** Under `z-score`: `own` (standardised on their own totals) or `panel`; else null. */
  readonly standardization: 'own' | 'panel' | null;
  /**
   * Per criterion, in rubric order: the mean of (judge's mark − the mean of the counted marks)
   * over the entries the judge counts for, on the criterion's scale; empty when none.
   */
  readonly criteria: readonly CriterionLeniency[];
}

/** The whole judging: plain, deeply frozen, JSON-round-trippable data. */
export interface AwardResults {
  /** The program's edition. */
  readonly edition: string;
  /** The aggregation used. */
  readonly aggregation: AggregationSettings;
  /** Decimals of every reported number. */
  readonly precision: number;
  /** What the aggregates are on: `percent` (0–100) or `points`. */
  readonly scale: ScoreScale;
  /** One result per category, in program order. */
  readonly categories: readonly CategoryResult[];
  /** Every (judge, entry) pair sat out, in panel then entry order. */
  readonly recusals: readonly Recusal[];
  /** One line per judge, in panel order. */
  readonly judges: readonly JudgeDiagnostics[];
  /** Notes: incomplete sheets, ignored conflicted scores, fallbacks, entries below quorum. */
  readonly warnings: readonly CedsWarning[];
}
