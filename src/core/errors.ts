import { brand } from './brand.js';
import type { IssueCode, WarningCode } from './codes.js';

/** Where in the input a problem sits: object keys and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/** One thing wrong with an input: where, which rule, and what to do about it. */
export interface CedsIssue {
  /** Keys and indexes from the root of the input to the offending value. */
  readonly path: IssuePath;
  /** A stable, machine-readable rule name, e.g. `too_big`, `invalid_type`, `duplicate_id` (see `issueCodes`). */
  readonly code: IssueCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

/** A note attached to a result: data that was excluded, estimated or could not be scored. */
export interface CedsWarning {
  /** A stable, machine-readable code, e.g. `empty-area`, `below-coverage` (see `warningCodes`). */
  readonly code: WarningCode;
  /** Where in the input (or result) the warning applies. */
  readonly path: IssuePath;
  /** A sentence for a person. */
  readonly message: string;
}

const madeHere = /* @__PURE__ */ brand('CedsInputError');

/**
 * Formats an issue path the way a JavaScript reader would write it: `services[3].level`.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from 'wego-ceds';
 * formatIssuePath(['services', 3, 'level']); // => 'services[3].level'
 * formatIssuePath([]); // => '(root)'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * The error thrown for input that breaks a rule. `issues` lists every problem found, each with
 * its path, rule code and message; the error message lists them too, one per line.
 *
 * `instanceof CedsInputError` holds across the ESM and CJS copies of the package.
 *
 * @example
 * ```ts
 * import { CedsInputError, levelForScore } from 'wego-ceds';
 * let caught;
 * try { levelForScore(101); } catch (error) { caught = error; }
 * caught instanceof CedsInputError; // => true
 * caught.issues[0].code; // => 'too_big'
 * ```
 */
export class CedsInputError extends Error {
  /** Every problem found in the input. */
  readonly issues: readonly CedsIssue[];

  /**
   * @param issues - the problems, at least one
   * @param subject - what was being validated, for the first line of the message
   */
  constructor(issues: readonly CedsIssue[], subject = 'input') {
    const lines = issues.map((i) => `  - ${formatIssuePath(i.path)}: ${i.message} (${i.code})`);
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    super(`Invalid ${subject} (${count}):\n${lines.join('\n')}`);
    this.name = 'CedsInputError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
    madeHere.mark(this);
  }

  /** True for errors made by any copy of this class (ESM, CJS, or another installed version). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return madeHere.has(value);
  }
}

/** The result of a `safe*` function: the data, or the error that `*` would have thrown. */
export type SafeResult<T> =
  | {
      /** `true`: the input was valid. */
      readonly success: true;
      /** What the throwing function would have returned. */
      readonly data: T;
    }
  | {
      /** `false`: the input was invalid. */
      readonly success: false;
      /** The error the throwing function would have thrown, with every issue. */
      readonly error: CedsInputError;
    };

/** Runs `fn`, turning a thrown `CedsInputError` into `{ success: false }`. @internal */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof CedsInputError) return { success: false, error };
    throw error;
  }
}
