import { compareCodeUnits } from '../core/compare.js';
import type { Exact } from '../core/decimal.js';
import { indicatorScore } from './indicators.js';
import type {
  BudgetInput,
  CityAssessmentInput,
  CityInput,
  DimensionDefinition,
  IndicatorInput,
  Methodology,
  ServiceInput,
  ServiceRecord,
} from './types.js';

/** An indicator reduced to what scoring needs. @internal */
export interface NormalisedIndicator {
  readonly id: string;
  readonly kind: IndicatorInput['kind'];
  /** Weight within the dimension (default 1). */
  readonly weight: number;
  /** The answer on 0–100, exact, or null when not answered. */
  readonly score: Exact | null;
}

/**
 * A methodology dimension with the city's answers: indicators (sorted by id), a direct score,
 * or nothing (`source: 'missing'`).
 * @internal
 */
export interface NormalisedDimension {
  readonly definition: DimensionDefinition;
  readonly source: 'indicators' | 'score' | 'missing';
  readonly indicators: readonly NormalisedIndicator[];
  /** The direct score, when `source` is `score`. */
  readonly score: Exact | null;
}

/**
 * A validated input in canonical form: services sorted by (area order, id), dimensions in
 * methodology order, indicators sorted by id. Canonical order makes every exact sum, and so
 * every digit of the result, independent of the order of the input.
 * @internal
 */
export interface NormalisedCity {
  readonly city: CityInput;
  readonly period: string | null;
  readonly services: readonly ServiceRecord[];
  readonly dimensions: readonly NormalisedDimension[];
  /** False when the input gave no dimension at all (the readiness side was not assessed). */
  readonly dimensionsGiven: boolean;
  readonly budget: BudgetInput | null;
}

// -0 would survive into results and break JSON round trips; the input means 0.
function plain(value: number): number {
  return value === 0 ? 0 : value;
}

/** A service's normalised record. @internal */
export function serviceRecord(service: ServiceInput): ServiceRecord {
  const utilization = service.utilization ?? null;
  return {
    id: service.id,
    area: service.area,
    name: service.name,
    status: service.status,
    level: plain(service.level),
    utilization: utilization === null ? null : plain(utilization),
    applicable: service.applicable ?? true,
  };
}

/** Sorts service records by (area order in the methodology, id). @internal */
export function sortServices(services: readonly ServiceRecord[], methodology: Methodology): ServiceRecord[] {
  const order = new Map(methodology.areas.map((a) => [a.id, a.order]));
  // Each service's area order is looked up once, not twice per comparison.
  const keyed = services.map((service) => ({ service, order: order.get(service.area) ?? 0 }));
  keyed.sort(
    (a, b) =>
      a.order - b.order ||
      compareCodeUnits(a.service.area, b.service.area) ||
      compareCodeUnits(a.service.id, b.service.id),
  );
  return keyed.map((k) => k.service);
}

/**
 * Turns a validated input into canonical records (no validation here: see
 * `validateCityInput`).
 * @internal
 */
export function normaliseCityInput(input: CityAssessmentInput, methodology: Methodology): NormalisedCity {
  const city: CityInput =
    input.city.country === undefined
      ? { id: input.city.id, name: input.city.name }
      : { id: input.city.id, name: input.city.name, country: input.city.country };
  const given = new Map((input.dimensions ?? []).map((d) => [d.id, d]));
  const dimensions = methodology.dimensions.map((definition): NormalisedDimension => {
    const dimension = given.get(definition.id);
    if (dimension === undefined) return { definition, source: 'missing', indicators: [], score: null };
    if (dimension.indicators === undefined) {
      return {
        definition,
        source: 'score',
        indicators: [],
        score: indicatorScore({ id: definition.id, kind: 'score', value: dimension.score ?? null }),
      };
    }
    const indicators = dimension.indicators
      .map((indicator) => ({
        id: indicator.id,
        kind: indicator.kind,
        weight: plain(indicator.weight ?? 1),
        score: indicatorScore(indicator),
      }))
      .sort((a, b) => compareCodeUnits(a.id, b.id));
    return { definition, source: 'indicators', indicators, score: null };
  });
  return {
    city,
    period: input.period ?? null,
    services: sortServices((input.services ?? []).map(serviceRecord), methodology),
    dimensions,
    dimensionsGiven: given.size > 0,
    budget: input.budget ?? null,
  };
}
