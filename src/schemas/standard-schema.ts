// The Standard Schema interface (https://standardschema.dev, v1), written out here so that the
// package's declarations depend on no validation library.
import { CedsInputError } from '../core/errors.js';

/** A validator that any Standard Schema consumer (form libraries, tRPC, …) can call. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** The types of the Standard Schema interface. */
// The Standard Schema spec defines its types in a namespace merged with the interface.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace StandardSchemaV1 {
  /** What a Standard Schema exposes under `~standard`. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the Standard Schema interface: 1. */
    readonly version: 1;
    /** Who made the validator: `wego-ceds`. */
    readonly vendor: string;
    /** Validates a value: `{ value }` on success, `{ issues }` on failure. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** Type carriers for inference; never set at run time. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The outcome of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A valid value. */
  export interface SuccessResult<Output> {
    /** The validated value. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }
  /** An invalid value. */
  export interface FailureResult {
    /** Every problem found. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** One problem. */
  export interface Issue {
    /** What is wrong, for a person. */
    readonly message: string;
    /** Where it is. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** A path segment given as an object. */
  export interface PathSegment {
    /** The key. */
    readonly key: PropertyKey;
  }
  /** Type carriers. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type. */
    readonly input: Input;
    /** The output type. */
    readonly output: Output;
  }
}

/**
 * A validator of this library as a Standard Schema: `~standard.validate` runs the same
 * validation as the library's own functions, and each issue also carries its rule `code`.
 */
export interface CedsSchema<Output> extends StandardSchemaV1<unknown, Output> {
  /** Validates and returns the value, or throws `CedsInputError`, like the library's functions. */
  readonly parse: (value: unknown) => Output;
}

/**
 * Wraps a throwing validator as a Standard Schema. `validate` answers every input with
 * `{ value }` or `{ issues }` and never throws for one: the library's validators read an input
 * once and turn whatever a getter or a Proxy throws into an `unreadable` issue. Failures are
 * frozen, like the library's errors; anything else thrown is a bug and is not hidden.
 * @internal
 */
export function standardSchema<Output>(parse: (value: unknown) => Output): CedsSchema<Output> {
  return Object.freeze({
    parse,
    '~standard': Object.freeze({
      version: 1 as const,
      vendor: 'wego-ceds',
      validate(value: unknown): StandardSchemaV1.Result<Output> {
        try {
          return { value: parse(value) };
        } catch (error) {
          if (!(error instanceof CedsInputError)) throw error;
          const issues = error.issues.map((i) => Object.freeze({ message: i.message, path: i.path, code: i.code }));
          return Object.freeze({ issues: Object.freeze(issues) });
        }
      },
    }),
  });
}
