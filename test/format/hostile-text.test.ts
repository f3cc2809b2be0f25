// Input text reaches the text reports (city and level names, labels, editions, category and
// judge names, warnings): no control
// character or bidirectional control from the input may reach the report, where it could move
// the reader's cursor, break a line or make a figure read differently.
import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { formatAssessment } from '../../src/format/assessment.js';
import { judgeAwards } from '../../src/awards/judge-awards.js';
import { formatAwardResults } from '../../src/format/award-results.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from '../awards/fixtures.js';

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const HOSTILE = ['\u001b[2J', '\r', '\u202e', '\u2066', '\u2069', '\u200f', '\u0085', '\u2028'];

describe('formatAssessment', () => {
  test.each(HOSTILE)('keeps %j of the input out of every line, the Overall line included', (bad) => {
    const methodology = defineMethodology({
      levels: [
        { level: 1, name: `Low${bad}`, min: 0 },
        { level: 2, name: `High${bad}`, min: 50 },
      ],
      areas: [{ id: 'e-admin', label: `e-Admin${bad}`, order: 1 }],
    });
    const assessment = assessCity(
      {
        city: { id: 'x', name: `X${bad}City` },
        period: `2015${bad}`,
        services: [{ id: 's', area: 'e-admin', name: `Mail${bad}`, status: 'operating', level: 4, utilization: 80 }],
      },
      { methodology },
    );
    const report = formatAssessment(assessment);
    expect(report).not.toMatch(FORBIDDEN);
    const overall = report.split('\n').find((line) => line.startsWith('Overall:'))!;
    expect(overall).toMatch(/^Overall: \d+\.\d\d, level \d High/);
  });
});

describe('formatAwardResults', () => {
  test.each(HOSTILE)('keeps %j of the input out of the edition, category names, tables and warnings', (bad) => {
    const base = singleCriterionProgram();
    const program = {
      ...base,
      edition: `Edition${bad}2014`,
      categories: base.categories.map((c) => ({ ...c, name: `${c.name}${bad}` })),
      // Judge 1 comes from the participant's country: the recusal warning names them.
      panel: base.panel.map((j, i) => (i === 0 ? { ...j, name: `Judge${bad}One` } : j)),
    };
    const results = judgeAwards(
      program,
      submissions({
        participants: [participant('p1', 'AA', { name: `Seoul${bad}` })],
        entries: [{ ...entry('a', 'p1'), title: `Title${bad}` }],
        scores: sheet('a', [9, 8, 8, 8, 7]),
      }),
    );
    expect(results.warnings.some((w) => w.message.includes(`Judge${bad}One`))).toBe(true);
    const report = formatAwardResults(results);
    expect(report).not.toMatch(FORBIDDEN);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^Edition \S*2014$|^Edition2014$/);
    expect(lines[1]).toMatch(/^Aggregation: /);
    expect(lines.filter((line) => /^Services\S* ?\S* \(services\)$/.test(line))).toHaveLength(1);
  });
});
