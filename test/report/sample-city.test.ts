// The sample city's report and every figure of its assessment, fixed before the methodology
// became any tree: the CeDS presets must score exactly as they always did. The files under
// __snapshots__ were written by the earlier code; they are never regenerated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { formatAssessment } from '../../src/format/assessment.js';
import type { CityAssessmentInput } from '../../src/ceds/types.js';

const here = import.meta.dirname;
const read = (file: string) => readFileSync(join(here, file), 'utf8');
const sample = JSON.parse(read('../../examples/sample-city.json')) as CityAssessmentInput;

test("the sample city's report is byte-identical to the one the two-group engine printed", () => {
  expect(`${formatAssessment(assessCity(sample))}\n`).toBe(read('__snapshots__/sample-city-report.txt'));
});

test("every figure of the sample city's assessment is as the two-group engine made it", () => {
  const before = JSON.parse(read('__snapshots__/sample-city-assessment.json')) as Record<string, unknown> & {
    groups: Record<string, { score: number | null; level: unknown }>;
  };
  const after = JSON.parse(JSON.stringify(assessCity(sample))) as Record<string, unknown>;
  // The one change of shape: groups were an object keyed by id, and are rows in methodology order.
  const groups = [
    { id: 'internal', label: 'Internal', ...before.groups['internal'] },
    { id: 'external', label: 'External', ...before.groups['external'] },
  ];
  expect(after).toEqual({ ...before, groups });
});
