import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { assessCity } from '../../src/ceds/assess.js';
import { findConsiderations, type Consideration, type ConsiderationKind } from '../../src/ceds/considerations.js';
import { indicatorScore } from '../../src/ceds/indicators.js';
import type { ScoringOptions } from '../../src/ceds/assess-options.js';
import type { CityAssessmentInput, IndicatorInput } from '../../src/ceds/types.js';
import { applyConsideration } from './apply-consideration.js';
import { assessOptionsArbitrary, cityInputArbitrary, methodologyArbitrary } from './arbitraries.js';

const cities = cityInputArbitrary({ maxServices: 10, maxIndicators: 4, withBudget: false });
const settings = fc.record({
  methodology: fc.option(methodologyArbitrary, { nil: undefined }),
  options: assessOptionsArbitrary,
});

function gainOf(before: number, after: number): number {
  return new Exact(after).minus(before).toNumber();
}

/** Best answers, written independently of the library: what a city official would pick. */
function bestAnswers(indicator: IndicatorInput): (string | number | boolean)[] {
  switch (indicator.kind) {
    case 'likert':
      return [indicator.max ?? 5];
    case 'boolean':
      return [true];
    case 'percent':
    case 'score':
      return [100];
    case 'numeric':
      return [indicator.direction === 'higher-is-better' ? indicator.high : indicator.low];
    case 'ordinal': {
      const top = Math.max(...Object.values(indicator.scale));
      const answers = Object.keys(indicator.scale).filter((k) => indicator.scale[k] === top);
      return typeof indicator.value === 'number' ? answers.map(Number) : answers;
    }
  }
}

/** Every single change of the four kinds, each tried with a full `assessCity`. */
function bruteForce(
  input: CityAssessmentInput,
  options: ScoringOptions,
): { kind: ConsiderationKind; id: string; gain: number }[] {
  const before = assessCity(input, options).overall.score;
  if (before === null) return [];
  const out: { kind: ConsiderationKind; id: string; gain: number }[] = [];
  const tryChange = (kind: ConsiderationKind, id: string, changed: CityAssessmentInput) => {
    const after = assessCity(changed, options).overall.score;
    if (after !== null) out.push({ kind, id, gain: gainOf(before, after) });
  };
  const policy = options.missingData ?? options.methodology?.missingData.policy ?? 'exclude';
  const services = input.services ?? [];
  services.forEach((s, i) => {
    if (s.applicable === false) return;
    const replace = (next: typeof s) => ({ ...input, services: services.map((x, j) => (j === i ? next : x)) });
    if (s.status !== 'operating' && policy !== 'error')
      tryChange('operate', s.id, replace({ ...s, status: 'operating', level: Math.max(1, s.level) }));
    if (s.status !== 'absent' && s.level < 5) tryChange('raise-level', s.id, replace({ ...s, level: s.level + 1 }));
    if (s.status === 'operating') tryChange('raise-utilization', s.id, replace({ ...s, utilization: 100 }));
  });
  for (const d of input.dimensions ?? []) {
    const answered = (d.indicators ?? []).filter((i) => i.value !== null);
    if (answered.length === 0) continue;
    const score = (i: IndicatorInput) => indicatorScore(i)!;
    const weakest = [...answered].sort((a, b) => score(a).comparedTo(score(b)) || (a.id < b.id ? -1 : 1))[0]!;
    for (const best of bestAnswers(weakest)) {
      const changed = {
        ...input,
        dimensions: input.dimensions!.map((x) =>
          x !== d
            ? x
            : {
                ...x,
                indicators: x.indicators!.map((i) => (i === weakest ? ({ ...i, value: best } as IndicatorInput) : i)),
              },
        ),
      };
      tryChange('raise-indicator', `${d.id}/${weakest.id}`, changed);
    }
  }
  return out;
}

const idOf = (c: Consideration) => (c.kind === 'raise-indicator' ? `${c.dimensionId}/${c.indicatorId}` : c.serviceId!);

describe('findConsiderations properties', () => {
  test.prop([cities, settings])(
    'applying any listed change and re-assessing shows exactly the stated gain',
    (input, { methodology, options }) => {
      const scoring: ScoringOptions = methodology === undefined ? options : { ...options, methodology };
      const before = assessCity(input, scoring).overall;
      const items = findConsiderations(input, scoring);
      for (const item of items) {
        const after = assessCity(applyConsideration(input, item), scoring).overall;
        expect(after).toEqual(item.overall);
        expect(item.gain).toBe(gainOf(before.score!, after.score!));
        expect(item.gain).toBeGreaterThan(0);
        expect(item.crossesLevel).toBe(after.level!.level !== before.level!.level);
      }
      for (let i = 1; i < items.length; i += 1) expect(items[i]!.gain).toBeLessThanOrEqual(items[i - 1]!.gain);
    },
  );

  test.prop([cities, settings])(
    'a brute force over all single changes finds nothing larger than the first item, and the same changes',
    (input, { methodology, options }) => {
      const scoring: ScoringOptions = methodology === undefined ? options : { ...options, methodology };
      const items = findConsiderations(input, scoring);
      const brute = bruteForce(input, scoring).filter((c) => c.gain > 0);
      const best = Math.max(0, ...brute.map((c) => c.gain));
      expect(items[0]?.gain ?? 0).toBe(best);
      const key = (kind: string, id: string, gain: number) => `${kind} ${id} ${gain}`;
      expect(items.map((c) => key(c.kind, idOf(c), c.gain)).sort()).toEqual(
        brute.map((c) => key(c.kind, c.id, c.gain)).sort(),
      );
    },
  );

  test.prop([cities, fc.integer({ min: 1, max: 5 })])(
    'limit keeps the first items of the full list',
    (input, limit) => {
      expect(findConsiderations(input, { limit })).toEqual(findConsiderations(input).slice(0, limit));
    },
  );

  test.prop([cityInputArbitrary({ maxServices: 10, maxIndicators: 4, withBudget: false, complete: true })])(
    'under the error policy every listed change still passes validation',
    (input) => {
      const items = findConsiderations(input, { missingData: 'error' });
      for (const item of items)
        expect(assessCity(applyConsideration(input, item), { missingData: 'error' }).overall).toEqual(item.overall);
    },
  );
});
