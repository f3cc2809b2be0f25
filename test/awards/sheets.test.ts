import { describe, expect, test } from 'vitest';
import { readSheets } from '../../src/awards/sheets.js';
import { entry, participant, prepared, sheet, singleCriterionProgram } from './fixtures.js';

const twoCriteria = {
  ...singleCriterionProgram(),
  rubric: {
    criteria: [
      { id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 },
      { id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 },
    ],
  },
};

describe('readSheets', () => {
  test('a recused judge never counts, and scores they handed in anyway are warned about', () => {
    // Judge 1 comes from AA, like the participant.
    const { program, table, layout, recusals } = prepared(singleCriterionProgram(), {
      participants: [participant('p1', 'AA')],
      entries: [entry('e', 'p1')],
      scores: sheet('e', [9, 8, 7]),
    });
    const { entries, warnings } = readSheets(program, table, layout, recusals);
    expect(entries).toEqual([
      {
        entry: table.entries[0],
        row: 0,
        counted: [
          { judge: 1, judgeId: 'j2', n: 8n },
          { judge: 2, judgeId: 'j3', n: 7n },
        ],
        recused: ['j1'],
        incomplete: [],
      },
    ]);
    expect(warnings).toEqual([
      {
        code: 'conflicted-scores-ignored',
        path: ['entries', 'e', 'judges', 'j1'],
        message: 'Judge 1 sits out entry "e"; their scores for it were not counted',
      },
    ]);
  });

  test('an incomplete sheet does not count and is warned about; an empty sheet is no sheet', () => {
    const { program, table, layout, recusals } = prepared(twoCriteria, {
      participants: [participant('p1')],
      entries: [entry('e', 'p1')],
      scores: [...sheet('e', [5, 6]), ...sheet('e', [5], 'impact')],
    });
    const { entries, warnings } = readSheets(program, table, layout, recusals);
    expect(entries[0]).toMatchObject({ counted: [{ judgeId: 'j1' }], recused: [], incomplete: ['j2'] });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['incomplete-sheet', ['entries', 'e', 'judges', 'j2']]]);
  });

  test('entries come in entry id order, each with its row in the score table', () => {
    const { program, table, layout, recusals } = prepared(singleCriterionProgram(), {
      participants: [participant('p1'), participant('p2')],
      entries: [entry('b', 'p1'), entry('a', 'p2')],
      scores: [...sheet('b', [4]), ...sheet('a', [6])],
    });
    const { entries } = readSheets(program, table, layout, recusals);
    expect(entries.map((s) => [s.entry.id, s.row, s.counted[0]!.n])).toEqual([
      ['a', 1, 6n],
      ['b', 0, 4n],
    ]);
  });
});
