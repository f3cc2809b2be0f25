import { describe, expect, test } from 'vitest';
import { assessCity, CedsInputError, defaultMethodology, safeAssessCity } from '../../src/index.js';
import type { AssessCityOptions, CityAssessmentInput, IssuePath } from '../../src/index.js';
import { thrown } from './assess-fixtures.js';

// A valid input as plain JSON-like data; each case below breaks one rule in a copy of it.
type Json = Record<string, any>;

function base(): Json {
  return {
    city: { id: 'seoul', name: 'Seoul', country: 'KR' },
    period: '2015',
    services: [
      { id: 'mail', area: 'e-admin', name: 'Mail', status: 'operating', level: 4, utilization: 72.5 },
      { id: 'docs', area: 'e-city', name: 'Docs', status: 'developing', level: 2 },
    ],
    dimensions: [
      {
        id: 'governance-mechanism',
        indicators: [
          { id: 'cio', kind: 'boolean', value: true },
          { id: 'strategy', kind: 'likert', value: 4, weight: 2 },
          { id: 'law', kind: 'ordinal', scale: { '0': 0, '1': 50, '2': 100 }, value: 1 },
          { id: 'fibre', kind: 'numeric', low: 0, high: 50, direction: 'higher-is-better', value: 40 },
        ],
      },
      { id: 'citizen-readiness', score: 89 },
    ],
    budget: { currency: 'KRW', lines: [{ area: 'e-admin', year: 2014, budget: '1200000000', spending: '1130000000' }] },
  };
}

interface Case {
  readonly name: string;
  readonly input: unknown;
  readonly options?: AssessCityOptions;
  readonly path: IssuePath;
  readonly code: string;
}

function broken(
  name: string,
  change: (input: Json) => void,
  path: IssuePath,
  code: string,
  options?: AssessCityOptions,
): Case {
  const input = base();
  change(input);
  return options === undefined ? { name, input, path, code } : { name, input, path, code, options };
}

const indicator = (input: Json, j: number) => input['dimensions'][0].indicators[j];

const overlappingBands = {
  ...defaultMethodology,
  levels: [
    { level: 1, name: 'Emerging', min: 0 },
    { level: 2, name: 'Enhanced', min: 40 },
    { level: 3, name: 'Interactive', min: 30 },
    { level: 4, name: 'Transactional', min: 60 },
    { level: 5, name: 'Seamless', min: 80 },
  ],
};

const cases: Case[] = [
  { name: 'null instead of an input', input: null, path: [], code: 'invalid_type' },
  { name: 'a string instead of an input', input: 'seoul', path: [], code: 'invalid_type' },
  broken('no city', (i) => delete i['city'], ['city'], 'invalid_type'),
  broken('an empty city id', (i) => (i['city'].id = ''), ['city', 'id'], 'too_small'),
  broken('a lower-case country code', (i) => (i['city'].country = 'kr'), ['city', 'country'], 'invalid_format'),
  broken('an unknown key on the city', (i) => (i['city'].mayor = 'x'), ['city', 'mayor'], 'unrecognized_keys'),
  broken('a number as the period', (i) => (i['period'] = 2015), ['period'], 'invalid_type'),
  broken('services not a list', (i) => (i['services'] = {}), ['services'], 'invalid_type'),
  broken('level 6', (i) => (i['services'][0].level = 6), ['services', 0, 'level'], 'too_big'),
  broken('level −1', (i) => (i['services'][1].level = -1), ['services', 1, 'level'], 'too_small'),
  broken('a fractional level', (i) => (i['services'][0].level = 2.5), ['services', 0, 'level'], 'invalid_type'),
  broken('a level as a string', (i) => (i['services'][0].level = '4'), ['services', 0, 'level'], 'invalid_type'),
  broken('utilization 101', (i) => (i['services'][0].utilization = 101), ['services', 0, 'utilization'], 'too_big'),
  broken(
    'a negative utilization',
    (i) => (i['services'][0].utilization = -0.5),
    ['services', 0, 'utilization'],
    'too_small',
  ),
  broken(
    'a NaN utilization',
    (i) => (i['services'][0].utilization = NaN),
    ['services', 0, 'utilization'],
    'invalid_type',
  ),
  broken(
    'an Infinity utilization',
    (i) => (i['services'][0].utilization = Infinity),
    ['services', 0, 'utilization'],
    'invalid_type',
  ),
  broken(
    'absent at level 3',
    (i) => Object.assign(i['services'][1], { status: 'absent', level: 3 }),
    ['services', 1, 'level'],
    'invalid_level',
  ),
  broken('operating at level 0', (i) => (i['services'][0].level = 0), ['services', 0, 'level'], 'invalid_level'),
  broken(
    'a utilization on a developing service',
    (i) => (i['services'][1].utilization = 10),
    ['services', 1, 'utilization'],
    'utilization_not_operating',
  ),
  broken('an unknown status', (i) => (i['services'][1].status = 'retired'), ['services', 1, 'status'], 'invalid_value'),
  broken('an unknown area id', (i) => (i['services'][1].area = 'e-life'), ['services', 1, 'area'], 'unknown_area'),
  broken('duplicate service ids', (i) => (i['services'][1].id = 'mail'), ['services', 1, 'id'], 'duplicate_id'),
  broken(
    'applicable as a string',
    (i) => (i['services'][0].applicable = 'yes'),
    ['services', 0, 'applicable'],
    'invalid_type',
  ),
  broken(
    'a __proto__ key on a service',
    (i) =>
      (i['services'][0] = JSON.parse(
        '{"id":"m","area":"e-admin","name":"M","status":"planned","level":1,"__proto__":{"level":9}}',
      )),
    ['services', 0, '__proto__'],
    'unrecognized_keys',
  ),
  {
    name: 'a __proto__ key at the root',
    input: JSON.parse(`{"city":{"id":"c","name":"C"},"services":[],"__proto__":{"polluted":true}}`),
    path: ['__proto__'],
    code: 'unrecognized_keys',
  },
  broken('dimensions not a list', (i) => (i['dimensions'] = 'all'), ['dimensions'], 'invalid_type'),
  broken(
    'an unknown dimension id',
    (i) => (i['dimensions'][1].id = 'happiness'),
    ['dimensions', 1, 'id'],
    'unknown_dimension',
  ),
  broken(
    'duplicate dimension ids',
    (i) => (i['dimensions'][1] = { id: 'governance-mechanism', score: 1 }),
    ['dimensions', 1, 'id'],
    'duplicate_id',
  ),
  broken(
    'duplicate indicator ids',
    (i) => (indicator(i, 1).id = 'cio'),
    ['dimensions', 0, 'indicators', 1, 'id'],
    'duplicate_id',
  ),
  broken('both indicators and a score', (i) => (i['dimensions'][0].score = 50), ['dimensions', 0], 'invalid_dimension'),
  broken(
    'neither indicators nor a score',
    (i) => delete i['dimensions'][1].score,
    ['dimensions', 1],
    'invalid_dimension',
  ),
  broken(
    'an empty indicator list',
    (i) => (i['dimensions'][0].indicators = []),
    ['dimensions', 0, 'indicators'],
    'too_small',
  ),
  broken(
    'an unknown indicator kind',
    (i) => (indicator(i, 0).kind = 'stars'),
    ['dimensions', 0, 'indicators', 0, 'kind'],
    'invalid_union',
  ),
  broken(
    'a boolean indicator answered "yes"',
    (i) => (indicator(i, 0).value = 'yes'),
    ['dimensions', 0, 'indicators', 0, 'value'],
    'invalid_type',
  ),
  broken(
    'a likert answer of 6 on 1–5',
    (i) => (indicator(i, 1).value = 6),
    ['dimensions', 0, 'indicators', 1, 'value'],
    'too_big',
  ),
  broken(
    'a likert answer of 0 on 1–5',
    (i) => (indicator(i, 1).value = 0),
    ['dimensions', 0, 'indicators', 1, 'value'],
    'too_small',
  ),
  broken(
    'a fractional likert answer',
    (i) => (indicator(i, 1).value = 3.5),
    ['dimensions', 0, 'indicators', 1, 'value'],
    'invalid_type',
  ),
  broken(
    'a likert scale upside down',
    (i) => Object.assign(indicator(i, 1), { min: 5, max: 1 }),
    ['dimensions', 0, 'indicators', 1, 'max'],
    'invalid_range',
  ),
  broken(
    'an ordinal answer not on the scale',
    (i) => (indicator(i, 2).value = 3),
    ['dimensions', 0, 'indicators', 2, 'value'],
    'invalid_value',
  ),
  broken(
    'an empty ordinal scale',
    (i) => (indicator(i, 2).scale = {}),
    ['dimensions', 0, 'indicators', 2, 'scale'],
    'too_small',
  ),
  broken(
    'an ordinal score above 100',
    (i) => (indicator(i, 2).scale = { '0': 0, '1': 150 }),
    ['dimensions', 0, 'indicators', 2, 'scale', '1'],
    'too_big',
  ),
  broken(
    'a __proto__ answer on an ordinal scale',
    (i) => (indicator(i, 2).scale = JSON.parse('{"0":0,"__proto__":100}')),
    ['dimensions', 0, 'indicators', 2, 'scale'],
    'custom',
  ),
  broken(
    'numeric goalposts that are equal',
    (i) => (indicator(i, 3).high = 0),
    ['dimensions', 0, 'indicators', 3, 'high'],
    'invalid_range',
  ),
  broken(
    'an unknown numeric direction',
    (i) => (indicator(i, 3).direction = 'up'),
    ['dimensions', 0, 'indicators', 3, 'direction'],
    'invalid_value',
  ),
  broken(
    'a negative indicator weight',
    (i) => (indicator(i, 0).weight = -1),
    ['dimensions', 0, 'indicators', 0, 'weight'],
    'too_small',
  ),
  broken(
    'indicator weights all zero',
    (i) => i['dimensions'][0].indicators.forEach((x: Json) => (x.weight = 0)),
    ['dimensions', 0, 'indicators'],
    'all_zero_weights',
  ),
  broken('a NaN dimension score', (i) => (i['dimensions'][1].score = NaN), ['dimensions', 1, 'score'], 'invalid_type'),
  broken(
    'a dimension score of 100.5',
    (i) => (i['dimensions'][1].score = 100.5),
    ['dimensions', 1, 'score'],
    'too_big',
  ),
  broken(
    'a negative budget amount',
    (i) => (i['budget'].lines[0].budget = -5),
    ['budget', 'lines', 0, 'budget'],
    'too_small',
  ),
  broken(
    'a negative amount string',
    (i) => (i['budget'].lines[0].spending = '-5'),
    ['budget', 'lines', 0, 'spending'],
    'too_small',
  ),
  broken('a NaN amount', (i) => (i['budget'].lines[0].budget = NaN), ['budget', 'lines', 0, 'budget'], 'invalid_union'),
  broken(
    'an Infinity amount',
    (i) => (i['budget'].lines[0].spending = Infinity),
    ['budget', 'lines', 0, 'spending'],
    'invalid_union',
  ),
  broken(
    '"0x10" as an amount',
    (i) => (i['budget'].lines[0].budget = '0x10'),
    ['budget', 'lines', 0, 'budget'],
    'invalid_format',
  ),
  broken(
    '"1e3" as an amount',
    (i) => (i['budget'].lines[0].budget = '1e3'),
    ['budget', 'lines', 0, 'budget'],
    'invalid_format',
  ),
  broken(
    'mixed currencies',
    (i) => (i['budget'].lines[0].currency = 'USD'),
    ['budget', 'lines', 0, 'currency'],
    'mixed_currency',
  ),
  broken(
    'a budget line of an unknown area',
    (i) => (i['budget'].lines[0].area = 'e-life'),
    ['budget', 'lines', 0, 'area'],
    'unknown_area',
  ),
  broken(
    'a currency that is not ISO 4217',
    (i) => (i['budget'].currency = 'won'),
    ['budget', 'currency'],
    'invalid_format',
  ),
  broken('an unknown missing-data policy', () => undefined, ['missingData'], 'invalid_value', {
    missingData: 'guess' as 'zero',
  }),
  broken('a minimum coverage above 100', () => undefined, ['minCoverage'], 'too_big', { minCoverage: 150 }),
  broken('a negative minimum coverage', () => undefined, ['minCoverage'], 'too_small', { minCoverage: -1 }),
  broken('an unknown option', () => undefined, ['strict'], 'unrecognized_keys', { strict: true } as AssessCityOptions),
  broken('explain as a string', () => undefined, ['explain'], 'invalid_type', { explain: 'no' as unknown as boolean }),
  broken('a methodology whose bands overlap', () => undefined, ['methodology', 'levels', 2, 'min'], 'out_of_order', {
    methodology: overlappingBands,
  }),
  broken('a methodology that is not one', () => undefined, ['methodology'], 'invalid_type', {
    methodology: 'deck' as never,
  }),
  broken(
    'missing data under the error policy',
    (i) => delete i['services'][0].utilization,
    ['services', 0, 'utilization'],
    'missing_data',
    { missingData: 'error' },
  ),
];

describe('bad input is a CedsInputError with the path of the problem', () => {
  test('the table has at least 30 distinct malformed inputs', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    // The base input itself is valid.
    expect(assessCity(base() as CityAssessmentInput).overall.score).not.toBeNull();
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const error = thrown(() => assessCity(c.input as CityAssessmentInput, c.options));
    expect(error).toBeInstanceOf(CedsInputError);
    const { issues, message } = error as CedsInputError;
    expect(issues).toContainEqual({ path: c.path, code: c.code, message: expect.stringMatching(/\w/) });
    // A readable message: what was invalid, how many issues, then one indented line each.
    expect(message).toMatch(/^Invalid (city assessment input|assessment options) \(\d+ issues?\):\n {2}- /);
    const safe = safeAssessCity(c.input as CityAssessmentInput, c.options);
    expect(safe.success).toBe(false);
  });

  test('every problem is reported together, each at its own path', () => {
    const input = base();
    input['services'][0].level = 6;
    input['services'][1].id = 'mail';
    input['services'][1].area = 'e-moon';
    input['dimensions'][1].id = 'happiness';
    input['budget'].lines[0].currency = 'USD';
    const error = thrown(() => assessCity(input as CityAssessmentInput)) as CedsInputError;
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['services', 0, 'level'], 'too_big'],
      [['services', 1, 'id'], 'duplicate_id'],
      [['services', 1, 'area'], 'unknown_area'],
      [['dimensions', 1, 'id'], 'unknown_dimension'],
      [['budget', 'lines', 0, 'currency'], 'mixed_currency'],
    ]);
    expect(error.message).toBe(
      [
        'Invalid city assessment input (5 issues):',
        '  - services[0].level: A level must be from 0 (no system) to 5 (too_big)',
        '  - services[1].id: Service id "mail" is already used at services[0] (duplicate_id)',
        '  - services[1].area: Unknown area "e-moon"; methodology "ceds-deck-2015" has "e-admin", "e-industry", "e-city", "e-info" (unknown_area)',
        '  - dimensions[1].id: Unknown dimension "happiness"; methodology "ceds-deck-2015" has "governance-mechanism", "policy-institution", "resource-capacity", "ict-network", "citizen-readiness", "public-service-infrastructure" (unknown_dimension)',
        '  - budget.lines[0].currency: This line is in USD but the budget is in KRW; amounts in two currencies in one assessment are an error, not a conversion (mixed_currency)',
      ].join('\n'),
    );
  });

  test('a __proto__ key never pollutes Object.prototype', () => {
    const input = JSON.parse(
      '{"city":{"id":"c","name":"C","__proto__":{"polluted":1}},"services":[{"id":"s","area":"e-admin","name":"S","status":"planned","level":1,"__proto__":{"polluted":2}}],"__proto__":{"polluted":3}}',
    );
    expect(thrown(() => assessCity(input))).toBeInstanceOf(CedsInputError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
