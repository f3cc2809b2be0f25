// City inputs, options and methodologies that fight back (issue 13, items 2, 3, 4 and 7):
// getters that answer differently on a second read or throw, throwing Proxy traps, revoked
// Proxies, cyclic objects. Every entry point answers with data or a CedsInputError whose issues
// say where; the safe* functions and the batch never throw; what they return is frozen.
import { describe, expect, test } from 'vitest';
import {
  analyzeSensitivity,
  assessCities,
  assessCity,
  CedsInputError,
  defaultMethodology,
  defineMethodology,
  diffMethodologies,
  findConsiderations,
  platformMethodology,
  safeAssessCity,
  type CedsIssue,
  type CityAssessmentInput,
  type Methodology,
} from '../../src/index.js';
import {
  cityAssessmentInputSchema,
  cityAssessmentInputSchemaFor,
  methodologySchema,
  toJsonSchema,
  type JsonSchemaName,
} from '../../src/schemas.js';
import { inputErrorOf } from '../issues-of.js';
import { expectInputError } from './invariants.js';
import { counted, readsMoreThanOnce, revoked, throwingAt, throwingTrap, twoFaced } from './hostile.js';

type Json = Record<string, any>;

/** A valid input using every part of the schema: services, four indicator kinds, a score, a budget. */
function full(): Json {
  return {
    city: { id: 'seoul', name: 'Seoul', country: 'KR' },
    period: '2015',
    services: [
      { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 72.5 },
      { id: 'docs', area: 'e-city', name: 'Docs', status: 'developing', level: 2, applicable: true },
      { id: 'gis', area: 'e-info', name: 'GIS', status: 'absent', level: 0 },
    ],
    dimensions: [
      {
        id: 'governance-mechanism',
        indicators: [
          { id: 'cio', kind: 'boolean', value: true },
          { id: 'strategy', kind: 'likert', value: 4, weight: 2, min: 1, max: 5 },
          { id: 'law', kind: 'ordinal', scale: { '0': 0, '1': 50, '2': 100 }, value: 1 },
          { id: 'fibre', kind: 'numeric', low: 0, high: 50, direction: 'higher-is-better', value: 40 },
          { id: 'share', kind: 'percent', value: 35 },
        ],
      },
      { id: 'citizen-readiness', score: 89 },
    ],
    budget: {
      currency: 'KRW',
      lines: [{ area: 'e-admin', year: 2014, budget: '1200000000', spending: 1130000000, currency: 'KRW' }],
    },
  };
}

const asInput = (value: unknown) => value as CityAssessmentInput;
const pathsAndCodes = (issues: readonly CedsIssue[]) => issues.map((i) => [i.path, i.code]);

/** The failure of `safeAssessCity`, which must return one, not throw. */
function failureOf(input: unknown, options?: object): CedsInputError {
  const outcome = safeAssessCity(asInput(input), options);
  if (outcome.success) throw new Error('expected a failure');
  expectInputError(outcome.error);
  return outcome.error;
}

describe('each input is read once (item 2)', () => {
  test('assessCity reads every property of a city input once, valid or not', () => {
    const reads = new Map<string, number>();
    assessCity(asInput(counted(full(), reads)));
    expect(readsMoreThanOnce(reads)).toEqual([]);
    expect(reads.get('/dimensions/0/indicators/1/kind')).toBe(1);
    expect(reads.get('/services/2/level')).toBe(1);

    // A shape problem makes the rules run on the copy: still one read each.
    const broken = full();
    broken['services'][0].level = 9;
    broken['services'][1].area = 'e-moon';
    const again = new Map<string, number>();
    const error = failureOf(counted(broken, again));
    expect(pathsAndCodes(error.issues)).toEqual([
      [['services', 0, 'level'], 'too_big'],
      [['services', 1, 'area'], 'unknown_area'],
    ]);
    expect(readsMoreThanOnce(again)).toEqual([]);
  });

  test('an absent service whose level reads 5 and then 0 is judged on the 5 it gave', () => {
    const input = full();
    input['services'][2] = twoFaced(input['services'][2], 'level', 5, 0);
    expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['services', 2, 'level'], 'invalid_level']]);
  });

  test('a likert answer of 1000 that reads 3 the second time is out of range, not a score of 24,975', () => {
    const input = full();
    const indicators = input['dimensions'][0].indicators;
    indicators[1] = twoFaced(indicators[1], 'value', 1000, 3);
    expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['dimensions', 0, 'indicators', 1, 'value'], 'too_big']]);
  });

  test('a budget line read twice could not change between the schema and the cross-check', () => {
    const input = full();
    input['budget'].lines[0] = twoFaced(input['budget'].lines[0], 'area', 'e-admin', 'e-moon');
    expect(assessCity(asInput(input)).budget?.areas.map((r) => r.id)).toEqual(['e-admin']);
    input['budget'].lines[0] = twoFaced(input['budget'].lines[0], 'area', 'e-moon', 'e-admin');
    expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['budget', 'lines', 0, 'area'], 'unknown_area']]);
  });

  test('the Standard Schema validator reads once too', () => {
    const reads = new Map<string, number>();
    expect(cityAssessmentInputSchema['~standard'].validate(counted(full(), reads))).not.toHaveProperty('issues');
    expect(readsMoreThanOnce(reads)).toEqual([]);
  });

  test('defineMethodology reads the overrides and the base once', () => {
    const reads = new Map<string, number>();
    const base = counted(JSON.parse(JSON.stringify(platformMethodology)) as Methodology, reads, 'base');
    const overrides = counted(
      { id: 'mine', areaWeights: { operation: 2 }, levels: [...defaultMethodology.levels] },
      reads,
    );
    const defined = defineMethodology(overrides, base);
    expect(defined.areaWeights.operation).toBe(2);
    expect(defined.areas).toEqual(platformMethodology.areas);
    expect(readsMoreThanOnce(reads)).toEqual([]);
    expect(reads.get('base/areas/1/id')).toBe(1);
  });

  test('a methodology whose weight reads 1 and then -1 is validated on the 1 it gave', () => {
    const copy = JSON.parse(JSON.stringify(defaultMethodology)) as Json;
    copy['areaWeights'] = twoFaced(copy['areaWeights'], 'operation', 1, -1);
    const checked = methodologySchema.parse(copy);
    expect(checked.areaWeights.operation).toBe(1);
  });
});

describe('safe* never throws; a batch never stops (item 3)', () => {
  const boom = new Error('boom');
  const unreadable = (path: (string | number)[], thrown = 'Error: boom') => ({
    path,
    code: 'unreadable',
    message: `Could not be read (it threw ${thrown}); pass plain data`,
  });

  test('a throwing getter anywhere in the input is an issue at its path', () => {
    const cases: [Json, (string | number)[]][] = [];
    const city = full();
    city['city'] = throwingAt(city['city'], 'id', boom);
    cases.push([city, ['city', 'id']]);
    const service = full();
    service['services'][2] = throwingAt(service['services'][2], 'level', boom);
    cases.push([service, ['services', 2, 'level']]);
    const list = full();
    list['services'] = throwingAt(list['services'], '1', boom);
    cases.push([list, ['services', 1]]);
    const indicator = full();
    indicator['dimensions'][0].indicators[3] = throwingAt(indicator['dimensions'][0].indicators[3], 'high', boom);
    cases.push([indicator, ['dimensions', 0, 'indicators', 3, 'high']]);
    const scale = full();
    scale['dimensions'][0].indicators[2].scale = throwingAt(scale['dimensions'][0].indicators[2].scale, '1', boom);
    cases.push([scale, ['dimensions', 0, 'indicators', 2, 'scale', '1']]);
    const amount = full();
    amount['budget'].lines[0] = throwingAt(amount['budget'].lines[0], 'spending', boom);
    cases.push([amount, ['budget', 'lines', 0, 'spending']]);
    cases.push([throwingAt(full(), 'period', boom), ['period']]);
    for (const [input, path] of cases) {
      expect(failureOf(input).issues).toEqual([unreadable(path)]);
      expect(() => assessCity(asInput(input))).toThrow(CedsInputError);
    }
  });

  test('whatever the getter throws, even a value that cannot be shown', () => {
    const unshowable = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    for (const thrown of [new TypeError('x'), 'a string', Symbol('s'), null, undefined, 42, unshowable]) {
      const input = throwingAt(full(), 'city', thrown);
      expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['city'], 'unreadable']]);
    }
    const long = failureOf(throwingAt(full(), 'city', new Error('x'.repeat(500)))).issues[0]!;
    expect(long.message.length).toBeLessThanOrEqual(126);
  });

  test('a Proxy whose trap throws: at the path of what it guards', () => {
    for (const trap of ['ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const) {
      const input = full();
      input['services'][1] = throwingTrap(input['services'][1], trap);
      expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['services', 1], 'unreadable']]);
      expect(pathsAndCodes(failureOf(throwingTrap(full(), trap)).issues)).toEqual([[[], 'unreadable']]);
    }
    // A `get` trap throws for each key read: one issue per key of the service.
    const input = full();
    input['services'][1] = throwingTrap(input['services'][1], 'get');
    expect(pathsAndCodes(failureOf(input).issues)).toEqual(
      ['id', 'area', 'name', 'status', 'level', 'utilization', 'applicable'].map((key) => [
        ['services', 1, key],
        'unreadable',
      ]),
    );
  });

  test('a Proxy whose `has` trap throws is read without asking it', () => {
    const input = full();
    input['services'][1] = throwingTrap(input['services'][1], 'has');
    expect(assessCity(asInput(input)).services).toHaveLength(3);
  });

  test('a revoked Proxy: the root, a record, a list, an element', () => {
    expect(failureOf(revoked()).issues).toEqual([
      unreadable([], "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked"),
    ]);
    for (const [change, path] of [
      [(i: Json) => (i['city'] = revoked()), ['city']],
      [(i: Json) => (i['services'] = revoked()), ['services']],
      [(i: Json) => (i['services'][0] = revoked()), ['services', 0]],
      [(i: Json) => (i['dimensions'][0].indicators = revoked()), ['dimensions', 0, 'indicators']],
      [(i: Json) => (i['dimensions'][0].indicators[2].scale = revoked()), ['dimensions', 0, 'indicators', 2, 'scale']],
      [(i: Json) => (i['budget'] = revoked()), ['budget']],
    ] as const) {
      const input = full();
      change(input);
      expect(pathsAndCodes(failureOf(input).issues)).toEqual([[path, 'unreadable']]);
    }
  });

  test('the other problems are still listed beside what could not be read', () => {
    const input = full();
    input['services'][0].level = 9;
    input['services'][1] = revoked();
    input['services'][2].area = 'e-moon';
    input['dimensions'][0].indicators[0] = throwingAt(input['dimensions'][0].indicators[0], 'value', boom);
    expect(pathsAndCodes(failureOf(input).issues)).toEqual([
      [['services', 1], 'unreadable'],
      [['dimensions', 0, 'indicators', 0, 'value'], 'unreadable'],
      [['services', 0, 'level'], 'too_big'],
      [['services', 2, 'area'], 'unknown_area'],
    ]);
  });

  test('hostile options and methodologies: issues under the option', () => {
    const input = full();
    expect(pathsAndCodes(failureOf(input, throwingAt({ explain: true }, 'explain', boom)).issues)).toEqual([
      [['explain'], 'unreadable'],
    ]);
    expect(pathsAndCodes(failureOf(input, revoked()).issues)).toEqual([[[], 'unreadable']]);
    expect(pathsAndCodes(failureOf(input, { methodology: revoked() }).issues)).toEqual([
      [['methodology'], 'unreadable'],
    ]);
    const methodology = JSON.parse(JSON.stringify(defaultMethodology)) as Json;
    methodology['levels'] = throwingAt(methodology['levels'], '2', boom);
    expect(pathsAndCodes(failureOf(input, { methodology }).issues)).toEqual([
      [['methodology', 'levels', 2], 'unreadable'],
    ]);
    for (const trap of ['get', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor'] as const) {
      const proxy = throwingTrap(JSON.parse(JSON.stringify(defaultMethodology)) as object, trap);
      const issues = failureOf(input, { methodology: proxy }).issues;
      expect(issues.filter((i) => i.code !== 'unreadable' || i.path[0] !== 'methodology')).toEqual([]);
    }
    // Asking whether a methodology is frozen (validated already) is not reading it.
    const frozenAsked = throwingTrap(JSON.parse(JSON.stringify(defaultMethodology)) as object, 'isExtensible');
    expect(safeAssessCity(asInput(input), { methodology: frozenAsked as Methodology }).success).toBe(true);
  });

  test('defineMethodology, findConsiderations and analyzeSensitivity throw CedsInputError, not what was thrown', () => {
    expect(() => defineMethodology(revoked() as never)).toThrow(CedsInputError);
    expect(() => defineMethodology({}, revoked() as never)).toThrow(CedsInputError);
    expect(() => defineMethodology(throwingAt({ id: 'x' }, 'id', boom))).toThrow(CedsInputError);
    expect(() => findConsiderations(asInput(revoked()))).toThrow(CedsInputError);
    expect(() => findConsiderations(asInput(full()), revoked() as never)).toThrow(CedsInputError);
    const options = { runs: 2, seed: 1, jitter: 0.1 };
    expect(() => analyzeSensitivity(asInput(throwingAt(full(), 'services', boom)), options)).toThrow(CedsInputError);
  });

  test('the Standard Schema validators answer with issues, never a throw', () => {
    const methodology = JSON.parse(JSON.stringify(defaultMethodology)) as Json;
    const cases = [
      [cityAssessmentInputSchema, throwingAt(full(), 'city', boom)],
      [cityAssessmentInputSchemaFor(platformMethodology), throwingTrap(full(), 'ownKeys')],
      [methodologySchema, throwingAt(methodology, 'levels', boom)],
      [methodologySchema, throwingTrap(methodology, 'get')],
    ] as const;
    for (const [schema, value] of cases) {
      for (const hostile of [value, revoked()]) {
        const result = schema['~standard'].validate(hostile) as { issues?: readonly { code?: string }[] };
        expect(result.issues?.map((i) => i.code)).toContain('unreadable');
      }
    }
  });

  test('assessCities reports a hostile city and assesses the others', () => {
    const second = full();
    second['services'] = throwingAt(second['services'], '0', boom);
    const inputs = new Proxy([full(), second, revoked(), throwingAt(full(), 'city', boom), full(), full()], {
      get(target, key) {
        if (key === '4') throw new Error('element trap');
        return Reflect.get(target, key) as unknown;
      },
    });
    const batch = assessCities(inputs as unknown as CityAssessmentInput[], { explain: false });
    expect(batch.results.map((r) => r.success)).toEqual([true, false, false, false, false, true]);
    expect(batch.assessments).toHaveLength(2);
    expect(batch.errors.map((e) => [e.index, e.cityId, pathsAndCodes(e.error.issues)])).toEqual([
      [1, 'seoul', [[['services', 0], 'unreadable']]],
      [2, null, [[[], 'unreadable']]],
      [3, null, [[['city'], 'unreadable']]],
      [4, null, [[[], 'unreadable']]],
    ]);
  });

  test('assessCities with inputs it cannot read at all throws CedsInputError', () => {
    expect(() => assessCities(revoked() as never)).toThrow(CedsInputError);
    const lengthless = new Proxy([full()], {
      get(target, key) {
        if (key === 'length') throw boom;
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(() => assessCities(lengthless as never)).toThrow(CedsInputError);
    expect(() => assessCities([asInput(full())], revoked() as never)).toThrow(CedsInputError);
  });
});

describe('helpers validate their arguments (item 4)', () => {
  test('toJsonSchema with an unknown name lists the names', () => {
    const error = inputErrorOf(() => toJsonSchema('nope' as JsonSchemaName));
    expect(pathsAndCodes(error.issues)).toEqual([[[], 'invalid_value']]);
    expect(error.issues[0]!.message).toMatch(
      /^Must be one of "city-assessment-input", "methodology", "award-program", /,
    );
    for (const odd of [undefined, 5, {}, 'Methodology', revoked()])
      expect(() => toJsonSchema(odd as JsonSchemaName)).toThrow(CedsInputError);
  });

  test('toJsonSchema checks its options and their methodology', () => {
    expect(pathsAndCodes(inputErrorOf(() => toJsonSchema('methodology', { colour: 1 } as never)).issues)).toEqual([
      [['colour'], 'unrecognized_keys'],
    ]);
    const bad = { ...defaultMethodology, areas: 'none' } as unknown as Methodology;
    expect(
      pathsAndCodes(inputErrorOf(() => toJsonSchema('city-assessment-input', { methodology: bad })).issues),
    ).toEqual([[['methodology', 'areas'], 'invalid_type']]);
    expect(() => toJsonSchema('methodology', null as never)).toThrow(CedsInputError);
  });

  test('diffMethodologies on cyclic, very deep or hostile objects throws CedsInputError', () => {
    const cyclic = JSON.parse(JSON.stringify(defaultMethodology)) as Json;
    cyclic['areaWeights'].self = cyclic;
    expect(pathsAndCodes(inputErrorOf(() => diffMethodologies(defaultMethodology, cyclic as never)).issues)).toEqual([
      [['areaWeights', 'self'], 'invalid_type'],
    ]);
    const cyclicList: unknown[] = [];
    cyclicList.push(cyclicList);
    expect(() => diffMethodologies({ ...defaultMethodology, areas: cyclicList } as never, defaultMethodology)).toThrow(
      CedsInputError,
    );
    let deep: Json = {};
    for (let i = 0; i < 100_000; i += 1) deep = { deep };
    expect(() => diffMethodologies(deep as never, defaultMethodology)).toThrow(CedsInputError);
    expect(pathsAndCodes(inputErrorOf(() => diffMethodologies(defaultMethodology, revoked() as never)).issues)).toEqual(
      [[[], 'unreadable']],
    );
    const getter = throwingAt(JSON.parse(JSON.stringify(defaultMethodology)) as Json, 'label', new Error('x'));
    expect(pathsAndCodes(inputErrorOf(() => diffMethodologies(getter as never, defaultMethodology)).issues)).toEqual([
      [['label'], 'unreadable'],
    ]);
  });

  test('diffMethodologies compares a part shared by two places (not a cycle) and reads -0 as 0', () => {
    const shared = { id: 'x', label: 'X', order: 1 };
    const a = { ...defaultMethodology, areas: [shared, shared], precision: -0 };
    const b = { ...defaultMethodology, areas: [shared, shared] };
    const diff = diffMethodologies(a, b);
    expect(diff).toEqual([{ kind: 'changed', path: ['precision'], before: 0, after: 2 }]);
    expect(Object.is(diff[0]!.before, -0)).toBe(false);
  });
});

describe('results and errors are frozen all the way (item 7)', () => {
  test('safeAssessCity: the wrapper, the error and every issue', () => {
    const failure = safeAssessCity(asInput({ city: { id: 'x', name: 'X' }, services: [null] }));
    expect(Object.isFrozen(failure)).toBe(true);
    expect(failure.success).toBe(false);
    if (!failure.success) {
      expect(Object.isFrozen(failure.error)).toBe(true);
      expect(Object.isFrozen(failure.error.issues)).toBe(true);
      expect(failure.error.issues.every((i) => Object.isFrozen(i) && Object.isFrozen(i.path))).toBe(true);
    }
    const success = safeAssessCity(asInput(full()));
    expect(Object.isFrozen(success)).toBe(true);
  });

  test('assessCities: the batch, its lists, each result, each failure and its error', () => {
    const batch = assessCities([asInput(full()), asInput({ city: { id: 'b', name: 'B' }, services: [null] })]);
    const objects: unknown[] = [batch, batch.results, batch.assessments, batch.errors];
    for (const result of batch.results) objects.push(result, result.success ? result.data : result.error);
    for (const failure of batch.errors)
      objects.push(failure, failure.error, failure.error.issues, ...failure.error.issues);
    expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  test('a thrown CedsInputError is left open for the caller to annotate', () => {
    const error = inputErrorOf(() => assessCity(asInput({ city: {} })));
    expect(Object.isFrozen(error)).toBe(false);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  test('one code per rule: money with too many decimals is too_precise, as a string or a number', () => {
    for (const budget of ['1.1234567', 1.1234567]) {
      const input = full();
      input['budget'].lines[0].budget = budget;
      expect(pathsAndCodes(failureOf(input).issues)).toEqual([[['budget', 'lines', 0, 'budget'], 'too_precise']]);
    }
  });

  test('one code per rule: a negative weight is too_small in a methodology and in an indicator', () => {
    const input = full();
    input['dimensions'][0].indicators[0].weight = -1;
    expect(pathsAndCodes(failureOf(input).issues)).toEqual([
      [['dimensions', 0, 'indicators', 0, 'weight'], 'too_small'],
    ]);
    const issues = inputErrorOf(() => defineMethodology({ areaWeights: { operation: -1 } })).issues;
    expect(pathsAndCodes(issues)).toEqual([[['areaWeights', 'operation'], 'too_small']]);
  });
});
