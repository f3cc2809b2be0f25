import * as z from 'zod/mini';
import { CedsInputError, safely, type CedsIssue, type SafeResult } from '../core/errors.js';
import { readInput } from '../core/validate.js';
import { assessValid } from './assess.js';
import { resolveAssessOptions, type AssessCitiesOptions } from './assess-options.js';
import type { CityAssessment, CityAssessmentInput } from './types.js';
import { checkCityInput, readCityInput } from './validate-city-input.js';

/** A city of a batch that could not be assessed. */
export interface CityAssessmentFailure {
  /** Its position in the inputs. */
  readonly index: number;
  /** Its `city.id` when the input had a readable one, else null. */
  readonly cityId: string | null;
  /** What was wrong with it. */
  readonly error: CedsInputError;
}

/** The result of `assessCities`. */
export interface CityAssessmentBatch {
  /** One result per input, in input order: `{ success: true, data }` or `{ success: false, error }`. */
  readonly results: readonly SafeResult<CityAssessment>[];
  /** The assessments that succeeded, in input order. */
  readonly assessments: readonly CityAssessment[];
  /** The inputs that failed, in input order. */
  readonly errors: readonly CityAssessmentFailure[];
}

const SUBJECT = 'city assessment inputs';

const EXPECTED = 'Expected an array of city assessment inputs';

// The list is read once, element by element; each city is then read once by its own schema.
// Built once at load; see src/core/validate.ts.
function inputList() {
  return z.array(z.unknown());
}
const inputsSchema = /* @__PURE__ */ inputList();

/** The `city.id` of a city's input as read (plain data), or null. */
function cityIdOf(copy: unknown): string | null {
  if (typeof copy !== 'object' || copy === null) return null;
  const city = (copy as { city?: unknown }).city;
  if (typeof city !== 'object' || city === null) return null;
  const id = (city as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Assesses many cities with the same options. A bad city never stops the batch: it shows up
 * in `errors` (and as a failed entry of `results`) while the others are assessed, even when it
 * cannot be read at all (a getter or a Proxy that throws: an `unreadable` issue). The options
 * and methodology are validated once; bad options throw `CedsInputError`, as nothing could be
 * assessed with them. The batch, its lists, each result and each error are frozen.
 *
 * @param inputs - the cities' inputs
 * @param options - as for `assessCity`, applied to every city
 * @returns per-city results, the successful assessments, and the per-city errors
 * @throws CedsInputError when `inputs` is not an array (or cannot be read) or the options are invalid
 *
 * @example
 * ```ts
 * import { assessCities } from 'wego-ceds';
 * const batch = assessCities([
 *   { city: { id: 'a', name: 'A' }, services: [{ id: 's', area: 'e-admin', name: 'S', status: 'operating', level: 4, utilization: 50 }] },
 *   { city: { id: 'b', name: 'B' }, services: [{ id: 's', area: 'nowhere', name: 'S', status: 'planned', level: 1 }] },
 * ], { explain: false });
 * batch.assessments.map((a) => a.average.score); // => [76.67]
 * batch.errors.map((e) => [e.index, e.cityId, e.error.issues[0].code]); // => [[1, 'b', 'unknown_area']]
 * batch.results.map((r) => r.success); // => [true, false]
 * ```
 */
export function assessCities(
  inputs: readonly CityAssessmentInput[],
  options?: AssessCitiesOptions,
): CityAssessmentBatch {
  // The list is read once; an element that cannot be read fails alone, as its city's input.
  const { copy, unreadable } = readInput(inputsSchema, inputs);
  if (!Array.isArray(copy)) {
    const issues: CedsIssue[] =
      unreadable.length > 0 ? [...unreadable] : [{ path: [], code: 'invalid_type', message: EXPECTED }];
    throw new CedsInputError(issues, SUBJECT);
  }
  const unreadableAt = new Map(unreadable.map((i) => [i.path[0], { ...i, path: [] }]));
  const resolved = resolveAssessOptions(options);
  const results: SafeResult<CityAssessment>[] = [];
  const assessments: CityAssessment[] = [];
  const errors: CityAssessmentFailure[] = [];
  (copy as readonly unknown[]).forEach((input, index) => {
    const issue = unreadableAt.get(index);
    const read = issue === undefined ? readCityInput(input) : { copy: undefined, unreadable: [issue] };
    const result = safely(() =>
      assessValid(checkCityInput(read, resolved.methodology, resolved.policy.missing), resolved),
    );
    results.push(result);
    if (result.success) assessments.push(result.data);
    else errors.push(Object.freeze({ index, cityId: cityIdOf(read.copy), error: result.error }));
  });
  return Object.freeze({
    results: Object.freeze(results),
    assessments: Object.freeze(assessments),
    errors: Object.freeze(errors),
  });
}
