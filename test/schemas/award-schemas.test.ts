import { describe, expect, test } from 'vitest';
import { awardProgramSchema } from '../../src/schemas/award-program.js';
import { submissionsSchema } from '../../src/schemas/submissions.js';
import { entry, participant, sheet, singleCriterionProgram } from '../awards/fixtures.js';

describe('awardProgramSchema (for the schemas entry)', () => {
  test('accepts a valid definition', () => {
    expect(awardProgramSchema.safeParse(singleCriterionProgram()).success).toBe(true);
  });
  test('reports the rules across fields as custom issues with their rule code', () => {
    const result = awardProgramSchema.safeParse({
      ...singleCriterionProgram(),
      rules: { prizeThresholds: { gold: 50 } },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      code: 'custom',
      path: ['rules', 'prizeThresholds', 'gold'],
      params: { rule: 'unknown_tier' },
    });
  });
});

describe('submissionsSchema (for the schemas entry)', () => {
  test('accepts valid submissions', () => {
    const ok = { participants: [participant('p1')], entries: [entry('a', 'p1')], scores: sheet('a', [7, 8]) };
    expect(submissionsSchema.safeParse(ok).success).toBe(true);
  });
  test('reports duplicate ids, unknown participants and entries, and duplicate scores', () => {
    const bad = {
      participants: [participant('p1'), participant('p1')],
      entries: [entry('a', 'p9')],
      scores: [...sheet('zz', [1]), ...sheet('a', [1]), ...sheet('a', [2])],
    };
    const result = submissionsSchema.safeParse(bad);
    expect(result.error!.issues.map((i) => [i.path, (i as { params?: { rule?: string } }).params?.rule])).toEqual([
      [['participants', 1, 'id'], 'duplicate_id'],
      [['entries', 0, 'participantId'], 'unknown_participant'],
      [['scores', 0, 'entryId'], 'unknown_entry'],
      [['scores', 2], 'duplicate_score'],
    ]);
  });
});
