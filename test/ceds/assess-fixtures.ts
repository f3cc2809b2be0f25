// Small builders shared by the engine's example tests.
import { Decimal } from 'decimal.js';
import type { CityAssessmentInput, DimensionInput, Explanation, ServiceInput } from '../../src/index.js';

/** A Decimal wide enough that sums of 40-digit values are exact (the default 20 digits are not). */
export const Wide = Decimal.clone({ precision: 200 });

/** Σ contributions of an explanation, exactly. */
export function contributionSum(explanation: Explanation): Decimal {
  return explanation.components.reduce((sum, c) => sum.plus(c.contribution), new Wide(0));
}

/** An input whose services are given (the input type lets them be omitted). */
export type CityInputWithServices = CityAssessmentInput & { readonly services: readonly ServiceInput[] };

/** An input for city "c" with these services (and anything else). */
export function city(
  services: ServiceInput[],
  extra: Partial<Omit<CityAssessmentInput, 'services'>> = {},
): CityInputWithServices {
  return { city: { id: 'c', name: 'C' }, services, ...extra };
}

export const op = (id: string, level: number, utilization?: number, area = 'e-admin'): ServiceInput =>
  utilization === undefined
    ? { id, area, name: id, status: 'operating', level }
    : { id, area, name: id, status: 'operating', level, utilization };
export const dev = (id: string, level: number, area = 'e-admin'): ServiceInput => ({
  id,
  area,
  name: id,
  status: 'developing',
  level,
});
export const absent = (id: string, area = 'e-admin'): ServiceInput => ({
  id,
  area,
  name: id,
  status: 'absent',
  level: 0,
});

/** The six default dimensions with direct scores (internal 60, 70, 80; external 90, 60, 30). */
export const sixDimensions: DimensionInput[] = [
  { id: 'governance-mechanism', score: 60 },
  { id: 'policy-institution', score: 70 },
  { id: 'resource-capacity', score: 80 },
  { id: 'ict-network', score: 90 },
  { id: 'citizen-readiness', score: 60 },
  { id: 'public-service-infrastructure', score: 30 },
];

/** The error `fn` throws (undefined when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
