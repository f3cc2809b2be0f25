import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CedsInputError } from '../../src/core/errors.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { diffMethodologies } from '../../src/ceds/diff-methodologies.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { Methodology, MethodologyOverrides } from '../../src/ceds/types.js';

const weight = fc.oneof(fc.constantFrom(0, 1, 2), fc.double({ min: 0, max: 10, noNaN: true }));
const aggregation = fc.constantFrom('arithmetic' as const, 'geometric' as const);

// Overrides drawn from the whole space, valid or not: weights may be all zero, bands may be
// out of order. Either a methodology or a CedsInputError comes back, nothing else.
const overrides: fc.Arbitrary<MethodologyOverrides> = fc.record(
  {
    version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0'),
    areaWeights: fc.record({ operation: weight, development: weight, utilization: weight }, { requiredKeys: [] }),
    overallWeights: fc.record({ services: weight, readiness: weight }, { requiredKeys: [] }),
    aggregation: fc.record({ area: aggregation, overall: aggregation }, { requiredKeys: [] }),
    precision: fc.integer({ min: 0, max: 6 }),
    areaWeighting: fc.constantFrom('equal' as const, 'services' as const),
    levels: fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 })
      .map((mins) => [0, ...mins.sort((x, y) => x - y)].map((min, i) => ({ level: i + 1, name: `L${i + 1}`, min }))),
    missingData: fc.record(
      {
        policy: fc.constantFrom('exclude' as const, 'zero' as const, 'error' as const),
        minCoverage: fc.integer({ min: 0, max: 100 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const base = fc.constantFrom(defaultMethodology, platformMethodology);
// Fresh, unfrozen copies: a mutation of the base would show here, not throw on a frozen preset.
const plainBase = base.map((m) => JSON.parse(JSON.stringify(m)) as Methodology);

function define(o: MethodologyOverrides, b: Methodology): Methodology | CedsInputError {
  try {
    return defineMethodology(o, b);
  } catch (error) {
    if (error instanceof CedsInputError) return error;
    throw error;
  }
}

test.prop([overrides, plainBase])('defineMethodology never changes its base or its overrides', (o, b) => {
  const before = JSON.stringify([o, b]);
  define(o, b);
  expect(JSON.stringify([o, b])).toBe(before);
});

test.prop([overrides, base])(
  'defineMethodology returns a methodology or throws CedsInputError, nothing else',
  (o, b) => {
    const result = define(o, b);
    if (result instanceof CedsInputError) expect(result.issues.length).toBeGreaterThan(0);
    else expect(Object.isFrozen(result.areaWeights)).toBe(true);
  },
);

// Half the pairs are equal by construction, so both sides of the "exactly when" are tested.
const pair = fc.oneof(
  fc.tuple(overrides, overrides),
  overrides.map((o) => [o, structuredClone(o)] as const),
);

function deepEqual(x: unknown, y: unknown): boolean {
  try {
    expect(x).toEqual(y);
    return true;
  } catch {
    return false;
  }
}

test.prop([pair, base])('diff is empty exactly when the two are deeply equal', ([o1, o2], b) => {
  const x = define(o1, b);
  const y = define(o2, b);
  fc.pre(!(x instanceof CedsInputError) && !(y instanceof CedsInputError));
  expect(diffMethodologies(x, y).length === 0).toBe(deepEqual(x, y));
});

test.prop([overrides, base])('diff(a, b) mirrors diff(b, a): same paths, added ↔ removed, before ↔ after', (o, b) => {
  const m = define(o, b);
  fc.pre(!(m instanceof CedsInputError));
  const forward = diffMethodologies(b, m);
  const backward = diffMethodologies(m, b);
  const flip = { changed: 'changed', added: 'removed', removed: 'added' } as const;
  expect(backward).toEqual(
    forward.map((d) => {
      const out: Record<string, unknown> = { kind: flip[d.kind], path: d.path };
      if ('after' in d) out['before'] = d.after;
      if ('before' in d) out['after'] = d.before;
      return out;
    }),
  );
});

test.prop([overrides, base])('every changed leaf of a diff is the value at its path on each side', (o, b) => {
  const m = define(o, b);
  fc.pre(!(m instanceof CedsInputError));
  for (const d of diffMethodologies(b, m)) {
    // The generated overrides keep areas, groups and dimensions, so every path is by key or index.
    if (d.kind !== 'changed') continue;
    const at = (root: unknown) => d.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
    expect(at(b)).toEqual(d.before);
    expect(at(m)).toEqual(d.after);
  }
});
