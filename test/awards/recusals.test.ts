import { describe, expect, test } from 'vitest';
import { organizationKey } from '../../src/awards/recusals.js';
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

describe('organisations are compared as a person reads them (issue 13, item 10)', () => {
  // Judge 2 works for "Org 2" and comes from BB; the participant comes from ZZ.
  const sitsOut = (organization: string) =>
    prepared(singleCriterionProgram(), {
      participants: [participant('p1', 'ZZ', { organization })],
      entries: [entry('a', 'p1')],
    }).recusals.map((r) => [r.judgeId, r.reason]);

  test.each([
    ['a double space', 'Org  2'],
    ['a zero-width space', 'Org\u200B 2'],
    ['a soft hyphen', 'O\u00ADrg 2'],
    ['a word joiner and a byte order mark', '\uFEFFOrg\u2060 2'],
    ['a left-to-right mark', '\u200EOrg 2'],
    ['a trailing dot', 'Org 2.'],
    ['leading and trailing punctuation', '"Org 2";'],
    ['a no-break space and a tab', 'Org\u00A0\t2'],
    ['full-width letters', 'Ｏｒｇ ２'],
    ['capitals', 'ORG 2'],
  ])('%s does not evade the recusal', (_, organization) => {
    expect(sitsOut(organization)).toEqual([['j2', 'same-organization']]);
  });

  test('different names stay different, and a name of punctuation only matches none', () => {
    expect(sitsOut('Org 23')).toEqual([]);
    expect(sitsOut('Org-2')).toEqual([]);
    expect(organizationKey('...')).toBeUndefined();
  });

  test('the key: NFKC, format characters out, white space collapsed, ends trimmed, case folded', () => {
    expect(organizationKey('  Pulse\u00AD Lab \u200B Jakarta (UN Global Pulse).')).toBe(
      'pulse lab jakarta (un global pulse',
    );
    expect(organizationKey('STRASSE')).toBe(organizationKey('Straße'));
    expect(organizationKey(undefined)).toBeUndefined();
  });
});
