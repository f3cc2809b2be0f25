import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { renderAreaChart, renderBudgetChart, renderDimensionChart } from '../../src/svg.js';
import { fixtureAssessment } from '../format/fixture.js';
import { assertWellFormedXml } from './well-formed.js';

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<', '&', '"', "'", ']]>', '</svg>', '--'),
);
const anyScore = fc.option(
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  { nil: null },
);

test.prop([anyText, anyText])('every chart stays well-formed XML whatever the city and area names', (name, label) => {
  const base = fixtureAssessment();
  const assessment = fixtureAssessment({
    city: { id: 'c', name },
    areas: base.areas.map((a) => ({ ...a, label })),
    dimensions: base.dimensions.map((d) => ({ ...d, label })),
  });
  for (const render of [renderAreaChart, renderDimensionChart, renderBudgetChart]) {
    const svg = render(assessment);
    assertWellFormedXml(svg);
    expect(svg).not.toContain('<script');
  }
});

test.prop([fc.array(anyScore, { minLength: 6, maxLength: 6 }), anyScore])(
  'no chart prints NaN, Infinity or -0 for any scores',
  (scores, areaScore) => {
    const base = fixtureAssessment();
    const level = (s: number | null) => (s === null ? null : { level: 1, name: 'x' });
    const assessment = fixtureAssessment({
      areas: base.areas.map((a) => ({ ...a, score: areaScore, operationRate: areaScore, level: level(areaScore) })),
      dimensions: base.dimensions.map((d, i) => ({ ...d, score: scores[i]!, level: level(scores[i]!) })),
    });
    for (const render of [renderAreaChart, renderDimensionChart, renderBudgetChart]) {
      const svg = render(assessment);
      expect(svg).not.toMatch(/NaN|Infinity|"-0"|[ ,]-0[ ,"]/);
    }
  },
);

test.prop([
  fc.integer({ min: 1, max: 20 }),
  fc.integer({ min: 1, max: 8 }),
  fc.array(anyScore, { minLength: 28, maxLength: 28 }),
  anyText,
  fc.boolean(),
])(
  'the charts of any tree (1–20 dimensions, 1–8 groups, with or without areas) stay well-formed and the same twice',
  (n, k, scores, label, withAreas) => {
    const base = fixtureAssessment();
    const level = (s: number | null) => (s === null ? null : { level: 1, name: 'x' });
    const groupCount = Math.min(k, n);
    const definition = base.methodology.definition;
    const assessment = fixtureAssessment({
      methodology: {
        ...base.methodology,
        definition: { ...definition, areas: withAreas ? definition.areas : [] },
      },
      areas: withAreas ? base.areas : [],
      groups: Array.from({ length: groupCount }, (_, g) => ({
        id: `g${g}`,
        label: `${label}${g}`,
        score: scores[20 + g]!,
        level: level(scores[20 + g]!),
      })),
      dimensions: Array.from({ length: n }, (_, i) => ({
        id: `d${i}`,
        label: `${label}${i}`,
        group: `g${i % groupCount}`,
        score: scores[i]!,
        level: level(scores[i]!),
      })),
    });
    for (const render of [renderAreaChart, renderDimensionChart, renderBudgetChart]) {
      const svg = render(assessment);
      assertWellFormedXml(svg);
      expect(svg).not.toMatch(/NaN|Infinity|undefined|"-0"|[ ,]-0[ ,"]/);
      expect(render(assessment)).toBe(svg);
    }
  },
);
