import { describe, expect, test } from 'vitest';
import {
  formatAwardResults,
  judgeAwards,
  type AggregationBasis,
  type AwardProgramDefinition,
} from '../../src/awards.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from '../awards/fixtures.js';

/** Seven judges, two criteria on 0–10 (weights 1.5 and 1), a trimmed mean of trim 1. */
function program(by: AggregationBasis, change: Partial<AwardProgramDefinition> = {}): AwardProgramDefinition {
  return {
    ...singleCriterionProgram({ aggregation: { method: 'trimmed-mean', trim: 1, by }, scale: 'points' }),
    rubric: {
      criteria: [
        { id: 'technical', name: 'Technical', weight: 1.5, min: 0, max: 10 },
        { id: 'artistic', name: 'Artistic', weight: 1, min: 0, max: 10 },
      ],
    },
    ...change,
  };
}

const parts = submissions({
  participants: [participant('p1'), participant('p2')],
  entries: [entry('a', 'p1'), entry('b', 'p2')],
  scores: [
    ...sheet('a', [7, 8, 6.5, 9, 7.5], 'technical'),
    ...sheet('a', [6, 6.25, 8, 7, 5], 'artistic'),
    // b: one judge only, on a different criterion each: incomplete, so nobody counts.
    ...sheet('b', [5], 'technical'),
    ...sheet('b', [undefined, 5], 'artistic'),
  ],
});

function protocolOf(report: string, entryId: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Protocol of') && l.endsWith(`(${entryId})`));
  if (start < 0) return [];
  const end = lines.indexOf('', start + 2);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('formatAwardResults: the protocol of each judged entry', () => {
  test('by criterion: every mark, the trimmed ones in brackets, the weight, the panel mark, the points and the total', () => {
    const results = judgeAwards(program('criterion'), parts);
    const report = formatAwardResults(results);
    expect(report.split('\n')[1]).toBe('Aggregation: trimmed-mean (trim 1) by criterion, 2 decimals, in points');
    // technical: drops 6.5 (j3) and 9 (j4); (7 + 8 + 7.5) / 3 = 7.5; × 1.5 = 11.25.
    // artistic: drops 5 (j5) and 8 (j3); (6 + 6.25 + 7) / 3 = 6.4166… → 6.42.
    expect(protocolOf(report, 'a')).toEqual([
      'Protocol of Project a (a)',
      '',
      'Criterion  Weight    j1    j2      j3      j4      j5  Panel mark  Points',
      '---------  ------  ----  ----  ------  ------  ------  ----------  ------',
      'technical    1.50  7.00  8.00  [6.50]  [9.00]    7.50        7.50   11.25',
      'artistic     1.00  6.00  6.25  [8.00]    7.00  [5.00]        6.42    6.42',
      '---------  ------  ----  ----  ------  ------  ------  ----------  ------',
      'Total                                                               17.67',
    ]);
    expect(results.categories[0]!.ranking[0]!.aggregate).toBe(17.67);
    // Nobody counted for b: no protocol.
    expect(protocolOf(report, 'b')).toEqual([]);
    expect(report).toMatch(/Leniency by criterion/);
    expect(report).toMatch(/Judge 3 .* technical -1\.10, artistic \+1\.55$/m);
  });

  test('by judge: the criterion lines are panel means, and the last row holds the judges’ totals, the trimmed ones in brackets', () => {
    const report = formatAwardResults(judgeAwards(program('judge'), parts));
    expect(report.split('\n')[1]).toBe('Aggregation: trimmed-mean (trim 1), 2 decimals, in points');
    // Totals 1.5 × technical + artistic: 16.5, 18.25, 17.75, 20.5, 16.25; drops j5 and j4.
    expect(protocolOf(report, 'a').slice(-1)[0]).toBe(
      'Judge totals          16.50  18.25  17.75  [20.50]  [16.25]               17.50',
    );
    expect(report).not.toMatch(/Leniency by criterion/);
  });

  test('prints no control or bidirectional character of the input: ids of judges and criteria, titles', () => {
    const bad = '\u202e\u001b[2J\n';
    const base = program('criterion');
    const hostile: AwardProgramDefinition = {
      ...base,
      rubric: { criteria: base.rubric.criteria.map((c) => ({ ...c, id: `${c.id}${bad}` })) },
      panel: base.panel.map((j) => ({ ...j, id: `${j.id}${bad}` })),
    };
    const results = judgeAwards(
      hostile,
      submissions({
        participants: [participant('p1')],
        entries: [{ ...entry(`a${bad}`, 'p1'), title: `Title${bad}` }],
        scores: parts.scores
          .filter((s) => s.entryId === 'a')
          .map((s) => ({
            ...s,
            entryId: `a${bad}`,
            judgeId: `${s.judgeId}${bad}`,
            criterionId: `${s.criterionId}${bad}`,
          })),
      }),
    );
    const report = formatAwardResults(results);
    expect(report).toContain('Protocol of Title [2J  (a [2J )');
    expect(report).toMatch(/^technical \[2J +1\.50 /m);
    // eslint-disable-next-line no-control-regex
    expect(report).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
