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
  test('the seven judges: name, country, position and organisation as the deck prints them', () => {
    // WeGO, FONARI 2015 presentation (deck) "FONARI Meeting: III Meeting of Municipalities for
    // Sustainable Development", table "Judging Panel of the 2nd WeGO Awards 2014" (which lists the
    // judges by country; the library keeps its established order). The printed country is held
    // as its ISO code: Canada CA, China CN, Finland FI, Indonesia ID, Russia RU, S. Korea KR,
    // Sudan SD. Every judge's position is printed, so none is absent.
    expect(wegoAwards2014.panel.map((j) => [j.id, j.name, j.country, j.position, j.organization])).toEqual([
      ['hwang', 'Jong-Sung Hwang', 'KR', 'Head, Korea Big Data Center', 'National Information Society Agency'],
      ['moore', 'Chris Moore', 'CA', 'Principal Consultant', 'AcuitasGov'],
      ['nawari', 'Mustafa Omar Nawari', 'SD', 'Professor, Dynamical Systems', 'University of Khartoum'],
      ['pekkanen', 'Joonas Pekkanen', 'FI', 'Founder and President', 'Open Ministry'],
      ['quaggiotto', 'Giulio Quaggiotto', 'ID', 'Manager', 'Pulse Lab Jakarta (UN Global Pulse)'],
      ['yarushkina', 'Nadezhda Yarushkina', 'RU', 'Vice-President of Research', 'Ulyanovsk State Technical University'],
      [
        'tang',
        'Tang Zhiwei',
        'CN',
        'Vice Dean, School of Political and Public Administration',
        'University of Electronic Science & Technology of China',
      ],
    ]);
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

  test('the fifteen winners: category, tier, city and country as the deck prints them', () => {
    // WeGO, FONARI 2015 presentation (deck) "FONARI Meeting: III Meeting of Municipalities for
    // Sustainable Development", table "The 2nd WeGO Awards 2014 Winners": city names in title
    // case (the deck sets them in capitals), countries as printed, with their ISO codes.
    expect(wegoAwards2014.winners.map((w) => [w.category, w.tier, w.winner, w.countryName, w.country])).toEqual([
      ['services', 'best', 'Taipei', 'Chinese Taipei', 'TW'],
      ['services', 'outstanding', 'Songpa', 'Republic of Korea', 'KR'],
      ['services', 'most-promising', 'Beyoglu', 'Turkey', 'TR'],
      ['efficiency', 'best', 'Bangalore', 'India', 'IN'],
      ['efficiency', 'outstanding', 'Barcelona', 'Spain', 'ES'],
      ['efficiency', 'most-promising', 'San Fernando, La Union', 'Philippines', 'PH'],
      ['open-city', 'best', 'Helsinki', 'Finland', 'FI'],
      ['open-city', 'outstanding', 'Hong Kong Special Administrative Region', "People's Republic of China", 'CN'],
      ['open-city', 'most-promising', 'Chengdu', "People's Republic of China", 'CN'],
      ['urban-management', 'best', 'Seoul', 'Republic of Korea', 'KR'],
      ['urban-management', 'outstanding', 'Gimpo', 'Republic of Korea', 'KR'],
      ['urban-management', 'most-promising', 'Ankara', 'Turkey', 'TR'],
      ['digital-divide', 'best', 'New Taipei', 'Chinese Taipei', 'TW'],
      ['digital-divide', 'outstanding', 'Danang', 'Vietnam', 'VN'],
      ['digital-divide', 'most-promising', 'Singapore', 'Singapore', 'SG'],
    ]);
    for (const w of wegoAwards2014.winners) {
      expect(w.source).toContain("'The 2nd WeGO Awards 2014 Winners'");
    }
  });

  test('15 winners, one per slot, 68 applications; no slot left unverified', () => {
    expect(wegoAwards2014.winnerCount).toBe(15);
    expect(wegoAwards2014.winners).toHaveLength(wegoAwards2014.winnerCount);
    expect(wegoAwards2014.applications).toBe(68);
    expect(wegoAwards2014.unverified).toEqual([]);
    const slots = new Set(wegoAwards2014.winners.map((s) => `${s.category}/${s.tier}`));
    expect(slots.size).toBe(15);
    for (const c of wegoAwards2014.categories) {
      for (const t of wegoAwards2014.tiers) expect(slots.has(`${c.id}/${t.id}`), `${c.id}/${t.id}`).toBe(true);
    }
  });

  test('the sources cite the deck by its title, and the record keeps its other sources', () => {
    const deck =
      "WeGO, 'FONARI Meeting: III Meeting of Municipalities for Sustainable Development' presentation (deck)";
    expect(wegoAwards2014.sources.filter((s) => s.startsWith(deck))).toHaveLength(3);
    expect(wegoAwards2014.sources.some((s) => s.includes('68 applications'))).toBe(true);
    expect(wegoAwards2014.ceremony).toBe(
      'WeGO Awards Ceremony, 3rd WeGO General Assembly, Chengdu, China, 5 November 2014',
    );
  });

  test('the data is deeply frozen and serves as a program', () => {
    expect(Object.isFrozen(wegoAwards2014.panel[0])).toBe(true);
    expect(Object.isFrozen(wegoAwards2014.winners[0])).toBe(true);
    expect(Object.isFrozen(wegoAwards2014.unverified)).toBe(true);
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
