import { describe, expect, test } from 'vitest';
import type { AwardProgramDefinition, Submissions } from '../../src/awards.js';
import { aggregatedStages, entry, participant, sheet, singleCriterionProgram } from './fixtures.js';

function aggregates(definition: AwardProgramDefinition, parts: Partial<Submissions>) {
  return aggregatedStages(definition, parts).aggregates;
}

const three = [participant('p1'), participant('p2'), participant('p3')];

describe('aggregateEntries', () => {
  test('trimmed mean: the aggregate, the median and mean beside it, and who was trimmed', () => {
    const { entries, standardization, warnings } = aggregates(
      singleCriterionProgram({ aggregation: { method: 'trimmed-mean', trim: 1 } }),
      { participants: three, entries: [entry('a', 'p1')], scores: sheet('a', [7.5, 8, 7, 7.5, 8.5, 7, 8]) },
    );
    expect(entries[0]).toMatchObject({
      aggregate: 76,
      median: 75,
      mean: 76.43,
      trimmed: ['j3', 'j5'],
      fallback: false,
    });
    expect(entries[0]!.standardScore).toBeNull();
    expect(standardization).toBeNull();
    expect(warnings).toEqual([]);
  });

  test('too few totals to trim: the median stands, with a warning; an entry nobody judged has no aggregate', () => {
    const { entries, warnings } = aggregates(
      singleCriterionProgram({ aggregation: { method: 'trimmed-mean', trim: 1 } }),
      { participants: three, entries: [entry('a', 'p1'), entry('b', 'p2')], scores: sheet('a', [1, 2]) },
    );
    expect(entries.map((e) => [e.entry.id, e.aggregate, e.fallback, e.trimmed])).toEqual([
      ['a', 15, true, []],
      ['b', null, false, []],
    ]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['trimmed-mean-fallback', ['entries', 'a']]]);
  });

  test('z-score: judges with a spread are standardised on their own totals, the rest on the panel', () => {
    // j1 gives 2, 4, 6 and j2 gives 6, 8, 10: z = −1.2247, 0, 1.2247 each. j3 gives one 5, so
    // is standardised on the panel of totals 20 40 60 60 80 100 50 (mean 58.571, SD 24.159):
    // z = (50 − 58.571) / 24.159 = −0.3548. Entry c: mean z (1.2247 + 1.2247 − 0.3548) / 3.
    const { entries, standardization, warnings } = aggregates(
      singleCriterionProgram({ aggregation: { method: 'z-score' }, quorum: 1 }),
      {
        participants: three,
        entries: [entry('a', 'p1'), entry('b', 'p2'), entry('c', 'p3')],
        scores: [...sheet('a', [2, 6]), ...sheet('b', [4, 8]), ...sheet('c', [6, 10, 5])],
      },
    );
    expect(entries.map((e) => [e.entry.id, e.aggregate, e.standardScore])).toEqual([
      ['a', 28.98, -1.2247],
      ['b', 58.57, 0],
      ['c', 75.44, 0.6982],
    ]);
    expect(standardization).toEqual(['own', 'own', 'panel', 'panel', 'panel', 'panel', 'panel']);
    // Only j3 has a total to standardise against the panel.
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['panel-standardization', ['panel', 'j3']]]);
  });
});
