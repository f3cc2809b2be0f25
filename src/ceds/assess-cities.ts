import { CedsInputError, safely, type SafeResult } from '../core/errors.js';
import { assessWith } from './assess.js';
import { resolveAssessOptions, type AssessCitiesOptions } from './assess-options.js';
import type { CityAssessment, CityAssessmentInput } from './types.js';

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

function cityIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const city = (input as { city?: unknown }).city;
  if (typeof city !== 'object' || city === null) return null;
  const id = (city as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Assesses many cities with the same options. A bad city never stops the batch: it shows up
 * in `errors` (and as a failed entry of `results`) while the others are assessed. The options
 * and methodology are validated once; bad options throw `CedsInputError`, as nothing could be
 * assessed with them.
 *
 * @param inputs - the cities' inputs
 * @param options - as for `assessCity`, applied to every city
 * @returns per-city results, the successful assessments, and the per-city errors
 * @throws CedsInputError when `inputs` is not an array or the options are invalid
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
  if (!Array.isArray(inputs)) {
    throw new CedsInputError(
      [{ path: [], code: 'invalid_type', message: 'Expected an array of city assessment inputs' }],
      'city assessment inputs',
    );
  }
  const resolved = resolveAssessOptions(options);
  const results: SafeResult<CityAssessment>[] = [];
  const assessments: CityAssessment[] = [];
  const errors: CityAssessmentFailure[] = [];
  (inputs as readonly unknown[]).forEach((input, index) => {
    const result = safely(() => assessWith(input, resolved));
    results.push(Object.freeze(result));
    if (result.success) assessments.push(result.data);
    else errors.push(Object.freeze({ index, cityId: cityIdOf(input), error: result.error }));
  });
  return Object.freeze({
    results: Object.freeze(results),
    assessments: Object.freeze(assessments),
    errors: Object.freeze(errors),
  });
}
