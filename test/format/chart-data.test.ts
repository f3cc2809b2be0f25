import { describe, expect, test } from 'vitest';
import { toChartData } from '../../src/format/chart-data.js';
import { fixtureAssessment } from './fixture.js';
import { egdiAssessment, fiveGroupAssessment, servicesOnlyAssessment } from './trees.js';

describe('toChartData', () => {
  test('areas become parallel label and value arrays, nulls kept as gaps', () => {
    const data = toChartData(fixtureAssessment());
    expect(data.areas).toEqual({
      ids: ['e-admin', 'e-industry', 'e-city', 'e-info'],
      labels: ['e-Admin', 'e-Industry', 'e-City', 'e-Info'],
      series: {
        score: [64.17, 40, 100, null],
        operationRate: [66.67, 50, 100, null],
        developmentRate: [53.33, 30, 100, null],
        utilizationRate: [72.5, null, 100, null],
      },
      levels: [4, 3, 5, null],
      average: { score: 68.06, operationRate: 72.22, developmentRate: 61.11, utilizationRate: 86.25 },
    });
  });

  test('dimensions become a radar of labels and values', () => {
    const data = toChartData(fixtureAssessment());
    expect(data.dimensions.labels).toEqual([
      'Governance Mechanism',
      'Policy & Institution',
      'Resource Capacity',
      'ICT Network',
      'Citizen Readiness',
      'Public Service Infrastructure',
    ]);
    expect(data.dimensions.values).toEqual([75, 62.5, 41.33, 88.8, 89, null]);
    expect(data.dimensions.groups).toEqual(['internal', 'internal', 'internal', 'external', 'external', 'external']);
    expect(data.overall).toEqual({ score: 71.16, level: 4 });
  });

  test('budget amounts become numbers for drawing', () => {
    const data = toChartData(fixtureAssessment());
    expect(data.budget).toEqual({
      currency: 'KRW',
      ids: ['e-admin', 'e-city'],
      labels: ['e-Admin', 'e-City'],
      budget: [2200000000, 0],
      spending: [2130000000, 15000000.5],
      executionRate: [96.82, null],
      band: ['A', null],
      total: { budget: 2200000000, spending: 2145000000.5, executionRate: 97.5 },
    });
  });

  test('no budget gives null, and a missing overall gives null level', () => {
    const data = toChartData(fixtureAssessment({ budget: null, overall: { score: null, level: null } }));
    expect(data.budget).toBeNull();
    expect(data.overall).toEqual({ score: null, level: null });
  });

  test('an amount too long for a float still draws, as the largest float', () => {
    const base = fixtureAssessment();
    const huge = '9'.repeat(400);
    const area = { ...base.budget!.areas[0]!, budget: huge };
    const data = toChartData(fixtureAssessment({ budget: { ...base.budget!, areas: [area] } }));
    expect(data.budget!.budget).toEqual([Number.MAX_VALUE]);
  });

  test('the result is frozen plain data that survives JSON', () => {
    const data = toChartData(fixtureAssessment());
    expect(Object.isFrozen(data.areas.series.score)).toBe(true);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test('a methodology without areas gives empty area series and a null Average', () => {
    const data = toChartData(egdiAssessment());
    expect(data.areas).toEqual({
      ids: [],
      labels: [],
      series: { score: [], operationRate: [], developmentRate: [], utilizationRate: [] },
      levels: [],
      average: { score: null, operationRate: null, developmentRate: null, utilizationRate: null },
    });
    expect(data.dimensions).toEqual({
      ids: ['osi', 'hci', 'tii'],
      labels: ['Online Service Index', 'Human Capital Index', 'Telecommunication Infrastructure Index'],
      groups: ['egdi', 'egdi', 'egdi'],
      values: [80, 70, 60],
    });
    expect(data.budget).toBeNull();
    expect(data.overall).toEqual({ score: 70, level: 3 });
  });

  test('every spoke carries its own group id, whatever the groups', () => {
    const data = toChartData(fiveGroupAssessment());
    expect(data.dimensions.groups).toEqual(['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd', 'e', 'e']);
    expect(data.dimensions.values).toEqual([40, 46, 52, 58, 64, 70, 76, 82, 88, 94]);
    expect(data.areas.ids).toEqual(['e-admin', 'e-industry', 'e-city', 'e-info']);
  });

  test('a methodology without dimensions gives an empty radar', () => {
    const data = toChartData(servicesOnlyAssessment());
    expect(data.dimensions).toEqual({ ids: [], labels: [], groups: [], values: [] });
    expect(data.areas.series.score).toEqual([83.33, null, 20, null]);
    expect(Object.isFrozen(data.dimensions.values)).toBe(true);
  });
});
