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

/** How many issues an error message lists; `issues` always holds every one. */
const LISTED = 100;

/**
 * The error thrown for input that breaks a rule. `issues` lists every problem found, each with
 * its path, rule code and message; the error message lists the first 100, one per line, and
 * counts the rest, so that an input with 500,000 problems gives a short message (`issues` still
 * holds all of them).
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
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    let message = `Invalid ${subject} (${count}):`;
    for (let i = 0; i < issues.length && i < LISTED; i += 1) {
      const issue = issues[i]!;
      message += `\n  - ${formatIssuePath(issue.path)}: ${issue.message} (${issue.code})`;
    }
    if (issues.length > LISTED) message += `\n  … and ${issues.length - LISTED} more (see \`issues\`)`;
    super(message);
    this.name = 'CedsInputError';
    // Frozen copies, so that nothing the caller passed in can change them afterwards.
    const frozen: CedsIssue[] = [];
    for (const { path, code, message } of issues)
      frozen.push(Object.freeze({ path: Object.freeze(path.slice()), code, message }));
    this.issues = Object.freeze(frozen);
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

/**
 * Runs `fn`, turning a thrown `CedsInputError` into `{ success: false }`. The outcome is frozen,
 * and so is its error (whose issues are frozen already): a result is data all the way down.
 * Anything else thrown is a bug of the library, not a problem of the input, and is rethrown
 * (reading the input never throws: see src/core/validate.ts).
 * @internal
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  let data: T;
  try {
    data = fn();
  } catch (error) {
    if (error instanceof CedsInputError) return Object.freeze({ success: false, error: Object.freeze(error) });
    throw error;
  }
  return Object.freeze({ success: true, data });
}
