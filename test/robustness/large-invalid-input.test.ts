// The invalid path at scale (issue 13, item 18): an input with hundreds of thousands of problems
// is answered like a small one, every issue kept, the message short. How long it takes next to
// the valid path is measured by the bench, not asserted here: tests make no timing claims.
import { describe, expect, test } from 'vitest';
import type { CedsInputError } from '../../src/index.js';
import { safeAssessCity, type CityAssessmentInput } from '../../src/index.js';
import { expectInputError } from './invariants.js';

const N = 100_000;

function failure(services: unknown[]): CedsInputError {
  const result = safeAssessCity({ city: { id: 'big', name: 'Big' }, services } as unknown as CityAssessmentInput);
  if (result.success) throw new Error('expected a failure');
  expectInputError(result.error);
  return result.error;
}

describe('100,000 services, every field wrong', () => {
  test('every issue is kept; the message lists the first 100 and counts the rest', () => {
    const error = failure(Array.from({ length: N }, () => ({ id: '', area: 5, name: 5, status: 'x', level: 9 })));
    expect(error.issues).toHaveLength(5 * N);
    expect(error.issues.at(-1)).toMatchObject({ path: ['services', N - 1, 'level'], code: 'too_big' });
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid city assessment input (500000 issues):');
    expect(lines).toHaveLength(102);
    expect(lines[1]).toBe('  - services[0].id: A service id must be a non-empty string (too_small)');
    expect(lines[101]).toBe('  … and 499900 more (see `issues`)');
  });

  test('a rule broken four times by every service: the same', () => {
    const error = failure(
      Array.from({ length: N }, () => ({
        id: 's',
        area: 'nowhere',
        name: 'S',
        status: 'absent',
        level: 3,
        utilization: 5,
      })),
    );
    expect(error.issues).toHaveLength(4 * N - 1);
    expect(error.message.split('\n')).toHaveLength(102);
    expect(error.message.length).toBeLessThan(20_000);
  });
});
