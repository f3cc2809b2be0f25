import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { decimalsOf } from '../core/numbers.js';
import { indexIds } from '../core/rules.js';
import { parseAsGiven } from '../core/validate.js';
import { entrantsShapeSchema, submissionsShapeSchema } from './input/submissions-schema.js';
import type { AwardProgram, Entrants, Entry, Participant, Score, Submissions } from './types.js';

/** Participants and entries, validated against a program. @internal */
export interface CheckedEntrants {
  readonly participants: readonly Participant[];
  readonly entries: readonly Entry[];
  readonly participantById: ReadonlyMap<string, Participant>;
}

/** One judge's sheet for one entry: criterion index → the index of the score in `scores`. @internal */
export type Sheet = ReadonlyMap<number, number>;

/**
 * Validated submissions laid out for judging. Only the sheets handed in are kept, so memory
 * grows with the scores given, never with entries × judges × criteria.
 * @internal
 */
export interface ScoreTable extends CheckedEntrants {
  /** The validated scores, in input order. */
  readonly scores: readonly Score[];
  /** Per entry, in input order: the sheets handed in, by judge panel index; undefined for none. */
  readonly sheets: readonly (ReadonlyMap<number, Sheet> | undefined)[];
  /** The most decimals of any value or scale bound: values × 10^decimals are integers. */
  readonly decimals: number;
}

function checkEntrants(
  program: AwardProgram,
  participants: readonly Participant[],
  entries: readonly Entry[],
  issues: CedsIssue[],
): CheckedEntrants {
  const participantIndex = indexIds(
    participants.map((p) => p.id),
    ['participants'],
    'Participant id',
    issues,
  );
  indexIds(
    entries.map((e) => e.id),
    ['entries'],
    'Entry id',
    issues,
  );
  const categories = new Set(program.categories.map((c) => c.id));
  const perParticipant = new Map<string, number>();
  const limit = program.rules.maxEntriesPerParticipant;
  entries.forEach((entry, i) => {
    if (!participantIndex.has(entry.participantId)) {
      issues.push({
        path: ['entries', i, 'participantId'],
        code: 'unknown_participant',
        message: `No participant ${JSON.stringify(entry.participantId)}`,
      });
    }
    if (!categories.has(entry.category)) {
      issues.push({
        path: ['entries', i, 'category'],
        code: 'unknown_category',
        message: `No category ${JSON.stringify(entry.category)} in the program`,
      });
    }
    const count = (perParticipant.get(entry.participantId) ?? 0) + 1;
    perParticipant.set(entry.participantId, count);
    if (count === limit + 1) {
      issues.push({
        path: ['entries', i, 'participantId'],
        code: 'too_many_entries',
        message: `Participant ${JSON.stringify(entry.participantId)} may enter at most ${limit} entr${limit === 1 ? 'y' : 'ies'}`,
      });
    }
  });
  declaredConflictIssues(program, participantIndex, issues);
  const participantById = new Map(participants.map((p) => [p.id, p]));
  return { participants, entries, participantById };
}

/**
 * A declared conflict must name a participant, or the conflicted judge would count unseen. The
 * program alone cannot tell, so the issue is raised with the submissions, at the path of the
 * conflict in the program: `rules.conflicts.declared[i].participantId`.
 */
function declaredConflictIssues(
  program: AwardProgram,
  participantIndex: ReadonlyMap<string, number>,
  issues: CedsIssue[],
): void {
  program.rules.conflicts.declared.forEach((d, i) => {
    if (!participantIndex.has(d.participantId))
      issues.push({
        path: ['rules', 'conflicts', 'declared', i, 'participantId'],
        code: 'unknown_participant',
        message: `The program declares a conflict of judge ${JSON.stringify(d.judgeId)} with ${JSON.stringify(d.participantId)}, who is not among the participants`,
      });
  });
}

/**
 * Validates participants and entries against a program (for `findConflicts`); scores, when
 * given, are checked for their shape only.
 * @internal
 */
export function validateEntrants(program: AwardProgram, input: unknown): CheckedEntrants {
  const parsed: Entrants = parseAsGiven(entrantsShapeSchema, input, 'entrants');
  const issues: CedsIssue[] = [];
  const entrants = checkEntrants(program, parsed.participants, parsed.entries, issues);
  if (issues.length > 0) throw new CedsInputError(issues, 'entrants');
  return entrants;
}

/**
 * Validates submissions against a program and returns the validated copy: plain data read
 * once from `input`, which a caller may use instead of the input without validating it again.
 * @internal
 */
export function parseSubmissions(program: AwardProgram, input: unknown): Submissions {
  return checkSubmissions(program, input).submissions;
}

/** Validates submissions against a program and lays the scores out in a table. @internal */
export function validateSubmissions(program: AwardProgram, input: unknown): ScoreTable {
  return checkSubmissions(program, input).table;
}

function checkSubmissions(program: AwardProgram, input: unknown): { submissions: Submissions; table: ScoreTable } {
  const submissions: Submissions = parseAsGiven(submissionsShapeSchema, input, 'submissions');
  const issues: CedsIssue[] = [];
  const entrants = checkEntrants(program, submissions.participants, submissions.entries, issues);
  const { sheets, decimals } = tabulateScores(program, entrants.entries, submissions.scores, issues);
  if (issues.length > 0) throw new CedsInputError(issues, 'submissions');
  return { submissions, table: { ...entrants, scores: submissions.scores, sheets, decimals } };
}

/** Checks every score against the program and lays the values out (see `ScoreTable`). */
function tabulateScores(
  program: AwardProgram,
  entries: readonly Entry[],
  scores: readonly Score[],
  issues: CedsIssue[],
): Pick<ScoreTable, 'sheets' | 'decimals'> {
  // Sheets are made as scores arrive: memory follows the scores, not entries × judges × criteria.
  const { criteria } = program.rubric;
  const judgeIndex = new Map(program.panel.map((j, i) => [j.id, i]));
  const entryIndex = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!entryIndex.has(e.id)) entryIndex.set(e.id, i);
  });
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const sheets: (Map<number, Map<number, number>> | undefined)[] = entries.map(() => undefined);
  let decimals = 0;
  for (const c of criteria) decimals = Math.max(decimals, decimalsOf(c.min), decimalsOf(c.max));
  let scale = 10 ** decimals;
  scores.forEach((score, i) => {
    const j = judgeIndex.get(score.judgeId);
    const e = entryIndex.get(score.entryId);
    const c = criterionIndex.get(score.criterionId);
    if (j === undefined)
      issues.push({
        path: ['scores', i, 'judgeId'],
        code: 'unknown_judge',
        message: `No judge ${JSON.stringify(score.judgeId)} on the panel`,
      });
    if (e === undefined)
      issues.push({
        path: ['scores', i, 'entryId'],
        code: 'unknown_entry',
        message: `No entry ${JSON.stringify(score.entryId)}`,
      });
    if (c === undefined) {
      issues.push({
        path: ['scores', i, 'criterionId'],
        code: 'unknown_criterion',
        message: `No criterion ${JSON.stringify(score.criterionId)} in the rubric`,
      });
      return;
    }
    const criterion = criteria[c]!;
    const v = score.value;
    if (v < criterion.min || v > criterion.max) {
      issues.push({
        path: ['scores', i, 'value'],
        code: v < criterion.min ? 'too_small' : 'too_big',
        message: `${v} is off the scale of ${JSON.stringify(criterion.id)} (${criterion.min} to ${criterion.max})`,
      });
      return;
    }
    // Most values have no more decimals than those seen so far: one check settles them.
    if (Math.round(v * scale) / scale !== v) {
      const places = decimalsOf(v);
      if (places > 6)
        issues.push({ path: ['scores', i, 'value'], code: 'too_precise', message: `At most 6 decimals, got ${v}` });
      else if (places > decimals) {
        decimals = places;
        scale = 10 ** places;
      }
    }
    if (j === undefined || e === undefined) return;
    const bySheet = (sheets[e] ??= new Map<number, Map<number, number>>());
    let sheet = bySheet.get(j);
    if (sheet === undefined) bySheet.set(j, (sheet = new Map<number, number>()));
    const first = sheet.get(c);
    if (first === undefined) sheet.set(c, i);
    else
      issues.push({
        path: ['scores', i],
        code: 'duplicate_score',
        message: `Judge ${JSON.stringify(score.judgeId)} already scored ${JSON.stringify(score.criterionId)} of entry ${JSON.stringify(score.entryId)} at scores[${first}]`,
      });
  });
  return { sheets, decimals };
}
