import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { validateMethodology } from '../../src/ceds/define-methodology.js';
import { assessCity, defaultMethodology } from '../../src/index.js';
import type {
  AssessCityOptions,
  CityAssessment,
  CityAssessmentInput,
  Methodology,
  ServiceInput,
} from '../../src/index.js';
import { assessOptionsArbitrary, cityInputArbitrary, methodologyArbitrary } from './arbitraries.js';
import { contributionSum } from './assess-fixtures.js';

const inputs = cityInputArbitrary();
// Inputs, methodologies built by spreading the default (random weights and aggregations), policies.
const runs = fc.tuple(inputs, methodologyArbitrary, assessOptionsArbitrary);

function assess(input: CityAssessmentInput, methodology: Methodology, options: AssessCityOptions): CityAssessment {
  return assessCity(input, { ...options, methodology });
}

/** Every number of the result at a score or rate key. */
function scores(result: CityAssessment): (number | null)[] {
  const rows = [...result.areas, result.average];
  return [
    ...rows.flatMap((r) => [r.score, r.operationRate, r.developmentRate, r.utilizationRate]),
    ...result.dimensions.map((d) => d.score),
    ...result.groups.map((g) => g.score),
    result.readiness.score,
    result.overall.score,
    ...Object.values(result.explanations).map((e) => e.score),
    ...Object.values(result.explanations).map((e) => e.coverage),
    result.coverage.areas,
    result.coverage.utilization,
    result.coverage.dimensions,
    result.coverage.overall,
  ];
}

/** A permutation of a list, drawn by fast-check. */
const shuffle = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });

describe('assessCity invariants', () => {
  test.prop([runs])(
    'every score lies within 0..100 or is null, never NaN, and levels follow the scores',
    ([input, methodology, options]) => {
      const result = assess(input, methodology, options);
      for (const value of scores(result)) {
        if (value === null) continue;
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        expect(Object.is(value, -0)).toBe(false);
      }
      const rows = [...result.areas, result.average, ...result.dimensions, ...result.groups];
      for (const row of [...rows, result.readiness, result.overall]) {
        expect(row.level === null).toBe(row.score === null);
      }
    },
  );

  test.prop([
    runs.chain(([input, methodology, options]) =>
      fc.tuple(
        fc.constant(input),
        fc.constant(methodology),
        fc.constant(options),
        shuffle(input.services),
        shuffle(input.dimensions ?? []),
        fc.infiniteStream(fc.nat()),
      ),
    ),
  ])(
    'permuting services, dimensions or indicators gives a deep-equal result',
    ([input, methodology, options, services, dimensions, keys]) => {
      const shuffleIndicators = dimensions.map((d) => {
        if (d.indicators === undefined) return d;
        const order = d.indicators.map((indicator) => ({ indicator, key: keys.next().value as number }));
        return { ...d, indicators: order.sort((a, b) => a.key - b.key).map((o) => o.indicator) };
      });
      const permuted: CityAssessmentInput = {
        ...input,
        services,
        ...(input.dimensions === undefined ? {} : { dimensions: shuffleIndicators }),
      };
      expect(assess(permuted, methodology, options)).toStrictEqual(assess(input, methodology, options));
    },
  );

  test.prop([
    runs,
    fc.constantFrom(0.25, 0.5, 2, 3, 7, 10, 1000),
    fc.constantFrom('area', 'overall', 'groups', 'dimensions', 'indicators'),
  ])('scaling the weights of one level by k > 0 changes nothing', ([input, methodology, options], k, level) => {
    const scaled: Methodology = {
      ...methodology,
      ...(level === 'area'
        ? {
            areaWeights: {
              operation: methodology.areaWeights.operation * k,
              development: methodology.areaWeights.development * k,
              utilization: methodology.areaWeights.utilization * k,
            },
          }
        : {}),
      ...(level === 'overall'
        ? {
            overallWeights: {
              services: methodology.overallWeights.services * k,
              readiness: methodology.overallWeights.readiness * k,
            },
          }
        : {}),
      ...(level === 'groups' ? { groups: methodology.groups.map((g) => ({ ...g, weight: g.weight * k })) } : {}),
      ...(level === 'dimensions'
        ? { dimensions: methodology.dimensions.map((d) => ({ ...d, weight: d.weight * k })) }
        : {}),
    };
    const scaledInput: CityAssessmentInput =
      level === 'indicators' && input.dimensions !== undefined
        ? {
            ...input,
            dimensions: input.dimensions.map((d) =>
              d.indicators === undefined
                ? d
                : { ...d, indicators: d.indicators.map((i) => ({ ...i, weight: (i.weight ?? 1) * k })) },
            ),
          }
        : input;
    const before = assess(input, methodology, options);
    const after = assess(scaledInput, scaled, options);
    expect({ ...after, methodology: null }).toStrictEqual({ ...before, methodology: null });
  });

  // Changes that can only help: raise a level by one, put a service into operation (without a
  // utilization, which would change the mean), raise a utilization.
  const improvement = fc.tuple(
    runs,
    fc.nat(),
    fc.constantFrom('raise-level', 'operate', 'raise-utilization'),
    fc.integer({ min: 1, max: 100 }),
  );
  test.prop([improvement])(
    'an improvement never lowers its area score or the overall score',
    ([[input, methodology, options], pick, kind, step]) => {
      fc.pre(input.services.length > 0);
      const index = pick % input.services.length;
      const service = input.services[index]!;
      let changed: ServiceInput | null = null;
      if (kind === 'raise-level' && service.status !== 'absent' && service.level < 5)
        changed = { ...service, level: service.level + 1 };
      if (kind === 'operate' && service.status !== 'operating') {
        changed = {
          id: service.id,
          area: service.area,
          name: service.name,
          status: 'operating',
          level: Math.max(1, service.level),
          ...(service.applicable === undefined ? {} : { applicable: service.applicable }),
        };
      }
      if (
        kind === 'raise-utilization' &&
        service.status === 'operating' &&
        typeof service.utilization === 'number' &&
        service.utilization < 100
      ) {
        changed = { ...service, utilization: Math.min(100, service.utilization + step) };
      }
      fc.pre(changed !== null);
      const services = input.services.map((s, i) => (i === index ? changed : s));
      const before = assess(input, methodology, options);
      const after = assess({ ...input, services }, methodology, options);
      const area = methodology.areas.findIndex((a) => a.id === service.area);
      const [b, a] = [before.areas[area]!.score, after.areas[area]!.score];
      expect(a === null).toBe(b === null);
      if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b);
      if (before.overall.score !== null) expect(after.overall.score).toBeGreaterThanOrEqual(before.overall.score);
    },
  );

  test.prop([runs])(
    'the contributions of every explanation add up exactly to its unrounded value',
    ([input, methodology, options]) => {
      const result = assess(input, methodology, options);
      for (const explanation of Object.values(result.explanations)) {
        if (explanation.unrounded === null) {
          expect(explanation.components).toEqual([]);
          continue;
        }
        expect(contributionSum(explanation).equals(explanation.unrounded)).toBe(true);
        // Plain decimal strings, never exponent notation.
        for (const c of explanation.components)
          for (const s of [c.value, c.weight, c.contribution]) expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(explanation.score).toBe(
          new Decimal(explanation.unrounded).toDecimalPlaces(methodology.precision, Decimal.ROUND_HALF_UP).toNumber(),
        );
      }
    },
  );

  test.prop([runs])('explain: false changes nothing but the explanations', ([input, methodology, options]) => {
    const full = assess(input, methodology, options);
    const lean = assess(input, methodology, { ...options, explain: false });
    expect(lean.explanations).toEqual({});
    expect({ ...lean, explanations: full.explanations }).toStrictEqual(full);
  });

  test.prop([runs])('the result equals its JSON round trip and is deeply frozen', ([input, methodology, options]) => {
    const result = assess(input, methodology, options);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    const stack: unknown[] = [result];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.isFrozen(value)).toBe(true);
      stack.push(...Object.values(value));
    }
  });

  test.prop([runs])('the input is never changed', ([input, methodology, options]) => {
    const copy = structuredClone(input);
    assess(input, methodology, options);
    // toEqual: fast-check may build null-prototype records, which structuredClone does not keep.
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input)).toBe(false);
  });

  test.prop([runs])("a consumer's own Decimal settings change no result", ([input, methodology, options]) => {
    const baseline = assess(input, methodology, options);
    const saved = {
      precision: Decimal.precision,
      rounding: Decimal.rounding,
      toExpNeg: Decimal.toExpNeg,
      toExpPos: Decimal.toExpPos,
    };
    try {
      Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN, toExpNeg: -1, toExpPos: 1 });
      expect(assess(input, methodology, options)).toStrictEqual(baseline);
    } finally {
      Decimal.set(saved);
    }
  });

  test.prop([cityInputArbitrary({ complete: true, withBudget: false })])(
    'a complete input passes the error policy and scores as under exclude',
    (input) => {
      const strict = assessCity(input, { missingData: 'error' });
      const lenient = assessCity(input);
      expect(strict).toStrictEqual(lenient);
      expect(strict.warnings.filter((w) => w.code.startsWith('missing'))).toEqual([]);
    },
  );

  test.prop([inputs])(
    'hand-built methodologies spread from the default validate and score like the default',
    (input) => {
      const spread = validateMethodology({ ...defaultMethodology });
      expect(assessCity(input, { methodology: spread })).toStrictEqual(assessCity(input));
    },
  );
});
