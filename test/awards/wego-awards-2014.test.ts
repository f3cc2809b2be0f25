import { describe, expect, test } from 'vitest';
import {
  defineAwardProgram,
  findConflicts,
  wegoAwardCategories,
  wegoAwards2014,
  wegoAwardTiers2014,
  wegoMembershipKinds,
} from '../../src/awards.js';

describe('the 2nd WeGO Awards (2014)', () => {
  test('seven judges, each with a name, country and organisation as WeGO published them', () => {
    expect(wegoAwards2014.panel).toHaveLength(7);
    expect(wegoAwards2014.panel.map((j) => [j.name, j.country])).toEqual([
      ['Jong Sung Hwang', 'KR'],
      ['Chris Moore', 'CA'],
      ['Mustafa Omar Nawari', 'SD'],
      ['Joonas Pekkanen', 'FI'],
      ['Giulio Quaggiotto', 'ID'],
      ['Nadezhda Glebobna Yarushkina', 'RU'],
      ['Tang Zhiwei', 'CN'],
    ]);
    expect(wegoAwards2014.panel.find((j) => j.id === 'hwang')).toMatchObject({
      position: 'Vice President',
      organization: 'National Information Society Agency (NIA)',
    });
  });

  test('one position was not published and is absent rather than invented', () => {
    expect(wegoAwards2014.panel.filter((j) => j.position === undefined).map((j) => j.id)).toEqual(['quaggiotto']);
  });

  test('five categories × three tiers, in WeGO order', () => {
    expect(wegoAwards2014.categories.map((c) => c.name)).toEqual([
      'Services',
      'Efficiency',
      'Open City',
      'Urban Management',
      'Digital Divide',
    ]);
    expect(wegoAwards2014.tiers.map((t) => t.name)).toEqual([
      "Best e-Gov't Prize",
      "Outstanding e-Gov't Prize",
      "Most Promising e-Gov't Prize",
    ]);
    expect(wegoAwardCategories).toEqual(wegoAwards2014.categories);
    expect(wegoAwardTiers2014).toEqual(wegoAwards2014.tiers);
  });

  test('15 winners announced: the five Best prizes verified, the ten others listed as unverified', () => {
    expect(wegoAwards2014.winnerCount).toBe(15);
    expect(wegoAwards2014.applications).toBe(68);
    const best = Object.fromEntries(wegoAwards2014.winners.map((w) => [`${w.category}/${w.tier}`, w.winner]));
    expect(best).toEqual({
      'services/best': 'Taipei',
      'efficiency/best': 'Bangalore',
      'open-city/best': 'Helsinki',
      'urban-management/best': 'Seoul',
      'digital-divide/best': 'New Taipei',
    });
    expect(wegoAwards2014.unverified).toHaveLength(10);
    expect(wegoAwards2014.unverified.every((s) => s.tier !== 'best')).toBe(true);
    const slots = new Set(
      [...wegoAwards2014.winners, ...wegoAwards2014.unverified].map((s) => `${s.category}/${s.tier}`),
    );
    expect(slots.size).toBe(15);
  });

  test('the data is deeply frozen and serves as a program', () => {
    expect(Object.isFrozen(wegoAwards2014.panel[0])).toBe(true);
    const program = defineAwardProgram({
      edition: wegoAwards2014.edition,
      categories: wegoAwards2014.categories,
      tiers: wegoAwards2014.tiers,
      rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
      panel: wegoAwards2014.panel,
    });
    const conflicts = findConflicts(program, {
      participants: [{ id: 'seoul', name: 'Seoul', kind: 'city', country: 'KR', membership: 'member' }],
      entries: [{ id: 'seoul-um', participantId: 'seoul', category: 'urban-management', title: 'Urban management' }],
    });
    expect(conflicts.map((c) => c.judgeId)).toEqual(['hwang']);
  });

  test('membership kinds', () => {
    expect(wegoMembershipKinds).toEqual(['member', 'friendship-member', 'non-member']);
  });
});
