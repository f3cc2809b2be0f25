import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import type { awardProgramShapeSchema } from '../../src/awards/input/program-schema.js';
import type { entrantsShapeSchema, submissionsShapeSchema } from '../../src/awards/input/submissions-schema.js';
import {
  defineAwardProgram,
  findConflicts,
  judgeAwards,
  type AwardProgram,
  type AwardProgramDefinition,
  type AwardResults,
  type CriterionLine,
  type Entrants,
  type Judge,
  type Participant,
  type RankedEntry,
  type Submissions,
  type TieBreak,
} from '../../src/awards.js';
import { entry, singleCriterionProgram } from './fixtures.js';

// The public types are written by hand for their documentation; these checks, run by `tsc`
// (`npm run typecheck`), keep them and the schemas that validate them in step.

/** A type as a schema's input sees it: the same shape, without `readonly`. */
type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

describe('the awards types match their schemas', () => {
  test('what the program schema accepts is an AwardProgramDefinition, and every definition or program passes it', () => {
    expectTypeOf<z.output<typeof awardProgramShapeSchema>>().toExtend<AwardProgramDefinition>();
    expectTypeOf<Writable<AwardProgramDefinition>>().toExtend<z.input<typeof awardProgramShapeSchema>>();
    expectTypeOf<Writable<AwardProgram>>().toExtend<z.input<typeof awardProgramShapeSchema>>();
  });

  test('what the submissions schemas accept is Submissions and Entrants, and every value of those passes them', () => {
    expectTypeOf<z.output<typeof submissionsShapeSchema>>().toExtend<Submissions>();
    expectTypeOf<Writable<Submissions>>().toExtend<z.input<typeof submissionsShapeSchema>>();
    expectTypeOf<z.output<typeof entrantsShapeSchema>>().toExtend<Entrants>();
    expectTypeOf<Writable<Entrants>>().toExtend<z.input<typeof entrantsShapeSchema>>();
    expectTypeOf<Submissions>().toExtend<Entrants>();
  });
});

describe('the results of judging by criterion', () => {
  test('a ranking line carries its criterion lines, with who counted and who was trimmed', () => {
    expectTypeOf<RankedEntry['criteria'][number]>().toEqualTypeOf<CriterionLine>();
    expectTypeOf<CriterionLine['judges']>().toEqualTypeOf<{
      readonly counted: readonly string[];
      readonly trimmed: readonly string[];
    }>();
    expectTypeOf<Pick<CriterionLine, 'id' | 'panelMark' | 'points'>>().toEqualTypeOf<{
      readonly id: string;
      readonly panelMark: number;
      readonly points: number;
    }>();
    expectTypeOf<AwardResults['aggregation']['by']>().toEqualTypeOf<'judge' | 'criterion'>();
    expectTypeOf<AwardResults['scale']>().toEqualTypeOf<'percent' | 'points'>();
    expectTypeOf<{ readonly criteria: readonly string[] }>().toExtend<TieBreak>();
  });
});

describe('optional inputs take undefined (exactOptionalPropertyTypes)', () => {
  const judge: Judge = {
    id: 'j1',
    name: 'Judge 1',
    country: 'AA',
    organization: 'Org 1',
    position: undefined,
    organizationCountry: undefined,
  };
  const definition: AwardProgramDefinition = {
    ...singleCriterionProgram(),
    panel: [judge],
    rules: {
      aggregation: { method: 'mean', trim: undefined, by: undefined },
      quorum: undefined,
      conflicts: { sameCountry: undefined, sameOrganization: undefined, declared: undefined },
      maxEntriesPerParticipant: undefined,
      prizeThresholds: undefined,
      tieBreak: undefined,
      precision: undefined,
      scale: undefined,
      monitoring: { deviation: undefined },
    },
  };

  test('a program with every optional field undefined gets the defaults', () => {
    expect(defineAwardProgram(definition).rules).toEqual(defineAwardProgram({ ...definition, rules: {} }).rules);
    expect(defineAwardProgram({ ...definition, rules: undefined }).rules.quorum).toBe(1);
  });

  test('a participant without an organization, and entrants with scores undefined', () => {
    const participant: Participant = {
      id: 'p1',
      name: 'P1',
      kind: 'city',
      country: 'ZZ',
      membership: 'member',
      organization: undefined,
    };
    const entrants: Entrants = { participants: [participant], entries: [entry('a', 'p1')], scores: undefined };
    expect(findConflicts(definition, entrants)).toEqual([]);
    expect(judgeAwards(definition, { ...entrants, scores: [] }).recusals).toEqual([]);
  });
});
