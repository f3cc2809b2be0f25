import { describe, expect, test } from 'vitest';
import {
  defineAwardProgram,
  judgeAwards,
  safeJudgeAwards,
  wegoAwards2014,
  type AwardResults,
} from '../../src/awards.js';
import { issuesOf } from '../issues-of.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from './fixtures.js';

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbers);
}

describe('conflicts with the 2014 panel', () => {
  const program = {
    edition: wegoAwards2014.edition,
    categories: wegoAwards2014.categories,
    tiers: wegoAwards2014.tiers,
    rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
    panel: wegoAwards2014.panel,
    rules: { conflicts: { declared: [{ judgeId: 'pekkanen', participantId: 'taipei' }] } },
  };
  const ids = wegoAwards2014.panel.map((j) => j.id);
  const everyone = (entryId: string, value: number) =>
    ids.map((judgeId) => ({ judgeId, entryId, criterionId: 'overall', value }));
  const results = judgeAwards(program, {
    participants: [
      participant('seoul', 'KR'),
      participant('taipei', 'TW'),
      participant('surrey', 'CA', { organization: 'acuitasgov ' }),
    ],
    entries: [
      entry('seoul-um', 'seoul', 'urban-management'),
      entry('taipei-s', 'taipei', 'services'),
      entry('surrey-s', 'surrey', 'services'),
    ],
    scores: [...everyone('seoul-um', 8), ...everyone('taipei-s', 7), ...everyone('surrey-s', 6)],
  });
  const line = (id: string) => results.categories.flatMap((c) => c.ranking).find((r) => r.entryId === id)!;

  test('an entry from a Korean city is sat out by the Korean judge and counted for the other six', () => {
    const seoul = line('seoul-um');
    expect(seoul.judges.recused).toEqual(['hwang']);
    expect(seoul.judges.counted).toEqual(ids.filter((id) => id !== 'hwang'));
    expect(seoul.totals.map((t) => t.judgeId)).not.toContain('hwang');
  });

  test('a declared conflict is honoured', () => {
    expect(line('taipei-s').judges.recused).toEqual(['pekkanen']);
    expect(line('taipei-s').judges.counted).toHaveLength(6);
  });

  test('same organisation (case-insensitive, trimmed) and same country both apply to a Canadian entrant of AcuitasGov', () => {
    const surrey = results.recusals.find((r) => r.entryId === 'surrey-s')!;
    expect(surrey).toMatchObject({
      judgeId: 'moore',
      reason: 'same-organization',
      reasons: ['same-organization', 'same-country'],
    });
  });

  test('every recusal is listed with judge, entry and reason, and the ignored scores are warned about', () => {
    expect(results.recusals.map((r) => [r.judgeId, r.entryId, r.reason])).toEqual([
      ['hwang', 'seoul-um', 'same-country'],
      ['moore', 'surrey-s', 'same-organization'],
      ['pekkanen', 'taipei-s', 'declared'],
    ]);
    expect(results.warnings.filter((w) => w.code === 'conflicted-scores-ignored')).toHaveLength(3);
    expect(results.judges.find((j) => j.judgeId === 'hwang')!.recused).toBe(1);
  });

  test('a judge from an organisation abroad also sits out entries from that country', () => {
    const abroad = {
      ...program,
      panel: [{ id: 'g', name: 'G', country: 'IT', organization: 'Pulse Lab Jakarta', organizationCountry: 'ID' }],
      rules: { quorum: 1 },
    };
    const r = judgeAwards(
      abroad,
      submissions({ participants: [participant('jakarta', 'ID')], entries: [entry('e', 'jakarta', 'open-city')] }),
    );
    expect(r.recusals[0]).toMatchObject({ judgeId: 'g', reason: 'same-country' });
    expect(r.recusals[0]!.message).toContain("the country of the judge's organisation");
  });

  test('conflict rules can be switched off', () => {
    const off = { ...program, rules: { conflicts: { sameCountry: false, sameOrganization: false } } };
    const r = judgeAwards(
      off,
      submissions({ participants: [participant('seoul', 'KR')], entries: [entry('e', 'seoul', 'services')] }),
    );
    expect(r.recusals).toEqual([]);
  });
});

describe('ranking and prizes', () => {
  const two = [participant('p1'), participant('p2'), participant('p3'), participant('p4')];
  test('two entries tied on aggregate and every tie-break share rank 1 and both take the first tier; the second stays vacant; the third goes to rank 3', () => {
    const r = judgeAwards(
      singleCriterionProgram({ tieBreak: ['median', 'mean'] }),
      submissions({
        participants: two,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3'), entry('d', 'p4')],
        scores: [
          ...sheet('a', [8, 8, 8]),
          ...sheet('b', [7, 8, 9]),
          ...sheet('c', [7, 7, 7]),
          ...sheet('d', [6, 6, 6]),
        ],
      }),
    );
    const [category] = r.categories;
    expect(category!.ranking.map((l) => [l.entryId, l.rank, l.aggregate, l.prize])).toEqual([
      ['a', 1, 80, 'best'],
      ['b', 1, 80, 'best'],
      ['c', 3, 70, 'promising'],
      ['d', 4, 60, null],
    ]);
    expect(category!.prizes).toEqual([
      { tier: 'best', entryIds: ['a', 'b'] },
      { tier: 'outstanding', entryIds: [] },
      { tier: 'promising', entryIds: ['c'] },
    ]);
    expect(category!.ranking[0]!.tieBreak).toEqual({ tieGroup: 0, decidedBy: null, sharesRank: true });
    expect(category!.tieGroups).toEqual([{ aggregate: 80, entryIds: ['a', 'b'] }]);
    expect(category!.ranking[2]!.tieBreak).toEqual({ tieGroup: null, decidedBy: null, sharesRank: false });
    expect(category!.ranking[3]!.prizeNote).toBe('ranked below the prize tiers');
  });

  test('the tie-break chain decides, and the result says which step did', () => {
    const program = singleCriterionProgram({ tieBreak: ['median', { criterion: 'overall' }] });
    const r = judgeAwards(
      program,
      submissions({
        participants: two,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        // a: 6 8 10 → mean 80, median 80; b: 7 9 8 → mean 80, median 80 (same); c: 9 9 6 → mean 80, median 90
        scores: [...sheet('a', [6, 8, 10]), ...sheet('b', [7, 9, 8]), ...sheet('c', [9, 9, 6])],
      }),
    );
    const ranking = r.categories[0]!.ranking;
    expect(ranking.map((l) => [l.entryId, l.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
    expect(ranking[0]!.tieBreak.decidedBy).toBe('median');
    expect(ranking[1]!.tieBreak).toEqual({ tieGroup: 0, decidedBy: 'median', sharesRank: true });
    expect(r.categories[0]!.tieGroups).toEqual([{ aggregate: 80, entryIds: ['c', 'a', 'b'] }]);
  });

  test('a tie on the median is settled by the mean on a named criterion', () => {
    const program = {
      ...singleCriterionProgram({ tieBreak: [{ criterion: 'impact' }] }),
      rubric: {
        criteria: [
          { id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 },
          { id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 },
        ],
      },
    };
    const both = (id: string, overall: number[], impact: number[]) => [
      ...sheet(id, overall),
      ...sheet(id, impact, 'impact'),
    ];
    const r = judgeAwards(
      program,
      submissions({
        participants: two,
        entries: [entry('a', 'p1'), entry('b', 'p2')],
        scores: [...both('a', [8, 8, 8], [6, 6, 6]), ...both('b', [6, 6, 6], [8, 8, 8])],
      }),
    );
    const ranking = r.categories[0]!.ranking;
    expect(ranking.map((l) => [l.entryId, l.rank, l.aggregate])).toEqual([
      ['b', 1, 70],
      ['a', 2, 70],
    ]);
    expect(ranking[0]!.tieBreak.decidedBy).toBe('criterion:impact');
  });

  test('a threshold leaves a tier vacant and the entry drops to the first tier it meets', () => {
    const r = judgeAwards(
      singleCriterionProgram({ prizeThresholds: { best: 85, outstanding: 75 } }),
      submissions({
        participants: two,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        scores: [...sheet('a', [8, 8, 8]), ...sheet('b', [7.5, 7.5, 7.5]), ...sheet('c', [5, 5, 5])],
      }),
    );
    expect(r.categories[0]!.prizes).toEqual([
      { tier: 'best', entryIds: [] },
      { tier: 'outstanding', entryIds: ['a'] },
      { tier: 'promising', entryIds: ['b'] },
    ]);
    expect(r.categories[0]!.ranking[2]!.prizeNote).toBe('below the threshold of every remaining tier');
  });

  test('at most one prize per participant per category', () => {
    const r = judgeAwards(
      singleCriterionProgram(),
      submissions({
        participants: two,
        entries: [entry('a1', 'p1'), entry('a2', 'p1'), entry('b', 'p2')],
        scores: [...sheet('a1', [9, 9, 9]), ...sheet('a2', [8, 8, 8]), ...sheet('b', [7, 7, 7])],
      }),
    );
    const ranking = r.categories[0]!.ranking;
    expect(ranking.map((l) => [l.entryId, l.rank, l.prize])).toEqual([
      ['a1', 1, 'best'],
      ['a2', 2, null],
      ['b', 3, 'promising'],
    ]);
    expect(ranking[1]!.prizeNote).toBe('its participant already takes a prize in this category');
  });

  test('an entry below quorum is listed but not ranked and takes no prize', () => {
    const r = judgeAwards(
      singleCriterionProgram(),
      submissions({
        participants: two,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        scores: [...sheet('a', [9, 9]), ...sheet('b', [6, 6, 6])],
      }),
    );
    const ranking = r.categories[0]!.ranking;
    expect(ranking.map((l) => [l.entryId, l.rank, l.aggregate, l.prize, l.belowQuorum])).toEqual([
      ['b', 1, 60, 'best', false],
      ['a', null, 90, null, true],
      ['c', null, null, null, true],
    ]);
    expect(r.warnings.filter((w) => w.code === 'below-quorum').map((w) => w.path)).toEqual([
      ['entries', 'a'],
      ['entries', 'c'],
    ]);
  });

  test('an incomplete sheet does not count and is reported', () => {
    const program = {
      ...singleCriterionProgram(),
      rubric: {
        criteria: [
          { id: 'overall', name: 'Overall', weight: 2, min: 0, max: 10 },
          { id: 'impact', name: 'Impact', weight: 1, min: 1, max: 5 },
        ],
      },
    };
    const r = judgeAwards(
      program,
      submissions({
        participants: two,
        entries: [entry('a', 'p1')],
        scores: [...sheet('a', [10, 5, 0, 10]), ...sheet('a', [5, 1, 3], 'impact')],
      }),
    );
    const line = r.categories[0]!.ranking[0]!;
    expect(line.judges.incomplete).toEqual(['j4']);
    // j1: 100 × (2 × 10/10 + 1 × 4/4) / 3 = 100; j2: 100 × (2 × 0.5 + 0) / 3 = 33.33; j3: 100 × (0 + 0.5) / 3 = 16.67
    expect(line.totals).toEqual([
      { judgeId: 'j1', total: 100 },
      { judgeId: 'j2', total: 33.33 },
      { judgeId: 'j3', total: 16.67 },
    ]);
    expect(r.warnings.map((w) => w.code)).toContain('incomplete-sheet');
  });

  test('entries are ranked per category', () => {
    const r = judgeAwards(
      singleCriterionProgram(),
      submissions({
        participants: two,
        entries: [entry('a', 'p1', 'services'), entry('b', 'p2', 'open-city')],
        scores: [...sheet('a', [5, 5, 5]), ...sheet('b', [4, 4, 4])],
      }),
    );
    expect(r.categories.map((c) => [c.id, c.ranking.map((l) => [l.entryId, l.rank, l.prize])])).toEqual([
      ['services', [['a', 1, 'best']]],
      ['open-city', [['b', 1, 'best']]],
    ]);
  });
});

describe('ids that are JavaScript property names (issue 13, item 9)', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

  test.each(names)('a tier %s keeps its threshold: an entry below it does not win the tier', (id) => {
    const definition = {
      ...singleCriterionProgram(),
      tiers: [
        { id, name: 'First' },
        { id: 'second', name: 'Second' },
      ],
      rules: { prizeThresholds: JSON.parse(`{ ${JSON.stringify(id)}: 85 }`) as Record<string, number> },
    };
    const program = defineAwardProgram(definition);
    expect(Object.hasOwn(program.rules.prizeThresholds, id)).toBe(true);
    expect(program.rules.prizeThresholds[id]).toBe(85);
    const r = judgeAwards(
      program,
      submissions({ participants: [participant('p1')], entries: [entry('a', 'p1')], scores: sheet('a', [8, 8, 8]) }),
    );
    expect(r.categories[0]!.prizes).toEqual([
      { tier: id, entryIds: [] },
      { tier: 'second', entryIds: ['a'] },
    ]);
    expect(r.categories[0]!.ranking[0]!.prize).toBe('second');
  });

  test('an entry above the threshold of a tier __proto__ wins it', () => {
    const r = judgeAwards(
      {
        ...singleCriterionProgram(),
        tiers: [{ id: '__proto__', name: 'First' }],
        rules: { prizeThresholds: JSON.parse('{ "__proto__": 75 }') as Record<string, number> },
      },
      submissions({ participants: [participant('p1')], entries: [entry('a', 'p1')], scores: sheet('a', [8, 8, 8]) }),
    );
    expect(r.categories[0]!.prizes).toEqual([{ tier: '__proto__', entryIds: ['a'] }]);
  });

  test('a bad threshold for a tier __proto__ is reported like any other', () => {
    const definition = {
      ...singleCriterionProgram(),
      tiers: [{ id: '__proto__', name: 'First' }],
      rules: { prizeThresholds: JSON.parse('{ "__proto__": 101 }') as Record<string, number> },
    };
    expect(issuesOf(() => defineAwardProgram(definition)).map((i) => [i.path, i.code])).toEqual([
      [['rules', 'prizeThresholds', '__proto__'], 'too_big'],
    ]);
  });

  test('categories, criteria, judges, participants and entries named so are judged like any other', () => {
    const panel = ['toString', 'hasOwnProperty', 'valueOf'].map((id, i) => ({
      id,
      name: id,
      country: ['AA', 'BB', 'CC'][i]!,
      organization: id,
    }));
    const r = judgeAwards(
      {
        edition: 'Property names',
        categories: [{ id: '__proto__', name: 'Proto' }],
        tiers: [{ id: 'constructor', name: 'Constructor' }],
        rubric: { criteria: [{ id: 'constructor', name: 'C', weight: 1, min: 0, max: 10 }] },
        panel,
        rules: { tieBreak: [{ criterion: 'constructor' }] },
      },
      {
        participants: [participant('constructor'), participant('__proto__')],
        entries: [entry('__proto__', 'constructor', '__proto__'), entry('toString', '__proto__', '__proto__')],
        scores: ['__proto__', 'toString'].flatMap((entryId, e) =>
          panel.map((j) => ({ judgeId: j.id, entryId, criterionId: 'constructor', value: 8 - e })),
        ),
      },
    );
    expect(r.categories[0]!.ranking.map((l) => [l.entryId, l.rank, l.aggregate, l.prize])).toEqual([
      ['__proto__', 1, 80, 'constructor'],
      ['toString', 2, 70, null],
    ]);
  });
});

describe('z-score aggregation', () => {
  const program = singleCriterionProgram({ aggregation: { method: 'z-score' }, quorum: 1 });
  const parts = [participant('p1'), participant('p2'), participant('p3')];

  test('a harsh and a lenient judge with the same order agree once standardised', () => {
    // j1 gives 2, 4, 6; j2 gives 6, 8, 10 (4 points more): each judge's z is −1.2247, 0, +1.2247.
    const r = judgeAwards(
      program,
      submissions({
        participants: parts,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        scores: [...sheet('a', [2, 6]), ...sheet('b', [4, 8]), ...sheet('c', [6, 10])],
      }),
    );
    const ranking = r.categories[0]!.ranking;
    // Panel totals 20 40 60 60 80 100: mean 60, SD √(4000/6) = 25.8199; z = ±√1.5 = ±1.2247;
    // aggregate = 60 ± 25.8199 × 1.2247 = 60 ± 31.6228
    expect(ranking.map((l) => [l.entryId, l.aggregate, l.standardScore])).toEqual([
      ['c', 91.62, 1.2247],
      ['b', 60, 0],
      ['a', 28.38, -1.2247],
    ]);
    expect(r.judges.map((j) => j.standardization)).toEqual(
      ['own', 'own', null, null, null, null, null].map((s, i) => (i < 2 ? s : 'panel')),
    );
  });

  test('a judge with a single counted total is standardised against the panel: the raw total stands', () => {
    const r = judgeAwards(
      program,
      submissions({
        participants: parts,
        entries: [entry('a', 'p1'), entry('b', 'p2')],
        scores: [...sheet('a', [2, undefined, 7]), ...sheet('b', [4])],
      }),
    );
    const a = r.categories[0]!.ranking.find((l) => l.entryId === 'a')!;
    const judge3 = r.judges.find((j) => j.judgeId === 'j3')!;
    expect(judge3.standardization).toBe('panel');
    expect(r.warnings.some((w) => w.code === 'panel-standardization' && w.path[1] === 'j3')).toBe(true);
    expect(a.judges.counted).toEqual(['j1', 'j3']);
    expect(r.categories[0]!.ranking.find((l) => l.entryId === 'b')!.aggregate).not.toBeNull();
  });

  test('a lone judge-entry pair returns the raw total', () => {
    const r = judgeAwards(
      program,
      submissions({ participants: parts, entries: [entry('a', 'p1')], scores: sheet('a', [7]) }),
    );
    expect(r.categories[0]!.ranking[0]!.aggregate).toBe(70);
  });

  test('an aggregate outside 0–100 is clamped and reported', () => {
    // j1: 0, 0, 0, 10 (z of the last = √3); j2 scores only the last entry with 10; panel SD is large.
    const r = judgeAwards(
      program,
      submissions({
        participants: [...parts, participant('p4')],
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3'), entry('d', 'p4')],
        scores: [...sheet('a', [0]), ...sheet('b', [0]), ...sheet('c', [0]), ...sheet('d', [10, 10])],
      }),
    );
    const d = r.categories[0]!.ranking[0]!;
    expect(d.entryId).toBe('d');
    expect(d.aggregate).toBe(100);
    expect(r.warnings.some((w) => w.code === 'z-score-clamped')).toBe(true);
  });
});

describe('judge diagnostics', () => {
  test('leniency is the mean deviation from the panel mean; flags mark deviations of 15 points or more', () => {
    const r = judgeAwards(
      singleCriterionProgram(),
      submissions({
        participants: [participant('p1'), participant('p2')],
        entries: [entry('a', 'p1'), entry('b', 'p2')],
        // a: 9, 6, 6 → mean 70; j1 +20. b: 8, 8, 5 → mean 70; j1 +10, j3 −20.
        scores: [...sheet('a', [9, 6, 6]), ...sheet('b', [8, 8, 5])],
      }),
    );
    const [j1, j2, j3] = r.judges;
    expect(j1).toMatchObject({
      judgeId: 'j1',
      counted: 2,
      leniency: 15,
      flags: [{ entryId: 'a', total: 90, panelMean: 70, deviation: 20 }],
    });
    expect(j2).toMatchObject({ leniency: 0, flags: [] });
    expect(j3).toMatchObject({ leniency: -15, flags: [{ entryId: 'b', total: 50, panelMean: 70, deviation: -20 }] });
    expect(r.judges[3]).toMatchObject({ counted: 0, leniency: null, flags: [] });
  });

  test('the monitoring distance is a rule', () => {
    const r = judgeAwards(
      singleCriterionProgram({ monitoring: { deviation: 10 } }),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: sheet('a', [8, 7, 7]),
      }),
    );
    expect(r.judges[0]!.flags).toEqual([]);
    const r2 = judgeAwards(
      singleCriterionProgram({ monitoring: { deviation: 6.66 } }),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: sheet('a', [8, 7, 7]),
      }),
    );
    expect(r2.judges[0]!.flags.map((f) => f.deviation)).toEqual([6.67]);
  });
});

describe('results are plain data', () => {
  const results: AwardResults = judgeAwards(
    singleCriterionProgram({ aggregation: { method: 'trimmed-mean', trim: 2 } }),
    submissions({
      participants: [participant('p1'), participant('p2')],
      entries: [entry('a', 'p1'), entry('b', 'p2')],
      scores: [...sheet('a', [7.5, 8, 7, 7.5, 8.5, 7, 8]), ...sheet('b', [1, 2, 3])],
    }),
  );

  test('deeply frozen', () => expect(deepFrozen(results)).toBe(true));
  test('JSON round-trippable', () => expect(JSON.parse(JSON.stringify(results))).toEqual(results));
  test('no NaN, Infinity or -0', () => {
    for (const n of numbers(results)) {
      expect(Number.isFinite(n)).toBe(true);
      expect(Object.is(n, -0)).toBe(false);
    }
  });
  test('the trimmed mean fallback is explained', () => {
    const b = results.categories[0]!.ranking.find((l) => l.entryId === 'b')!;
    expect(b.fallback).toBe('median');
    expect(b.aggregate).toBe(20);
    expect(results.warnings.map((w) => w.code)).toContain('trimmed-mean-fallback');
  });
  test('safeJudgeAwards returns the data on success', () => {
    const safe = safeJudgeAwards(singleCriterionProgram(), submissions({}));
    expect(safe.success && safe.data.categories.map((c) => c.ranking)).toEqual([[], []]);
  });
  test('a rubric of awkward decimals and ranges stays exact', () => {
    const program = {
      ...singleCriterionProgram({ quorum: 1 }),
      rubric: {
        criteria: [
          { id: 'overall', name: 'Overall', weight: 0.333333, min: -1.5, max: 7.123457 },
          { id: 'impact', name: 'Impact', weight: 999999.999999, min: 0, max: 999999.999997 },
        ],
      },
    };
    const r = judgeAwards(
      program,
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: [...sheet('a', [7.123457]), ...sheet('a', [999999.999997], 'impact')],
      }),
    );
    expect(r.categories[0]!.ranking[0]!.aggregate).toBe(100);
  });
});
