import { describe, expect, test } from 'vitest';
import { CedsInputError, formatIssuePath, safely } from '../../src/core/errors.js';

describe('CedsInputError', () => {
  test('lists every issue with its path and rule in the message', () => {
    const e = new CedsInputError([
      { path: ['services', 3, 'level'], code: 'too_big', message: 'Must be at most 5' },
      { path: ['city', 'my key'], code: 'invalid_type', message: 'Expected string' },
    ]);
    expect(e.message).toBe(
      'Invalid input (2 issues):\n  - services[3].level: Must be at most 5 (too_big)\n  - city["my key"]: Expected string (invalid_type)',
    );
    expect(e.name).toBe('CedsInputError');
    expect(e).toBeInstanceOf(Error);
    expect(Object.isFrozen(e.issues)).toBe(true);
  });
  test('instanceof is true for any object carrying the shared brand, false otherwise', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('wego-ceds.CedsInputError')]: true });
    expect(foreign instanceof CedsInputError).toBe(true);
    expect(new Error('x') instanceof CedsInputError).toBe(false);
    expect((null as unknown) instanceof CedsInputError).toBe(false);
  });
  test('formatIssuePath', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath([0, 'a'])).toBe('[0].a');
  });
  test('safely turns CedsInputError into a failure and rethrows anything else', () => {
    expect(safely(() => 1)).toEqual({ success: true, data: 1 });
    const failure = safely(() => {
      throw new CedsInputError([{ path: [], code: 'custom', message: 'no' }], 'thing');
    });
    expect(failure.success).toBe(false);
    expect(() =>
      safely(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
