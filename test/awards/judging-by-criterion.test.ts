import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import {
  defineAwardProgram,
  formatAwardResults,
  judgeAwards,
  safeJudgeAwards,
  type AwardProgramDefinition,
  type AwardResults,
  type AwardRulesDefinition,
  type Score,
} from '../../src/awards.js';
import { toJsonSchema } from '../../src/schemas/json-schema.js';
import { entry, participant, singleCriterionProgram, submissions } from './fixtures.js';

const NINE = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7', 'j8', 'j9'];

/** Nine judges from nine countries, one category, three tiers and a rubric on 0–10. */
function ninePanelProgram(
  criteria: readonly (readonly [id: string, weight: number])[],
  rules: AwardRulesDefinition,
  scale: readonly [min: number, max: number] = [0, 10],
): AwardProgramDefinition {
  return {
    edition: 'By criterion',
    categories: [{ id: 'services', name: 'Services' }],
    tiers: [
      { id: 'gold', name: 'Gold' },
      { id: 'silver', name: 'Silver' },
    ],
    rubric: {
      criteria: criteria.map(([id, weight]) => ({ id, name: id, weight, min: scale[0], max: scale[1] })),
    },
    panel: NINE.map((id, i) => ({
      id,
      name: `Judge ${i + 1}`,
      country: `Q${String.fromCharCode(65 + i)}`,
      organization: id,
    })),
    rules,
  };
}

/** Scores of one entry: per criterion, the marks of j1…j9 (undefined: not scored). */
function marksOf(entryId: string, marks: Readonly<Record<string, readonly (number | undefined)[]>>): Score[] {
  return Object.entries(marks).flatMap(([criterionId, values]) =>
    values.flatMap((value, j) => (value === undefined ? [] : [{ judgeId: NINE[j]!, entryId, criterionId, value }])),
  );
}

function lineOf(results: AwardResults, entryId: string) {
  return results.categories.flatMap((c) => c.ranking).find((l) => l.entryId === entryId)!;
}

// ---------------------------------------------------------------------------------------------
// The worked example of docs/awards.md, "Judging by criterion".
// ---------------------------------------------------------------------------------------------

const WORKED = {
  feasibility: [7.25, 7.5, 8.0, 6.5, 7.75, 8.25, 7.5, 7.25, 9.0],
  innovation: [8.0, 9.5, 8.25, 7.75, 8.0, 8.75, 8.25, 6.75, 7.5],
  impact: [6.75, 7.25, 7.0, 5.5, 7.25, 8.5, 6.75, 7.0, 7.25],
};
const WEIGHTS = [
  ['feasibility', 1],
  ['innovation', 1.5],
  ['impact', 2],
] as const;

function worked(by: 'judge' | 'criterion', scale: 'percent' | 'points' = 'points'): AwardResults {
  return judgeAwards(
    ninePanelProgram(WEIGHTS, { aggregation: { method: 'trimmed-mean', trim: 1, by }, scale, precision: 2 }),
    submissions({
      participants: [participant('p1')],
      entries: [{ ...entry('e1', 'p1'), title: 'Smart permits' }],
      scores: marksOf('e1', WORKED),
    }),
  );
}

describe('the worked example of docs/awards.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/awards.md'), 'utf8');
  const results = worked('criterion');
  const line = lineOf(results, 'e1');

  test('every panel mark and every point is the one computed by hand, and the lines add up to 33.83', () => {
    expect(line.criteria.map((c) => [c.id, c.weight, c.panelMark, c.points, c.judges.trimmed])).toEqual([
      ['feasibility', 1, 7.64, 7.64, ['j4', 'j9']],
      ['innovation', 1.5, 8.07, 12.11, ['j2', 'j8']],
      ['impact', 2, 7.04, 14.08, ['j4', 'j6']],
    ]);
    expect(line.aggregate).toBe(33.83);
    expect(line.judges.trimmed).toEqual(['j2', 'j4', 'j6', 'j8', 'j9']);
    expect(line.criteria[0]!.judges.counted).toEqual(NINE);
    expect(line.criteria[1]!.marks.map((m) => m.mark)).toEqual(WORKED.innovation);
    expect(line.fallback).toBeNull();
  });

  test('by judge, the same marks give 33.88, the trimmed mean of the judges’ totals', () => {
    const byJudge = lineOf(worked('judge'), 'e1');
    expect(byJudge.totals.map((t) => t.total)).toEqual([32.75, 36.25, 34.38, 29.13, 34.25, 38.38, 33.38, 31.38, 34.75]);
    expect(byJudge.judges.trimmed).toEqual(['j4', 'j6']);
    expect(byJudge.aggregate).toBe(33.88);
    // The lines are the panel means, for information; their points add up to the mean.
    expect(byJudge.criteria.map((c) => [c.panelMark, c.points, c.judges.trimmed])).toEqual([
      [7.67, 7.67, []],
      [8.08, 12.13, []],
      [7.03, 14.06, []],
    ]);
    expect(byJudge.mean).toBe(33.85);
  });

  test('under percent, from the same panel marks: 75.17', () => {
    expect(lineOf(worked('criterion', 'percent'), 'e1').aggregate).toBe(75.17);
  });

  test('the doc states these figures', () => {
    for (const figure of [
      '53.50 / 7 = 7.642857… → panel mark **7.64**',
      '56.50 / 7 = 8.071428… → **8.07**; × 1.5 = 12.105 → **12.11** points',
      '49.25 / 7 = 7.035714… → **7.04**; × 2.0 = **14.08** points',
      '7.64 + 12.11 + 14.08 = **33.83**',
      '237.125 / 7 = 33.875 → **33.88**',
      '100 × 33.825 / 45 = 75.1666… →\n**75.17**',
    ])
      expect(doc).toContain(figure);
  });

  test('the protocol printed in the doc is the one formatAwardResults prints', () => {
    const report = formatAwardResults(results);
    const start = report.indexOf('Protocol of Smart permits (e1)');
    const protocol = report.slice(start, report.indexOf('\n\nRecusals'));
    expect(protocol.split('\n')).toHaveLength(9);
    expect(doc).toContain(`\`\`\`text\n${protocol}\n\`\`\``);
  });
});

// ---------------------------------------------------------------------------------------------
// A figure-skating style panel: components × factors, trimmed mean per component.
// ---------------------------------------------------------------------------------------------

describe('program components as figure skating scores them', () => {
  const rules: AwardRulesDefinition = {
    aggregation: { method: 'trimmed-mean', trim: 1, by: 'criterion' },
    scale: 'points',
    precision: 2,
  };
  const components = [
    ['composition', 1.6],
    ['presentation', 0.8],
    ['skating-skills', 2],
  ] as const;
  // composition: drops 7.75 (j4) and 9.25 (j5); 58.50 / 7 = 8.357… → 8.36; × 1.6 = 13.376 → 13.38.
  // presentation: drops 7.5 (j8) and 9.5 (j2); 60.75 / 7 = 8.678… → 8.68; × 0.8 = 6.944 → 6.94.
  // skating skills: drops 8 (j6) and 9.75 (j9); 62.25 / 7 = 8.892… → 8.89; × 2 = 17.78.
  const marks = {
    composition: [8.25, 8.5, 8.0, 7.75, 9.25, 8.5, 8.25, 8.5, 8.5],
    presentation: [8.75, 9.5, 8.5, 8.75, 8.5, 8.5, 8.75, 7.5, 9.0],
    'skating-skills': [9.0, 9.0, 8.75, 8.75, 9.0, 8.0, 8.75, 9.0, 9.75],
  };

  test('panel marks rounded to 2 decimals, times the factor, rounded: the factored total is their sum', () => {
    const results = judgeAwards(
      ninePanelProgram(components, rules),
      submissions({ participants: [participant('p1')], entries: [entry('s1', 'p1')], scores: marksOf('s1', marks) }),
    );
    const line = lineOf(results, 's1');
    expect(line.criteria.map((c) => [c.id, c.panelMark, c.points])).toEqual([
      ['composition', 8.36, 13.38],
      ['presentation', 8.68, 6.94],
      ['skating-skills', 8.89, 17.78],
    ]);
    expect(line.aggregate).toBe(38.1);
  });

  test('a published protocol: World Championships 2017, men free skating, the winner', () => {
    // The ISU's judges' details for Yuzuru Hanyu (rank 1): the nine judges' marks of each
    // programme component, factor 2.0. Published panel marks 9.68, 9.46, 9.86, 9.75, 9.79 and
    // programme component score 97.08.
    const published = {
      'skating-skills': [9.25, 9.75, 9.75, 10, 9.5, 9.75, 9.75, 9.75, 9.5],
      transitions: [9, 9.5, 9.5, 9.5, 9.25, 9.75, 9.5, 9.5, 9.5],
      performance: [10, 10, 9.75, 10, 9.25, 10, 9.75, 10, 9.5],
      composition: [10, 10, 9.75, 9.75, 9.5, 9.75, 9.75, 9.75, 9.5],
      interpretation: [9, 9.75, 10, 10, 9.25, 10, 10, 9.75, 9.75],
    };
    const factors = Object.keys(published).map((id) => [id, 2] as const);
    const results = judgeAwards(
      ninePanelProgram(factors, rules),
      submissions({
        participants: [participant('p1')],
        entries: [entry('s1', 'p1')],
        scores: marksOf('s1', published),
      }),
    );
    const line = lineOf(results, 's1');
    expect(line.criteria.map((c) => c.panelMark)).toEqual([9.68, 9.46, 9.86, 9.75, 9.79]);
    expect(line.criteria.map((c) => c.points)).toEqual([19.36, 18.92, 19.72, 19.5, 19.58]);
    expect(line.aggregate).toBe(97.08);
  });

  test('a weighted mark ending in 5 is rounded up exactly, where floats would round it down', () => {
    // 8.29 × 1.5 is 12.434999… in floating point; as a decimal it is 12.435 → 12.44.
    expect(Math.round(8.29 * 1.5 * 100) / 100).toBe(12.43);
    const results = judgeAwards(
      ninePanelProgram([['c', 1.5]], rules),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        // Drops 6.75 and 9.5; 58.00 / 7 = 8.2857… → 8.29.
        scores: marksOf('a', { c: [8, 9.5, 8.25, 8, 8.5, 8.25, 8.5, 6.75, 8.5] }),
      }),
    );
    expect(lineOf(results, 'a').criteria[0]).toMatchObject({ panelMark: 8.29, points: 12.44 });
    expect(lineOf(results, 'a').aggregate).toBe(12.44);
  });
});

// ---------------------------------------------------------------------------------------------

describe('judging by criterion', () => {
  test('recused judges and incomplete sheets count on no criterion; quorum and prizes work alike', () => {
    // j1 comes from QA, as p1 does: j1 sits out a. j2 left a criterion of a unscored.
    const program = ninePanelProgram(
      [
        ['x', 1],
        ['y', 1],
      ],
      { aggregation: { method: 'median', by: 'criterion' }, scale: 'points', quorum: 5 },
    );
    const results = judgeAwards(
      program,
      submissions({
        participants: [participant('p1', 'QA'), participant('p2')],
        entries: [entry('a', 'p1'), entry('b', 'p2')],
        scores: [
          ...marksOf('a', { x: [10, 2, 5, 6, 7, 8, 9], y: [10, undefined, 5, 6, 7, 8, 9] }),
          ...marksOf('b', { x: [5, 5, 5, 5], y: [5, 5, 5, 5] }),
        ],
      }),
    );
    const a = lineOf(results, 'a');
    expect(a.judges).toMatchObject({ recused: ['j1'], incomplete: ['j2'] });
    expect(a.criteria.map((c) => [c.id, c.judges.counted.length, c.panelMark, c.points])).toEqual([
      ['x', 5, 7, 7],
      ['y', 5, 7, 7],
    ]);
    expect(a).toMatchObject({ rank: 1, aggregate: 14, prize: 'gold' });
    expect(lineOf(results, 'b')).toMatchObject({ rank: null, belowQuorum: true, aggregate: 10 });
    expect(results.warnings.map((w) => w.code).sort()).toEqual([
      'below-quorum',
      'conflicted-scores-ignored',
      'incomplete-sheet',
    ]);
  });

  test('too few judges to trim: each criterion takes the median of its marks, and says so', () => {
    const results = judgeAwards(
      ninePanelProgram([['x', 2]], {
        aggregation: { method: 'trimmed-mean', trim: 1, by: 'criterion' },
        quorum: 1,
      }),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: marksOf('a', { x: [6, 7] }),
      }),
    );
    const a = lineOf(results, 'a');
    expect(a).toMatchObject({ fallback: 'median', aggregate: 65 });
    expect(a.criteria[0]).toMatchObject({ panelMark: 6.5, judges: { counted: ['j1', 'j2'], trimmed: [] } });
    expect(results.warnings).toEqual([
      {
        code: 'trimmed-mean-fallback',
        path: ['entries', 'a'],
        message: 'Entry "a" has 2 counted marks on each criterion, too few to trim 1 at each end; the median was used',
      },
    ]);
  });

  test('the tie-break { criteria } ranks on the sum of points of those criteria', () => {
    // a and b both total 16: a has 10 + 6 (technical first), b has 6 + 10.
    const program = ninePanelProgram(
      [
        ['technical', 1],
        ['artistic', 1],
      ],
      {
        aggregation: { method: 'mean', by: 'criterion' },
        scale: 'points',
        quorum: 1,
        tieBreak: [{ criteria: ['technical'] }],
      },
    );
    const results = judgeAwards(
      program,
      submissions({
        participants: [participant('p1'), participant('p2')],
        entries: [entry('a', 'p1'), entry('b', 'p2')],
        scores: [
          ...marksOf('a', { technical: [6], artistic: [10] }),
          ...marksOf('b', { technical: [10], artistic: [6] }),
        ],
      }),
    );
    expect(results.categories[0]!.ranking.map((l) => [l.entryId, l.rank, l.aggregate, l.tieBreak.decidedBy])).toEqual([
      ['b', 1, 16, 'criteria:technical'],
      ['a', 2, 16, 'criteria:technical'],
    ]);
  });

  test('under points a negative aggregate ranks and takes a prize; thresholds are in points', () => {
    const program = ninePanelProgram([['goe', 1]], { scale: 'points', quorum: 1 }, [-3, 3]);
    const parts = submissions({
      participants: [participant('p1'), participant('p2')],
      entries: [entry('a', 'p1'), entry('b', 'p2')],
      scores: [...marksOf('a', { goe: [-2, -1] }), ...marksOf('b', { goe: [-3] })],
    });
    const results = judgeAwards(program, parts);
    expect(results.categories[0]!.ranking.map((l) => [l.entryId, l.aggregate, l.prize])).toEqual([
      ['a', -1.5, 'gold'],
      ['b', -3, 'silver'],
    ]);
    const thresholds = { ...program, rules: { ...program.rules, prizeThresholds: { gold: -1, silver: -2 } } };
    expect(judgeAwards(thresholds, parts).categories[0]!.prizes).toEqual([
      { tier: 'gold', entryIds: [] },
      { tier: 'silver', entryIds: ['a'] },
    ]);
  });

  test('points by judge: each judge’s total is Σ weight × mark, aggregated, rounded once', () => {
    const results = judgeAwards(
      ninePanelProgram(
        [
          ['x', 1.6],
          ['y', 0.8],
        ],
        { aggregation: { method: 'median' }, scale: 'points', quorum: 1 },
      ),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        // Totals 1.6 × 8.25 + 0.8 × 7.5 = 19.2 and 1.6 × 8.5 + 0.8 × 7.75 = 19.8; median 19.5.
        scores: marksOf('a', { x: [8.25, 8.5], y: [7.5, 7.75] }),
      }),
    );
    expect(lineOf(results, 'a')).toMatchObject({
      aggregate: 19.5,
      totals: [
        { judgeId: 'j1', total: 19.2 },
        { judgeId: 'j2', total: 19.8 },
      ],
    });
    expect(results).toMatchObject({ aggregation: { method: 'median', trim: 0, by: 'judge' }, scale: 'points' });
  });

  test('z-score under points clamps to the range of a total, Σ w·min to Σ w·max', () => {
    const results = judgeAwards(
      ninePanelProgram([['x', 2]], { aggregation: { method: 'z-score' }, scale: 'points', quorum: 1 }),
      submissions({
        participants: [participant('p1'), participant('p2'), participant('p3')],
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        scores: [
          ...marksOf('a', { x: [10, 0, 10] }),
          ...marksOf('b', { x: [0, 10, 0] }),
          ...marksOf('c', { x: [10, 0, 0] }),
        ],
      }),
    );
    for (const line of results.categories[0]!.ranking) {
      expect(line.aggregate).toBeGreaterThanOrEqual(0);
      expect(line.aggregate).toBeLessThanOrEqual(20);
    }
  });

  test('judge diagnostics: leniency on the totals and on each criterion', () => {
    const judges = worked('criterion').judges;
    expect(judges[1]).toMatchObject({
      judgeId: 'j2',
      counted: 1,
      // j2's total 36.25 against the panel mean of totals 304.625 / 9 = 33.847…: +2.40.
      leniency: 2.4,
      // Marks against each criterion's mean: 7.50 − 69.00/9, 9.50 − 72.75/9, 7.25 − 63.25/9.
      criteria: [
        { id: 'feasibility', leniency: -0.17 },
        { id: 'innovation', leniency: 1.42 },
        { id: 'impact', leniency: 0.22 },
      ],
    });
  });

  test('results are deeply frozen and survive a JSON round trip', () => {
    const results = worked('criterion');
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    expect(Object.isFrozen(lineOf(results, 'e1').criteria[0]!.judges.trimmed)).toBe(true);
  });
});

describe('the rules of judging by criterion, validated', () => {
  const valid = singleCriterionProgram();
  const define = (rules: unknown) => {
    const outcome = safeJudgeAwards({ ...valid, rules } as AwardProgramDefinition, submissions({}));
    return outcome.success ? [] : outcome.error.issues.map((i) => [i.path, i.code]);
  };

  test('defaults: by judge, on percent', () => {
    const { rules } = defineAwardProgram(valid);
    expect([rules.aggregation.by, rules.scale]).toEqual(['judge', 'percent']);
  });

  test('z-score aggregates by judge only', () => {
    expect(define({ aggregation: { method: 'z-score', by: 'criterion' } })).toEqual([
      [['rules', 'aggregation', 'by'], 'unexpected_option'],
    ]);
    expect(
      defineAwardProgram({ ...valid, rules: { aggregation: { method: 'z-score', by: 'judge' } } }).rules.aggregation,
    ).toEqual({ method: 'z-score', trim: 0, by: 'judge' });
  });

  test('unknown bases and scales are shape errors', () => {
    expect(define({ aggregation: { method: 'mean', by: 'entry' }, scale: 'stars' })).toEqual([
      [['rules', 'aggregation', 'by'], 'invalid_value'],
      [['rules', 'scale'], 'invalid_value'],
    ]);
  });

  test('thresholds and the monitoring deviation lie in 0–100 under percent, anywhere under points', () => {
    const rules = { prizeThresholds: { best: 150, outstanding: -5 }, monitoring: { deviation: 120 } };
    expect(define(rules)).toEqual([
      [['rules', 'monitoring', 'deviation'], 'too_big'],
      [['rules', 'prizeThresholds', 'best'], 'too_big'],
      [['rules', 'prizeThresholds', 'outstanding'], 'too_small'],
    ]);
    expect(define({ ...rules, scale: 'points' })).toEqual([]);
    expect(define({ scale: 'points', monitoring: { deviation: -1 } })).toEqual([
      [['rules', 'monitoring', 'deviation'], 'too_small'],
    ]);
  });

  test('a { criteria } tie-break names known criteria, each once, and is not in the chain twice', () => {
    expect(
      define({
        tieBreak: [
          { criteria: ['overall', 'nope', 'overall'] },
          { criteria: [] },
          { criteria: ['overall'] },
          { criteria: ['overall'] },
        ],
      }),
    ).toEqual([[['rules', 'tieBreak', 1, 'criteria'], 'too_small']]);
    expect(
      define({
        tieBreak: [{ criteria: ['overall', 'nope', 'overall'] }, { criteria: ['overall'] }, { criteria: ['overall'] }],
      }),
    ).toEqual([
      [['rules', 'tieBreak', 0, 'criteria', 1], 'unknown_criterion'],
      [['rules', 'tieBreak', 0, 'criteria', 2], 'duplicate_id'],
      [['rules', 'tieBreak', 2], 'duplicate_tie_break'],
    ]);
  });

  test('the JSON Schema document states the same rules', () => {
    const validate = new Ajv2020({ strict: false }).compile(toJsonSchema('award-program'));
    const accepts = (rules: unknown) => validate(JSON.parse(JSON.stringify({ ...valid, rules })));
    const cases: [rules: unknown, valid: boolean][] = [
      [{ aggregation: { method: 'trimmed-mean', trim: 1, by: 'criterion' }, scale: 'points' }, true],
      [{ aggregation: { method: 'z-score', by: 'criterion' } }, false],
      [{ aggregation: { method: 'z-score', by: 'judge' }, scale: 'points' }, true],
      [{ prizeThresholds: { best: 150 } }, false],
      [{ prizeThresholds: { best: 150 }, scale: 'points' }, true],
      [{ prizeThresholds: { best: -2 }, scale: 'points' }, true],
      [{ prizeThresholds: { best: -2 } }, false],
      [{ monitoring: { deviation: 120 } }, false],
      [{ monitoring: { deviation: 120 }, scale: 'points' }, true],
      [{ tieBreak: [{ criteria: [] }] }, false],
      [{ tieBreak: [{ criteria: ['overall'] }] }, true],
      [{ scale: 'stars' }, false],
    ];
    for (const [rules, expected] of cases) {
      expect(accepts(rules), JSON.stringify(rules)).toBe(expected);
      expect(define(rules).length === 0, JSON.stringify(rules)).toBe(expected);
    }
  });
});
