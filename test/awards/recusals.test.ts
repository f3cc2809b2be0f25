import { describe, expect, test } from 'vitest';
import { entry, participant, prepared, singleCriterionProgram } from './fixtures.js';

describe('recusalsOf', () => {
  test('a judge sits out the entries of their country, their organisation and declared conflicts, with every reason', () => {
    // Judge 1 comes from AA; judge 2 works for "Org 2" and declared a conflict with p1.
    const program = singleCriterionProgram({ conflicts: { declared: [{ judgeId: 'j2', participantId: 'p1' }] } });
    const { recusals } = prepared(program, {
      participants: [participant('p1', 'AA', { organization: ' ORG 2 ' })],
      entries: [entry('b', 'p1'), entry('a', 'p1', 'open-city')],
    });
    expect(recusals.map((r) => [r.judgeId, r.entryId, r.reason, r.reasons])).toEqual([
      ['j1', 'a', 'same-country', ['same-country']],
      ['j1', 'b', 'same-country', ['same-country']],
      ['j2', 'a', 'declared', ['declared', 'same-organization']],
      ['j2', 'b', 'declared', ['declared', 'same-organization']],
    ]);
    expect(recusals[2]!.message).toBe(
      'Judge 2 sits out "Project a" of P1: a declared conflict with P1; the same organisation (Org 2)',
    );
  });

  test('with the country and organisation rules off, only declared conflicts remain', () => {
    const program = singleCriterionProgram({ conflicts: { sameCountry: false, sameOrganization: false } });
    const { recusals } = prepared(program, {
      participants: [participant('p1', 'AA', { organization: 'Org 1' })],
      entries: [entry('a', 'p1')],
    });
    expect(recusals).toEqual([]);
  });
});
