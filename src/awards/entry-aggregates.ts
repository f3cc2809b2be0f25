import { Exact } from '../core/decimal.js';
import type { CedsWarning } from '../core/errors.js';
import { roundScore } from '../core/round.js';
import { aggregateTotals, meanOf, medianOfSorted, sortTotals, zScoreAggregate, zScoreModel } from './aggregation.js';
import type { EntryLines } from './criterion-lines.js';
import { roundFraction, scoreOf } from './fraction.js';
import type { EntrySheets } from './sheets.js';
import type { RubricLayout } from './totals.js';
import type { AwardProgram, JudgeDiagnostics } from './types.js';

/** How a judge was standardised under `z-score`: on their own totals or on the panel's. @internal */
export type Standardization = NonNullable<JudgeDiagnostics['standardization']>;

/** An entry's sheets with its aggregate and the statistics reported beside it. @internal */
export interface AggregatedEntry extends EntrySheets {
  /** On the program's scale, rounded; null when no sheet counts. */
  readonly aggregate: number | null;
  /** The criterion lines; null when no sheet counts. */
  readonly lines: EntryLines | null;
  readonly median: number | null;
  readonly mean: number | null;
  /** Judges whose totals (by criterion: marks on some criterion) the trimmed mean dropped. */
  readonly trimmed: readonly string[];
  /** True when the trimmed mean fell back to the median. */
  readonly fallback: boolean;
  /** Under `z-score`: the entry's mean z (4 decimals); else null. */
  readonly standardScore: number | null;
}

/** The aggregates of every entry, in the order of the sheets, and the warnings. @internal */
export interface EntryAggregates {
  readonly entries: readonly AggregatedEntry[];
  /** Under `z-score`: how each judge (by panel index) was standardised; else null. */
  readonly standardization: readonly Standardization[] | null;
  readonly warnings: readonly CedsWarning[];
}

/** The sheets of an entry with its figures; fields named one by one, which is cheaper than a spread. */
function aggregated(s: EntrySheets, figures: Omit<AggregatedEntry, keyof EntrySheets>): AggregatedEntry {
  const { entry, row, counted, recused, incomplete } = s;
  return { entry, row, counted, recused, incomplete, ...figures };
}

function unjudged(sheets: EntrySheets): AggregatedEntry {
  return aggregated(sheets, {
    aggregate: null,
    lines: null,
    median: null,
    mean: null,
    trimmed: [],
    fallback: false,
    standardScore: null,
  });
}

/**
 * Aggregates each entry by the program's method (see docs/awards.md, "The computation"): its
 * counted totals under `by: 'judge'`, its criterion lines under `by: 'criterion'`.
 * `layout` gives the rubric's common denominator T and the range of a total; `lines` are the
 * entries' criterion lines, in the order of `sheets`.
 * @internal
 */
export function aggregateEntries(
  program: AwardProgram,
  sheets: readonly EntrySheets[],
  layout: Pick<RubricLayout, 'denominator' | 'bounds'>,
  lines: readonly (EntryLines | null)[],
): EntryAggregates {
  const { method } = program.rules.aggregation;
  return method === 'z-score'
    ? standardizedAggregates(program, sheets, layout, lines)
    : totalsAggregates(program, sheets, layout.denominator, method, lines);
}

function statistics(sheets: EntrySheets, denominator: bigint, precision: number) {
  return {
    median: scoreOf(medianOfSorted(sortTotals(sheets.counted)), denominator, precision),
    mean: scoreOf(meanOf(sheets.counted), denominator, precision),
  };
}

function totalsAggregates(
  program: AwardProgram,
  sheets: readonly EntrySheets[],
  denominator: bigint,
  method: 'mean' | 'median' | 'trimmed-mean',
  lines: readonly (EntryLines | null)[],
): EntryAggregates {
  const { precision } = program.rules;
  const { trim, by } = program.rules.aggregation;
  const warnings: CedsWarning[] = [];
  const entries = sheets.map((s, i): AggregatedEntry => {
    const own = lines[i]!;
    if (own === null) return unjudged(s);
    const { median, mean } = statistics(s, denominator, precision);
    let a: { aggregate: number; trimmed: readonly string[]; fallback: boolean };
    if (by === 'criterion') {
      let sum = 0n;
      for (const share of own.exact) sum += share;
      a = { aggregate: roundFraction(sum, own.unit, precision), trimmed: own.trimmed, fallback: own.fallback };
    } else {
      const t = aggregateTotals(s.counted, method, trim);
      a = { aggregate: scoreOf(t.value, denominator, precision), trimmed: t.trimmed, fallback: t.fallback };
    }
    if (a.fallback) {
      warnings.push({
        code: 'trimmed-mean-fallback',
        path: ['entries', s.entry.id],
        message: `Entry ${JSON.stringify(s.entry.id)} has ${s.counted.length} counted ${by === 'judge' ? 'totals' : 'marks on each criterion'}, too few to trim ${trim} at each end; the median was used`,
      });
    }
    return aggregated(s, { ...a, lines: own, median, mean, standardScore: null });
  });
  return { entries, standardization: null, warnings };
}

function standardizedAggregates(
  program: AwardProgram,
  sheets: readonly EntrySheets[],
  { denominator, bounds }: Pick<RubricLayout, 'denominator' | 'bounds'>,
  lines: readonly (EntryLines | null)[],
): EntryAggregates {
  const { panel, rules } = program;
  const totalsByJudge: bigint[][] = panel.map(() => []);
  for (const s of sheets) for (const sheet of s.counted) totalsByJudge[sheet.judge]!.push(sheet.n);
  const model = zScoreModel(totalsByJudge, denominator);
  const warnings: CedsWarning[] = [];
  model.judges.forEach((j, index) => {
    if (!j.own && totalsByJudge[index]!.length > 0) {
      warnings.push({
        code: 'panel-standardization',
        path: ['panel', panel[index]!.id],
        message: `${panel[index]!.name} has fewer than two counted totals or no spread, so their totals are standardised against the whole panel (their raw totals stand)`,
      });
    }
  });
  // The range of a total: 0–100 under `percent`, Σ w·min to Σ w·max under `points`.
  const [low, high] = bounds.map((k) => new Exact((100n * k).toString()).div(denominator.toString()));
  const entries = sheets.map((s, i): AggregatedEntry => {
    const own = lines[i]!;
    if (own === null) return unjudged(s);
    const { median, mean } = statistics(s, denominator, rules.precision);
    const z = zScoreAggregate(s.counted, model);
    const clamped = Exact.min(high!, Exact.max(low!, z.value));
    if (!clamped.eq(z.value)) {
      warnings.push({
        code: 'z-score-clamped',
        path: ['entries', s.entry.id],
        message: `The z-score aggregate of entry ${JSON.stringify(s.entry.id)} (${z.value.toFixed(rules.precision)}) lies outside ${low!.toString()}–${high!.toString()} and was clamped`,
      });
    }
    const aggregate = roundScore(clamped, rules.precision);
    const standardScore = roundScore(z.meanZ, 4);
    return aggregated(s, { aggregate, lines: own, median, mean, trimmed: [], fallback: false, standardScore });
  });
  const standardization = model.judges.map((j): Standardization => (j.own ? 'own' : 'panel'));
  return { entries, standardization, warnings };
}
