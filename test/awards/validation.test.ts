import { describe, expect, test } from 'vitest';
import {
  defineAwardProgram,
  findConflicts,
  judgeAwards,
  safeJudgeAwards,
  type AwardProgramDefinition,
  type Submissions,
} from '../../src/awards.js';
import { parseSubmissions } from '../../src/awards/submissions.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from './fixtures.js';
import { issuesOf } from '../issues-of.js';

const base: Submissions = submissions({
  participants: [participant('p1'), participant('p2')],
  entries: [entry('a', 'p1'), entry('b', 'p2')],
  scores: sheet('a', [7, 8, 9]),
});

describe('malformed submissions give a CedsInputError with a path', () => {
  const program = singleCriterionProgram();
  const judge = (s: Submissions) => issuesOf(() => judgeAwards(program, s));

  test('a score off the scale', () => {
    const [issue] = judge({ ...base, scores: [{ judgeId: 'j1', entryId: 'a', criterionId: 'overall', value: 11 }] });
    expect(issue).toMatchObject({ path: ['scores', 0, 'value'], code: 'too_big' });
    expect(issue!.message).toContain('(0 to 10)');
    expect(
      judge({ ...base, scores: [{ judgeId: 'j1', entryId: 'a', criterionId: 'overall', value: -1 }] })[0]!.code,
    ).toBe('too_small');
  });
  test('an unknown judge, entry or criterion', () => {
    const issues = judge({
      ...base,
      scores: [
        { judgeId: 'nobody', entryId: 'zz', criterionId: 'overall', value: 1 },
        { judgeId: 'j1', entryId: 'a', criterionId: 'beauty', value: 1 },
      ],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['scores', 0, 'judgeId'], 'unknown_judge'],
      [['scores', 0, 'entryId'], 'unknown_entry'],
      [['scores', 1, 'criterionId'], 'unknown_criterion'],
    ]);
  });
  test('a duplicate score', () => {
    const [issue] = judge({ ...base, scores: [...sheet('a', [7]), ...sheet('a', [8])] });
    expect(issue).toMatchObject({ path: ['scores', 1], code: 'duplicate_score' });
    expect(issue!.message).toContain('scores[0]');
  });
  test('an unknown category', () => {
    expect(judge({ ...base, entries: [entry('a', 'p1', 'sports')] })[0]).toMatchObject({
      path: ['entries', 0, 'category'],
      code: 'unknown_category',
    });
  });
  test('a third entry from one participant', () => {
    const issues = judge({
      ...base,
      scores: [],
      entries: [entry('a', 'p1'), entry('b', 'p1', 'open-city'), entry('c', 'p1')],
    });
    expect(issues).toEqual([
      expect.objectContaining({ path: ['entries', 2, 'participantId'], code: 'too_many_entries' }),
    ]);
  });
  test('duplicate ids and unknown participants', () => {
    const issues = judge({
      participants: [participant('p1'), participant('p1')],
      entries: [entry('a', 'p9'), entry('a', 'p1')],
      scores: [],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['participants', 1, 'id'], 'duplicate_id'],
      [['entries', 1, 'id'], 'duplicate_id'],
      [['entries', 0, 'participantId'], 'unknown_participant'],
    ]);
  });
  test('too many decimals', () => {
    expect(
      judge({ ...base, scores: [{ judgeId: 'j1', entryId: 'a', criterionId: 'overall', value: 1.1234567 }] })[0],
    ).toMatchObject({ path: ['scores', 0, 'value'], code: 'too_precise' });
  });
  test('shape errors: wrong types, unknown keys, bad country', () => {
    const bad = {
      ...base,
      participants: [{ ...participant('p1'), country: 'Finland', extra: 1 }],
      scores: [{ judgeId: 'j1', entryId: 'a', criterionId: 'overall', value: '7' }],
    };
    const issues = judge(bad as unknown as Submissions);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['participants', 0, 'country'],
        ['participants', 0, 'extra'],
        ['scores', 0, 'value'],
      ]),
    );
  });
  test('safeJudgeAwards returns the error instead of throwing', () => {
    const result = safeJudgeAwards(program, { ...base, entries: [entry('a', 'p1', 'sports')] });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues[0]!.code).toBe('unknown_category');
  });
  test('findConflicts validates its participants and entries', () => {
    expect(
      issuesOf(() => findConflicts(program, { participants: [participant('p1')], entries: [entry('a', 'p2')] }))[0],
    ).toMatchObject({
      path: ['entries', 0, 'participantId'],
    });
  });
});

describe('a declared conflict must name a participant (issue 13, item 8)', () => {
  const program = singleCriterionProgram({ conflicts: { declared: [{ judgeId: 'j1', participantId: 'seuol' }] } });
  const entrants = { participants: [participant('seoul')], entries: [entry('a', 'seoul')] };

  test('a misspelt participant is an error, not a judge who silently counts', () => {
    for (const call of [() => judgeAwards(program, submissions(entrants)), () => findConflicts(program, entrants)]) {
      expect(issuesOf(call)).toEqual([
        {
          path: ['rules', 'conflicts', 'declared', 0, 'participantId'],
          code: 'unknown_participant',
          message: 'The program declares a conflict of judge "j1" with "seuol", who is not among the participants',
        },
      ]);
    }
  });

  test('spelt right, the judge sits the entry out', () => {
    const fixed = singleCriterionProgram({ conflicts: { declared: [{ judgeId: 'j1', participantId: 'seoul' }] } });
    expect(findConflicts(fixed, entrants).map((r) => [r.judgeId, r.reason])).toEqual([['j1', 'declared']]);
  });
});

describe('parseSubmissions', () => {
  test('returns a validated copy of the submissions, not the input', () => {
    const program = defineAwardProgram(singleCriterionProgram());
    const copy = parseSubmissions(program, base);
    expect(copy).toEqual(base);
    expect(copy).not.toBe(base);
    expect(copy.scores[0]).not.toBe(base.scores[0]);
  });
});

describe('defineAwardProgram', () => {
  const define = (p: unknown) => issuesOf(() => defineAwardProgram(p as AwardProgramDefinition));
  const valid = singleCriterionProgram();

  test('fills every default and freezes the result without touching the input', () => {
    const input = structuredClone(valid);
    const program = defineAwardProgram(input);
    expect(program.rules).toEqual({
      aggregation: { method: 'mean', trim: 0, by: 'judge' },
      quorum: 3,
      conflicts: { sameCountry: true, sameOrganization: true, declared: [] },
      maxEntriesPerParticipant: 2,
      prizeThresholds: {},
      tieBreak: [],
      precision: 2,
      scale: 'percent',
      monitoring: { deviation: 15 },
    });
    expect(Object.isFrozen(program.panel[0])).toBe(true);
    expect(input).toEqual(valid);
    expect(defineAwardProgram(program)).toEqual(program);
  });
  test('a small panel gets a quorum of its size', () => {
    expect(defineAwardProgram({ ...valid, panel: valid.panel.slice(0, 2) }).rules.quorum).toBe(2);
  });
  test('rejects a scale whose max is not above its min, and all-zero weights', () => {
    const issues = define({ ...valid, rubric: { criteria: [{ id: 'x', name: 'X', weight: 0, min: 5, max: 5 }] } });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['rubric', 'criteria', 0, 'max'], 'invalid_scale'],
      [['rubric', 'criteria'], 'all_zero_weights'],
    ]);
  });
  test('rejects duplicate ids, unknown tiers, criteria and judges in the rules', () => {
    const issues = define({
      ...valid,
      categories: [...valid.categories, { id: 'services', name: 'Again' }],
      rules: {
        prizeThresholds: { gold: 80 },
        tieBreak: ['median', 'median', { criterion: 'nope' }],
        conflicts: { declared: [{ judgeId: 'x', participantId: 'p' }] },
        quorum: 9,
      },
    });
    expect(issues.map((i) => i.code)).toEqual([
      'duplicate_id',
      'too_big',
      'unknown_judge',
      'unknown_tier',
      'duplicate_tie_break',
      'unknown_criterion',
    ]);
  });
  test('trim only with trimmed-mean, and at least 1', () => {
    expect(define({ ...valid, rules: { aggregation: { method: 'mean', trim: 1 } } })[0]).toMatchObject({
      code: 'unexpected_option',
    });
    expect(define({ ...valid, rules: { aggregation: { method: 'trimmed-mean', trim: 0 } } })[0]).toMatchObject({
      code: 'too_small',
    });
    expect(
      defineAwardProgram({ ...valid, rules: { aggregation: { method: 'trimmed-mean', trim: 2 } } }).rules.aggregation,
    ).toEqual({ method: 'trimmed-mean', trim: 2, by: 'judge' });
  });
  test('shape errors carry paths and messages', () => {
    const issues = define({
      ...valid,
      edition: '',
      tiers: [],
      rules: { aggregation: { method: 'olympic' }, precision: 9 },
      panel: [{ ...valid.panel[0], country: 'kr' }],
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['edition'],
        ['tiers'],
        ['rules', 'aggregation', 'method'],
        ['rules', 'precision'],
        ['panel', 0, 'country'],
      ]),
    );
  });
  test('too many decimals in a weight', () => {
    expect(
      define({ ...valid, rubric: { criteria: [{ id: 'x', name: 'X', weight: 1 / 3, min: 0, max: 1 }] } })[0],
    ).toMatchObject({ path: ['rubric', 'criteria', 0, 'weight'], code: 'too_precise' });
  });
  test('a __proto__ key is an unknown tier, not a prototype change', () => {
    const rules = JSON.parse('{"prizeThresholds": {"__proto__": 50}}') as AwardProgramDefinition['rules'];
    expect(define({ ...valid, rules })[0]).toMatchObject({ code: 'unknown_tier' });
  });
});
