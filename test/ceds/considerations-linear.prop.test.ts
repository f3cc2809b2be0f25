import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { aggregate } from '../../src/core/aggregate.js';
import { Exact } from '../../src/core/decimal.js';
import { scoreArea } from '../../src/ceds/areas.js';
import { scoringPolicy } from '../../src/ceds/assess-options.js';
import { areaScorer, replaceableMean, type MeanComponent } from '../../src/ceds/considerations.js';
import type { AreaDefinition, ServiceRecord, ServiceStatus } from '../../src/ceds/types.js';
import { assessOptionsArbitrary, methodologyArbitrary } from './arbitraries.js';

// findConsiderations scores each change in constant time: an area from its counts moved by one
// service, a mean from its running sums with one term replaced. These properties hold both
// shortcuts against the tree's own functions over the whole changed list, digit for digit.

function sameExact(a: Exact | null, b: Exact | null): boolean {
  return a === null ? b === null : b !== null && a.eq(b);
}

/** A score as the tree makes them: 0–100, fixed to 30 decimals (often a repeating quotient). */
const scoreArbitrary: fc.Arbitrary<Exact> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.nat())
    .map(([d, n]) => new Exact(n % (100 * d + 1)).div(d).toDecimalPlaces(30, Exact.ROUND_HALF_UP)),
  fc.integer({ min: 0, max: 10_000 }).map((x) => new Exact(x).div(100)),
  fc.constantFrom(new Exact(0), new Exact(100)),
);
const valueArbitrary = fc.option(scoreArbitrary, { freq: 4, nil: null });
const integerWeight = fc.integer({ min: 0, max: 9 });
const anyWeight = fc.oneof(
  integerWeight,
  fc.tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 6 })).map(([u, p]) => u / 10 ** p),
  fc.constantFrom(1 / 3, 0.1, 2.5),
);
const missingArbitrary = fc.constantFrom('exclude' as const, 'zero' as const);
const minShareArbitrary = fc.constantFrom(0, 0.25, 0.5, 1).map((x) => new Exact(x));

function meanCase(weight: fc.Arbitrary<number>) {
  return fc.array(fc.record({ value: valueArbitrary, weight }), { minLength: 1, maxLength: 30 }).chain((components) =>
    fc.record({
      components: fc.constant(components as MeanComponent[]),
      index: fc.integer({ min: 0, max: components.length - 1 }),
      value: valueArbitrary,
      missing: missingArbitrary,
      minShare: minShareArbitrary,
    }),
  );
}

function treeMean(components: readonly MeanComponent[], missing: 'exclude' | 'zero', minShare: Exact) {
  const items = components.map((c, i) => ({ id: String(i), value: c.value, weight: c.weight }));
  return aggregate(items, { method: 'arithmetic', missing, minCoverage: minShare, components: false }).value;
}

describe('replaceableMean', () => {
  test.prop([meanCase(anyWeight)])(
    'one value replaced gives the digits of the aggregate over the changed list, or defers to it',
    ({ components, index, value, missing, minShare }) => {
      const mean = replaceableMean(components, missing, minShare, treeMean(components, missing, minShare));
      const replaced = mean?.(index, value);
      if (replaced === undefined) return;
      const changed = components.map((c, i) => (i === index ? { ...c, value } : c));
      expect(sameExact(replaced, treeMean(changed, missing, minShare))).toBe(true);
    },
  );

  test.prop([meanCase(integerWeight)])(
    'with whole weights and tree scores it never defers',
    ({ components, index, value, missing, minShare }) => {
      const mean = replaceableMean(components, missing, minShare, treeMean(components, missing, minShare));
      expect(mean).not.toBeNull();
      const replaced = mean!(index, value);
      expect(replaced).not.toBeUndefined();
      const changed = components.map((c, i) => (i === index ? { ...c, value } : c));
      expect(sameExact(replaced!, treeMean(changed, missing, minShare))).toBe(true);
    },
  );

  test.prop([meanCase(integerWeight)])(
    'refuses sums that do not reproduce the value it is given',
    ({ components, missing, minShare }) => {
      const value = treeMean(components, missing, minShare);
      const other = value === null ? new Exact(1) : value.plus('1e-30');
      expect(replaceableMean(components, missing, minShare, other)).toBeNull();
    },
  );
});

/** A utilization as cities give them, and some with digits far below the 40 of the context. */
const utilizationArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(100, 33.333333333333336, 1.2345678901234568e-25, 5e-324, 79.995) },
);

const serviceArbitrary = fc.record({
  status: fc.constantFrom<ServiceStatus>('operating', 'developing', 'planned', 'absent'),
  level: fc.integer({ min: 0, max: 5 }),
  utilization: fc.option(utilizationArbitrary, { nil: null, freq: 4 }),
  applicable: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

const area: AreaDefinition = { id: 'e-admin', label: 'e-Admin', order: 1 };

describe('areaScorer', () => {
  test.prop([
    fc.array(serviceArbitrary, { minLength: 1, maxLength: 25 }),
    fc.nat(),
    serviceArbitrary,
    methodologyArbitrary,
    assessOptionsArbitrary,
  ])(
    'an area scored from counts moved by one service equals the area re-scored from its services',
    (drafts, at, replacement, methodology, options) => {
      const services: ServiceRecord[] = drafts.map((d, i) => ({
        ...d,
        id: `s${String(i).padStart(2, '0')}`,
        area: area.id,
        name: 'S',
        utilization: d.status === 'operating' ? d.utilization : null,
      }));
      const applicable = services.filter((s) => s.applicable);
      fc.pre(applicable.length > 0);
      const service = applicable[at % applicable.length]!;
      const record: ServiceRecord = {
        ...service,
        status: replacement.status,
        level: replacement.level,
        utilization: replacement.status === 'operating' ? replacement.utilization : null,
      };
      const policy = scoringPolicy(methodology, { ...options, components: false });
      const before = scoreArea(area, services, methodology, policy);
      const after = areaScorer(area, services, before, methodology, policy)(service, record);
      const expected = scoreArea(
        area,
        services.map((s) => (s === service ? record : s)),
        methodology,
        policy,
      );
      expect(sameExact(after.score, expected.score)).toBe(true);
      expect(sameExact(after.utilizationRate, expected.utilizationRate)).toBe(true);
    },
  );
});
