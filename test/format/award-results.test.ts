import { describe, expect, test } from 'vitest';
import { formatAwardResults, judgeAwards } from '../../src/awards.js';
import { formatAwardResults as fromRoot } from '../../src/index.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from '../awards/fixtures.js';

describe('formatAwardResults', () => {
  const results = judgeAwards(
    singleCriterionProgram({ aggregation: { method: 'trimmed-mean' }, tieBreak: ['median'] }),
    submissions({
      participants: [participant('p1', 'AA'), participant('p2'), participant('p3')],
      entries: [
        { ...entry('a', 'p1'), title: 'A very long project title that goes on and on past the column width' },
        entry('b', 'p2'),
        entry('c', 'p3'),
        entry('d', 'p3', 'open-city'),
      ],
      scores: [
        ...sheet('a', [9, 8, 8, 8, 7]),
        ...sheet('b', [8, 8, 8, 8, 8]),
        ...sheet('c', [1, 2]),
        ...sheet('d', [5, 5, 5]),
      ],
    }),
  );
  const text = formatAwardResults(results);
  const lines = text.split('\n');

  test('is the same function from the root entry', () => expect(fromRoot).toBe(formatAwardResults));

  test('prints a header, each category with its ranking and prizes, recusals, judges and warnings', () => {
    expect(lines[0]).toBe('Test edition');
    expect(lines[1]).toBe('Aggregation: trimmed-mean (trim 1), 2 decimals');
    for (const heading of ['Services (services)', 'Open City (open-city)', 'Recusals', 'Judges', 'Warnings'])
      expect(lines).toContain(heading);
    expect(text).toContain('outstanding  vacant');
  });

  test('columns are aligned and long titles cut', () => {
    const header = lines.find((l) => l.startsWith('Rank'))!;
    const rule = lines[lines.indexOf(header) + 1]!;
    expect(rule).toMatch(/^-+( +-+)+$/);
    const body = lines.slice(lines.indexOf(header) + 2, lines.indexOf(header) + 5);
    const aggregateEnd = header.indexOf('Aggregate') + 'Aggregate'.length;
    for (const line of body) expect(line.slice(aggregateEnd - 5, aggregateEnd)).toMatch(/^\d+\.\d\d$|^\s*—$/);
    expect(text).toContain('…');
    expect(text).not.toContain('past the column width');
  });

  test('shows ties, trims, recusals, quorum and flags', () => {
    expect(text).toMatch(/1 {2}A very long.*\s80\.00 {2}best\s+4 \(1 recused, 2 trimmed\)\s+shared/);
    expect(text).toMatch(/— {2}Project c\s+p3\s+15\.00 {2}below quorum\s+2 \(median fallback\)/);
    expect(text).toMatch(/j1\s+a\s+same-country/);
    expect(text).toContain('Judge 1');
    expect(text).toMatch(/- Entry "c" has 2 counting judges/);
  });

  test('prints leniency with its sign and the flagged entries', () => {
    const flagged = judgeAwards(
      singleCriterionProgram(),
      submissions({
        participants: [participant('p1')],
        entries: [entry('a', 'p1')],
        scores: sheet('a', [10, 7, 4]),
      }),
    );
    const judges = formatAwardResults(flagged)
      .split('\n')
      .filter((l) => /^Judge \d/.test(l));
    expect(judges[0]).toMatch(/Judge 1\s+1\s+0\s+\+30\.00\s+a \+30\.00$/);
    expect(judges[2]).toMatch(/Judge 3\s+1\s+0\s+-30\.00\s+a -30\.00$/);
  });

  test('says "none" when nobody was recused', () => {
    const plain = judgeAwards(singleCriterionProgram(), submissions({}));
    expect(formatAwardResults(plain)).toContain('Recusals\n\nnone');
    expect(formatAwardResults(plain)).not.toContain('Warnings');
  });
});
