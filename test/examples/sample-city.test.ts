// The illustrative sample city: reproducible from its script, and consistent with the rules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assessCity, defaultMethodology, type CityAssessmentInput } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const sample = JSON.parse(readFileSync(join(root, 'examples', 'sample-city.json'), 'utf8')) as CityAssessmentInput;

describe('examples/sample-city.json', () => {
  test('is exactly what scripts/make-sample-city.mjs generates', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'make-sample-city.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });

  test('is labelled as illustrative, not official data', () => {
    expect(sample.city).toEqual({ id: 'sample-city', name: 'Sample City (illustrative data)' });
  });

  test('has about 110 services over the four default areas, consistent with the status rules', () => {
    const services = sample.services ?? [];
    expect(services).toHaveLength(110);
    expect(new Set(services.map((s) => s.area))).toEqual(new Set(defaultMethodology.areas.map((a) => a.id)));
    for (const s of services) {
      if (s.status === 'absent') expect(s.level, s.id).toBe(0);
      if (s.status === 'operating') expect(s.level, s.id).toBeGreaterThanOrEqual(1);
      if (s.utilization !== undefined) expect(s.status, s.id).toBe('operating');
    }
    expect(new Set(services.map((s) => s.status))).toEqual(new Set(['operating', 'developing', 'planned', 'absent']));
  });

  test('has 90 indicators over the six dimensions, using every indicator kind', () => {
    const dimensions = sample.dimensions ?? [];
    expect(dimensions.map((d) => d.id)).toEqual(defaultMethodology.dimensions.map((d) => d.id));
    const indicators = dimensions.flatMap((d) => d.indicators ?? []);
    expect(indicators).toHaveLength(90);
    expect(new Set(indicators.map((i) => i.kind))).toEqual(
      new Set(['likert', 'boolean', 'percent', 'ordinal', 'numeric', 'score']),
    );
  });

  test('has a budget in one currency, per area, for two fiscal years', () => {
    const lines = sample.budget!.lines;
    expect(new Set(lines.map((l) => l.year))).toEqual(new Set([2014, 2015]));
    expect(new Set(lines.map((l) => l.area))).toEqual(new Set(defaultMethodology.areas.map((a) => a.id)));
    expect(lines.every((l) => l.currency === undefined)).toBe(true);
  });

  test('scores without error, every area and dimension with a score', () => {
    const assessment = assessCity(sample);
    expect(assessment.areas.every((a) => a.score !== null)).toBe(true);
    expect(assessment.dimensions.every((d) => d.score !== null)).toBe(true);
    expect(assessment.overall.score).not.toBeNull();
  });
});
