import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { safeJudgeAwards } from '../../src/awards.js';
import type { AwardProgramDefinition, Submissions } from '../../src/awards.js';
import { RUNS, expectSafe, mutate, mutationArbitrary } from './invariants.js';

const judge = (program: unknown, submissions: unknown) => () =>
  safeJudgeAwards(program as AwardProgramDefinition, submissions as Submissions);

const COUNTRIES = ['FI', 'KR', 'BR', 'KE', 'DE'];

/** A small valid judging: every judge scores every criterion of every entry. */
const judgingArbitrary = fc
  .record({
    judges: fc.integer({ min: 1, max: 4 }),
    criteria: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 3 }), max: fc.constantFrom(5, 10, 100) }), {
      minLength: 1,
      maxLength: 3,
    }),
    entries: fc.integer({ min: 0, max: 5 }),
    method: fc.constantFrom('mean', 'median', 'trimmed-mean', 'z-score'),
    tieBreak: fc.subarray(['median', 'mean'] as const),
    values: fc.infiniteStream(fc.integer({ min: 0, max: 100 })),
  })
  .filter((s) => s.criteria.some((c) => c.weight > 0))
  .map((s) => {
    const program = {
      edition: 'Fuzz',
      categories: [
        { id: 'services', name: 'Services' },
        { id: 'open-city', name: 'Open City' },
      ],
      tiers: [
        { id: 'gold', name: 'Gold' },
        { id: 'silver', name: 'Silver' },
      ],
      rubric: {
        criteria: s.criteria.map((c, i) => ({ id: `c${i}`, name: `C${i}`, weight: c.weight, min: 0, max: c.max })),
      },
      panel: Array.from({ length: s.judges }, (_, j) => ({
        id: `j${j}`,
        name: `J${j}`,
        country: COUNTRIES[j]!,
        organization: `Org ${j}`,
      })),
      rules: { aggregation: { method: s.method }, quorum: 1, tieBreak: s.tieBreak },
    };
    const participants = Array.from({ length: s.entries }, (_, p) => ({
      id: `p${p}`,
      name: `P${p}`,
      kind: 'city',
      country: COUNTRIES[(p + 2) % COUNTRIES.length]!,
      membership: 'member',
    }));
    const entries = participants.map((p, e) => ({
      id: `e${e}`,
      participantId: p.id,
      category: e % 2 === 0 ? 'services' : 'open-city',
      title: `Entry ${e}`,
    }));
    const stream = s.values[Symbol.iterator]();
    const scores = entries.flatMap((entry) =>
      program.panel.flatMap((j) =>
        program.rubric.criteria.map((c) => ({
          judgeId: j.id,
          entryId: entry.id,
          criterionId: c.id,
          value: (stream.next().value as number) % (c.max + 1),
        })),
      ),
    );
    return { program, submissions: { participants, entries, scores } };
  });

describe('safeJudgeAwards never throws, and returns clean frozen data or a CedsInputError', () => {
  test.prop([fc.jsonValue(), fc.jsonValue()], { numRuns: RUNS })(
    'for any JSON values as program and submissions',
    (program, submissions) => {
      expectSafe(judge(program, submissions), [program, submissions]);
    },
  );

  test.prop(
    [
      judgingArbitrary,
      fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('program', 'submissions', 'both'),
    ],
    { numRuns: RUNS },
  )(
    'for a valid judging with one to three things changed, removed, added, duplicated or wrapped',
    ({ program, submissions }, mutations, where) => {
      const p = where === 'submissions' ? program : mutate(program, mutations);
      const s = where === 'program' ? submissions : mutate(submissions, mutations);
      expectSafe(judge(p, s), [p, s]);
    },
  );
});
