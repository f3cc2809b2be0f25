import { describe, expect, test } from 'vitest';
import { awardProgramSchema, submissionsSchemaFor } from '../../src/schemas.js';
import { entry, participant, sheet, singleCriterionProgram } from '../awards/fixtures.js';

describe('awardProgramSchema (for the schemas entry)', () => {
  test('accepts a valid definition', () => {
    expect(awardProgramSchema['~standard'].validate(singleCriterionProgram())).not.toHaveProperty('issues');
  });
  test('reports the rules across fields with their own rule code', () => {
    const result = awardProgramSchema['~standard'].validate({
      ...singleCriterionProgram(),
      rules: { prizeThresholds: { gold: 50 } },
    });
    expect(result).toMatchObject({
      issues: [{ code: 'unknown_tier', path: ['rules', 'prizeThresholds', 'gold'] }],
    });
  });
});

describe('submissionsSchemaFor (for the schemas entry)', () => {
  const schema = submissionsSchemaFor(singleCriterionProgram());
  test('accepts valid submissions and returns the copy it validated, not the value given', () => {
    const ok = { participants: [participant('p1')], entries: [entry('a', 'p1')], scores: sheet('a', [7, 8]) };
    expect(schema['~standard'].validate(ok)).toEqual({ value: ok });
    expect(schema.parse(ok)).toEqual(ok);
    expect(schema.parse(ok)).not.toBe(ok);
  });
  test('a getter answers once: what the validator returns is what it checked', () => {
    let reads = 0;
    const score = { judgeId: 'j1', entryId: 'a', criterionId: 'overall' };
    Object.defineProperty(score, 'value', { enumerable: true, get: () => (reads++ === 0 ? 7 : 1000) });
    const value = schema.parse({ participants: [participant('p1')], entries: [entry('a', 'p1')], scores: [score] });
    expect(value.scores[0]!.value).toBe(7);
    expect(reads).toBe(1);
  });
  test('reports duplicate ids, unknown participants and entries, and duplicate scores', () => {
    const bad = {
      participants: [participant('p1'), participant('p1')],
      entries: [entry('a', 'p9')],
      scores: [...sheet('zz', [1]), ...sheet('a', [1]), ...sheet('a', [2])],
    };
    expect(schema['~standard'].validate(bad)).toMatchObject({
      issues: [
        { path: ['participants', 1, 'id'], code: 'duplicate_id' },
        { path: ['entries', 0, 'participantId'], code: 'unknown_participant' },
        { path: ['scores', 0, 'entryId'], code: 'unknown_entry' },
        { path: ['scores', 2], code: 'duplicate_score' },
      ],
    });
  });
});
