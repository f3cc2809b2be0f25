import { expect } from 'vitest';
import { CedsInputError, type CedsIssue } from '../src/core/errors.js';

/** Runs `fn`, expects it to throw a `CedsInputError`, and returns the error. */
export function inputErrorOf(fn: () => unknown): CedsInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CedsInputError);
    return error as CedsInputError;
  }
  throw new Error('expected a CedsInputError');
}

/** Runs `fn`, expects it to throw a `CedsInputError`, and returns its issues. */
export function issuesOf(fn: () => unknown): CedsIssue[] {
  return [...inputErrorOf(fn).issues];
}
