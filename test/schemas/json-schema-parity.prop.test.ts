// The shipped JSON Schema documents never accept what the library rejects, except for the rules
// the TSDoc of `toJsonSchema` lists as left to the library; and that list is exact: each rule on
// it is one a document really does not state, and every disagreement found is one of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { AwardProgramDefinition } from '../../src/awards/types.js';
import { assessCity } from '../../src/ceds/assess.js';
import { defaultMethodology, platformMethodology } from '../../src/ceds/presets.js';
import type { CedsIssue } from '../../src/core/errors.js';
import { toJsonSchema, type JsonSchemaName } from '../../src/schemas/json-schema.js';
import type { CedsSchema } from '../../src/schemas/standard-schema.js';
import {
  awardProgramSchema,
  cityAssessmentInputSchema,
  cityAssessmentInputSchemaFor,
  cityAssessmentSchema,
  methodologySchema,
  submissionsSchemaFor,
} from '../../src/schemas/validators.js';
import { entry, participant, sheet, singleCriterionProgram } from '../awards/fixtures.js';
import { cityInputArbitrary } from '../ceds/arbitraries.js';
import { methodologyTreeArbitrary, treeCaseArbitrary } from '../ceds/tree-arbitraries.js';
import { describeEdits, editedJsonArbitrary, type Json, type JsonPath } from './json-mutations.js';

type Issue = Pick<CedsIssue, 'code' | 'path'>;
/** Whether an issue the library reported on `input` is an instance of a rule. */
type Breaks = (issue: Issue, input: Json) => boolean;

const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

function valueAt(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) node = (node as Record<string | number, Json> | null | undefined)?.[key];
  return node;
}

/** `path` matches `pattern`, where `#` stands for any index and `*` for any key. */
function pathIs(path: JsonPath, ...pattern: string[]): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' || p === path[i]))
  );
}

const codeIs =
  (...codes: string[]): Breaks =>
  (issue) =>
    codes.includes(issue.code);

/** The kind of the indicator an issue at `dimensions.#.indicators.#.…` is about. */
function indicatorKind(issue: Issue, input: Json): unknown {
  const indicator = valueAt(input, issue.path.slice(0, 4)) as { kind?: unknown } | null | undefined;
  return pathIs(issue.path.slice(0, 4), 'dimensions', '#', 'indicators', '#') ? indicator?.kind : undefined;
}

const methodologyRules: Record<string, Breaks> = {
  'at least one service area or dimension': codeIs('empty_methodology'),
  'areas in increasing `order`': (i) => i.code === 'out_of_order' && i.path[0] === 'areas',
  'every dimension in one of the groups, and every group with a dimension': codeIs('unknown_group', 'empty_group'),
  'the weights of a list not all 0': codeIs('all_zero_weights'),
  'level bands numbered 1, 2, 3 … from 0 in strictly increasing order': (i) =>
    ['out_of_sequence', 'bands_not_covering'].includes(i.code) || (i.code === 'out_of_order' && i.path[0] === 'levels'),
  'budget bands that widen, the last one alone the catch-all': (i) =>
    i.code === 'missing_catch_all' || (i.code === 'out_of_order' && i.path[0] === 'budgetBands'),
};

const DEFINITION = ['methodology', 'definition'];
const inDefinition = (issue: Issue) => DEFINITION.every((key, i) => issue.path[i] === key);

/**
 * The rules left to the library, by the label of their line in the TSDoc of `toJsonSchema`:
 * each with the test of whether a library issue is an instance of it.
 */
const RULES: Record<string, Record<string, Breaks>> = {
  'every document': {
    'unique ids and budget band names': codeIs('duplicate_id'),
  },
  '`city-assessment-input`': {
    'a likert answer within its own `min` and `max`': (i, input) =>
      (i.code === 'too_small' || i.code === 'too_big') && indicatorKind(i, input) === 'likert' && i.path[4] === 'value',
    'a likert `min` below its `max`': (i, input) => i.code === 'invalid_range' && indicatorKind(i, input) === 'likert',
    "an ordinal answer among its own scale's answers": (i, input) =>
      i.code === 'invalid_value' && indicatorKind(i, input) === 'ordinal' && i.path[4] === 'value',
    'distinct numeric goalposts': (i, input) => i.code === 'invalid_range' && indicatorKind(i, input) === 'numeric',
    'indicator weights of a dimension not all 0': (i) =>
      i.code === 'all_zero_weights' && pathIs(i.path, 'dimensions', '#', 'indicators'),
    "a budget line's currency equal to the budget's": codeIs('mixed_currency'),
    'at most 6 decimals in a numeric amount': (i) =>
      i.code === 'too_precise' && pathIs(i.path.slice(0, 3), 'budget', 'lines', '#'),
    'no missing answer under a methodology whose missing-data policy is `error`': codeIs('missing_data'),
  },
  '`methodology`, and the `definition` in a `city-assessment`': methodologyRules,
  '`city-assessment`': {
    "the methodology's `id` and `version` as in its definition": (i) =>
      i.code === 'invalid_value' && (pathIs(i.path, 'methodology', 'id') || pathIs(i.path, 'methodology', 'version')),
    'rows and services whose ids and areas the methodology has, each dimension in its own group': (i) =>
      !inDefinition(i) &&
      (['unknown_area', 'unknown_group', 'unknown_dimension'].includes(i.code) ||
        (i.code === 'invalid_value' && pathIs(i.path, 'dimensions', '#', 'group'))),
    'every level the band of its score under the methodology': codeIs('invalid_level'),
  },
  '`award-program`': {
    "a criterion's scale maximum above its minimum": codeIs('invalid_scale'),
    "at most 6 decimals in a criterion's weight and scale": (i) =>
      i.code === 'too_precise' && pathIs(i.path.slice(0, 3), 'rubric', 'criteria', '#'),
    'criterion weights not all 0': codeIs('all_zero_weights'),
    'a `trim` with `trimmed-mean` only, and at least 1 there': (i) =>
      ['unexpected_option', 'too_small'].includes(i.code) && pathIs(i.path, 'rules', 'aggregation', 'trim'),
    'a quorum no larger than the panel': (i) => i.code === 'too_big' && pathIs(i.path, 'rules', 'quorum'),
    "prize thresholds, tie-breaks and declared conflicts that name the program's own tiers, criteria and judges":
      codeIs('unknown_tier', 'unknown_criterion', 'unknown_judge'),
    'no tie-break twice': codeIs('duplicate_tie_break'),
  },
  '`submissions`': {
    "judges, criteria and categories of the program, and participants and entries of the submissions, named where referenced (a declared conflict's participant too)":
      codeIs('unknown_judge', 'unknown_criterion', 'unknown_category', 'unknown_participant', 'unknown_entry'),
    "a score on its criterion's scale, with at most 6 decimals": (i) =>
      ['too_small', 'too_big', 'too_precise'].includes(i.code) && pathIs(i.path, 'scores', '#', 'value'),
    'one score per judge, entry and criterion': codeIs('duplicate_score'),
    "the program's entry limit per participant": codeIs('too_many_entries'),
  },
};

/** The lines of RULES that apply to a document. */
function rulesOf(name: JsonSchemaName): Breaks[] {
  const own = (label: string) => Object.values(RULES[label]!);
  const methodology = own('`methodology`, and the `definition` in a `city-assessment`');
  const every = own('every document');
  switch (name) {
    case 'methodology':
      return [...every, ...methodology];
    case 'city-assessment':
      // A rule of the methodology, on its definition's path.
      return [
        ...every,
        ...own('`city-assessment`'),
        (issue, input) =>
          inDefinition(issue) &&
          methodology.some((rule) =>
            rule({ ...issue, path: issue.path.slice(DEFINITION.length) }, valueAt(input, DEFINITION)!),
          ),
      ];
    default:
      return [...every, ...own(`\`${name}\``)];
  }
}

/** The rule lines of the TSDoc of `toJsonSchema`: label → rules. */
function documentedRules(): Record<string, string[]> {
  const source = readFileSync(join(import.meta.dirname, '../../src/schemas/json-schema.ts'), 'utf8');
  const end = source.indexOf('export function toJsonSchema');
  const doc = source
    .slice(source.lastIndexOf('/**', end), end)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''));
  const bullets: string[] = [];
  for (const line of doc) {
    if (line.startsWith('- ')) bullets.push(line.slice(2));
    else if (bullets.length > 0 && line.startsWith('  ')) bullets[bullets.length - 1] += ` ${line.trim()}`;
    else if (bullets.length > 0) break;
  }
  return Object.fromEntries(
    bullets.map((bullet) => {
      const at = bullet.indexOf(': ');
      return [bullet.slice(0, at), bullet.slice(at + 2).split('; ')];
    }),
  );
}

// --------------------------------------------------------------------------------------------
// The documents and the library's validators, with valid documents to start from.
// --------------------------------------------------------------------------------------------

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/sample-city.json'), 'utf8')) as Json;

const program: AwardProgramDefinition = {
  ...singleCriterionProgram({
    aggregation: { method: 'trimmed-mean', trim: 1 },
    quorum: 3,
    prizeThresholds: { best: 80 },
    tieBreak: ['median', { criterion: 'overall' }],
    conflicts: { declared: [{ judgeId: 'j1', participantId: 'p1' }] },
    maxEntriesPerParticipant: 2,
    precision: 2,
    monitoring: { deviation: 20 },
  }),
  rubric: {
    criteria: [
      { id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 },
      { id: 'impact', name: 'Impact', weight: 0.5, min: 1, max: 5 },
    ],
  },
};

const submissions = {
  participants: [participant('p1'), participant('p2', 'AA', { organization: 'Org 1' })],
  entries: [entry('a', 'p1'), entry('b', 'p2', 'open-city')],
  scores: [...sheet('a', [7, 8, 9]), ...sheet('b', [1.5, 2]), ...sheet('a', [3], 'impact')],
};

const jsonSchemaOf = new Map<JsonSchemaName, ReturnType<Ajv2020['compile']>>();
/** ajv's verdict on `value` under the shipped document `name` (compiled once). */
function jsonSchemaAccepts(name: JsonSchemaName, value: Json): { valid: boolean; errors: string } {
  let validate = jsonSchemaOf.get(name);
  if (validate === undefined) {
    validate = new Ajv2020({ strict: false, allErrors: true }).compile(toJsonSchema(name));
    jsonSchemaOf.set(name, validate);
  }
  const valid = validate(value) as boolean;
  return { valid, errors: JSON.stringify(validate.errors?.slice(0, 2)) };
}

const LIBRARY: Record<JsonSchemaName, CedsSchema<unknown>> = {
  'city-assessment-input': cityAssessmentInputSchema,
  methodology: methodologySchema,
  'city-assessment': cityAssessmentSchema,
  'award-program': awardProgramSchema,
  submissions: submissionsSchemaFor(program),
};

function libraryIssues(validator: CedsSchema<unknown>, value: Json): Issue[] | undefined {
  const result = validator['~standard'].validate(value) as { issues?: Issue[] };
  return result.issues;
}

/** Checks one document against both validators; returns the library issues JSON Schema missed. */
function disagreement(name: JsonSchemaName, value: Json, validator = LIBRARY[name]): Issue[] {
  const issues = libraryIssues(validator, value);
  const schema = jsonSchemaAccepts(name, value);
  // The documents are never stricter than the library.
  if (issues === undefined)
    expect(schema.valid, `JSON Schema rejects what the library accepts: ${schema.errors}`).toBe(true);
  return issues !== undefined && schema.valid ? issues : [];
}

// --------------------------------------------------------------------------------------------

describe('the rules JSON Schema leaves to the library', () => {
  test('the TSDoc of toJsonSchema lists exactly the rules classified here', () => {
    const documented = documentedRules();
    expect(Object.keys(documented)).toEqual(Object.keys(RULES));
    for (const [label, rules] of Object.entries(RULES)) expect(documented[label], label).toEqual(Object.keys(rules));
  });

  // One document per rule that breaks it and nothing else: the library rejects it, JSON Schema
  // accepts it, and every issue is an instance of that rule. So no rule on the list is one the
  // documents do state.
  const cityBase = () => ({
    city: { id: 'x', name: 'X' },
    services: [{ id: 's', area: 'e-admin', name: 'S', status: 'planned', level: 0 }],
    dimensions: [
      {
        id: 'ict-network',
        indicators: [
          { id: 'l', kind: 'likert', value: 3 } as Record<string, unknown>,
          { id: 'o', kind: 'ordinal', scale: { a: 0, b: 100 }, value: 'a' } as Record<string, unknown>,
          { id: 'n', kind: 'numeric', low: 0, high: 10, direction: 'higher-is-better', value: 5 } as Record<
            string,
            unknown
          >,
        ],
      },
    ],
    budget: { currency: 'KRW', lines: [{ area: 'e-admin', budget: 1, spending: 1 } as Record<string, unknown>] },
  });
  const indicator = (city: ReturnType<typeof cityBase>, i: number) => city.dimensions[0]!.indicators[i]!;
  const stored = () => json(assessCity(sample as never)) as any;
  const methodology = () => json(defaultMethodology) as any;
  const awards = () => json(program) as any;
  const entrants = () => json(submissions) as any;
  const edit = <T>(base: () => T, change: (value: T) => void) => {
    const value = base();
    change(value);
    return json(value);
  };

  const examples: [label: string, rule: string, name: JsonSchemaName, value: Json, validator?: CedsSchema<unknown>][] =
    [
      [
        'every document',
        'unique ids and budget band names',
        'city-assessment-input',
        edit(cityBase, (c) => c.services.push({ ...c.services[0]! })),
      ],
      [
        '`city-assessment-input`',
        'a likert answer within its own `min` and `max`',
        'city-assessment-input',
        edit(cityBase, (c) => (indicator(c, 0)['value'] = 7)),
      ],
      [
        '`city-assessment-input`',
        'a likert `min` below its `max`',
        'city-assessment-input',
        edit(cityBase, (c) => Object.assign(indicator(c, 0), { min: 3, max: 3 })),
      ],
      [
        '`city-assessment-input`',
        "an ordinal answer among its own scale's answers",
        'city-assessment-input',
        edit(cityBase, (c) => (indicator(c, 1)['value'] = 'c')),
      ],
      [
        '`city-assessment-input`',
        'distinct numeric goalposts',
        'city-assessment-input',
        edit(cityBase, (c) => (indicator(c, 2)['high'] = 0)),
      ],
      [
        '`city-assessment-input`',
        'indicator weights of a dimension not all 0',
        'city-assessment-input',
        edit(cityBase, (c) => c.dimensions[0]!.indicators.forEach((i) => (i['weight'] = 0))),
      ],
      [
        '`city-assessment-input`',
        "a budget line's currency equal to the budget's",
        'city-assessment-input',
        edit(cityBase, (c) => (c.budget.lines[0]!['currency'] = 'EUR')),
      ],
      [
        '`city-assessment-input`',
        'at most 6 decimals in a numeric amount',
        'city-assessment-input',
        edit(cityBase, (c) => (c.budget.lines[0]!['budget'] = 1.0000001)),
      ],
      [
        '`city-assessment-input`',
        'no missing answer under a methodology whose missing-data policy is `error`',
        'city-assessment-input',
        edit(cityBase, (c) => (indicator(c, 0)['value'] = null)),
        cityAssessmentInputSchemaFor(defaultMethodology, { missingData: 'error' }),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'at least one service area or dimension',
        'methodology',
        edit(methodology, (m) => Object.assign(m, { areas: [], groups: [], dimensions: [] })),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'areas in increasing `order`',
        'methodology',
        edit(methodology, (m) => (m.areas[1].order = 0)),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'every dimension in one of the groups, and every group with a dimension',
        'methodology',
        edit(methodology, (m) => (m.dimensions[0].group = 'elsewhere')),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'the weights of a list not all 0',
        'methodology',
        edit(methodology, (m) => (m.areaWeights = { operation: 0, development: 0, utilization: 0 })),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'level bands numbered 1, 2, 3 … from 0 in strictly increasing order',
        'methodology',
        edit(methodology, (m) => (m.levels[1].level = 3)),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'budget bands that widen, the last one alone the catch-all',
        'methodology',
        edit(methodology, (m) => (m.budgetBands.at(-1).maxDeviation = 99)),
      ],
      [
        '`methodology`, and the `definition` in a `city-assessment`',
        'level bands numbered 1, 2, 3 … from 0 in strictly increasing order',
        'city-assessment',
        edit(stored, (a) => (a.methodology.definition.levels[0].min = 1)),
      ],
      [
        '`city-assessment`',
        "the methodology's `id` and `version` as in its definition",
        'city-assessment',
        edit(stored, (a) => (a.methodology.version = '9.9.9')),
      ],
      [
        '`city-assessment`',
        'rows and services whose ids and areas the methodology has, each dimension in its own group',
        'city-assessment',
        edit(stored, (a) => (a.areas[0].id = 'e-space')),
      ],
      [
        '`city-assessment`',
        'every level the band of its score under the methodology',
        'city-assessment',
        edit(stored, (a) => (a.overall.level = { level: 1, name: 'Emerging' })),
      ],
      [
        '`award-program`',
        "a criterion's scale maximum above its minimum",
        'award-program',
        edit(awards, (p) => (p.rubric.criteria[0].max = 0)),
      ],
      [
        '`award-program`',
        "at most 6 decimals in a criterion's weight and scale",
        'award-program',
        edit(awards, (p) => (p.rubric.criteria[0].weight = 0.1234567)),
      ],
      [
        '`award-program`',
        'criterion weights not all 0',
        'award-program',
        edit(awards, (p) => p.rubric.criteria.forEach((c: any) => (c.weight = 0))),
      ],
      [
        '`award-program`',
        'a `trim` with `trimmed-mean` only, and at least 1 there',
        'award-program',
        edit(awards, (p) => (p.rules.aggregation = { method: 'mean', trim: 1 })),
      ],
      [
        '`award-program`',
        'a quorum no larger than the panel',
        'award-program',
        edit(awards, (p) => (p.rules.quorum = 8)),
      ],
      [
        '`award-program`',
        "prize thresholds, tie-breaks and declared conflicts that name the program's own tiers, criteria and judges",
        'award-program',
        edit(awards, (p) => (p.rules.prizeThresholds = { gold: 50 })),
      ],
      [
        '`award-program`',
        'no tie-break twice',
        'award-program',
        edit(awards, (p) => (p.rules.tieBreak = ['median', 'median'])),
      ],
      [
        '`submissions`',
        "judges, criteria and categories of the program, and participants and entries of the submissions, named where referenced (a declared conflict's participant too)",
        'submissions',
        edit(entrants, (s) => (s.scores[0].judgeId = 'j9')),
      ],
      [
        '`submissions`',
        "a score on its criterion's scale, with at most 6 decimals",
        'submissions',
        edit(entrants, (s) => (s.scores[0].value = 11)),
      ],
      [
        '`submissions`',
        'one score per judge, entry and criterion',
        'submissions',
        edit(entrants, (s) => s.scores.push({ ...s.scores[0] })),
      ],
      [
        '`submissions`',
        "the program's entry limit per participant",
        'submissions',
        edit(entrants, (s) => s.entries.push(entry('c', 'p1'), entry('d', 'p1'))),
      ],
    ];

  test('every rule on the list has an example here', () => {
    const covered = new Set(examples.map(([label, rule]) => `${label}: ${rule}`));
    const listed = Object.entries(RULES).flatMap(([label, rules]) => Object.keys(rules).map((r) => `${label}: ${r}`));
    expect(listed.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  test.each(examples.map((e) => [`${e[2]}: ${e[1]}`, ...e] as const))(
    '%s is checked by the library only',
    (_name, label, rule, name, value, validator) => {
      const missed = disagreement(name, value, validator ?? LIBRARY[name]);
      expect(missed.length, 'the library rejects it and JSON Schema accepts it').toBeGreaterThan(0);
      const breaks = RULES[label]![rule]!;
      const input =
        name === 'city-assessment' && label.startsWith('`methodology`') ? valueAt(value, DEFINITION)! : value;
      const local = (issue: Issue) =>
        name === 'city-assessment' && inDefinition(issue)
          ? { ...issue, path: issue.path.slice(DEFINITION.length) }
          : issue;
      expect(missed.filter((issue) => !breaks(local(issue), input))).toEqual([]);
    },
  );
});

describe('the ordinal scale in the city input document', () => {
  const scale = (
    toJsonSchema('city-assessment-input') as any
  ).properties.dimensions.items.properties.indicators.items.oneOf.find(
    (kind: any) => kind.properties.kind.const === 'ordinal',
  ).properties.scale;

  test('states the library rules: answers scored 0–100, at least one, none named __proto__', () => {
    expect(scale).toEqual({
      type: 'object',
      minProperties: 1,
      propertyNames: { not: { const: '__proto__' } },
      additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
    });
  });

  test.each([
    ['an empty scale', {}],
    ['a score above 100', { a: 101 }],
    ['a negative score', { a: -1 }],
    ['a score as a string', { a: '50' }],
    ['an answer named __proto__', JSON.parse('{"__proto__": 50, "a": 0}') as Json],
    ['a list', [0, 100]],
  ])('%s is rejected by both', (_name, bad) => {
    const city = json({
      city: { id: 'x', name: 'X' },
      dimensions: [{ id: 'ict-network', indicators: [{ id: 'o', kind: 'ordinal', scale: bad, value: null }] }],
    });
    expect(libraryIssues(cityAssessmentInputSchema, city)).toBeDefined();
    expect(jsonSchemaAccepts('city-assessment-input', city).valid).toBe(false);
  });
});

// Edits of valid documents: whenever the library rejects one and JSON Schema accepts it, every
// issue is an instance of a rule on the list.
function everyMissIsListed(name: JsonSchemaName, seeds: fc.Arbitrary<Json>, runs: number, validator = LIBRARY[name]) {
  const rules = rulesOf(name);
  prop.prop([seeds.chain((seed) => editedJsonArbitrary(seed))], { numRuns: runs })(
    `${name}: JSON Schema accepts only what the library accepts, but for the listed rules`,
    ({ value, edits }) => {
      const unlisted = disagreement(name, value, validator).filter(
        (issue) => !rules.some((rule) => rule(issue, value)),
      );
      expect(unlisted, describeEdits(edits)).toEqual([]);
    },
  );
}

describe('edited documents: JSON Schema accepts only what the library accepts, but for the listed rules', () => {
  everyMissIsListed(
    'city-assessment-input',
    fc.oneof(fc.constant(sample), cityInputArbitrary({ maxServices: 6, maxIndicators: 3 }).map(json)),
    300,
  );
  everyMissIsListed(
    'methodology',
    fc.oneof(fc.constantFrom(json(defaultMethodology), json(platformMethodology)), methodologyTreeArbitrary.map(json)),
    400,
  );
  everyMissIsListed(
    'city-assessment',
    fc.oneof(
      fc.constant(json(assessCity(sample as never))),
      treeCaseArbitrary({ maxServices: 6, maxIndicators: 3 }).map(({ methodology, input }) =>
        json(assessCity(input, { methodology })),
      ),
    ),
    300,
  );
  // The award inputs last: their schemas are the newest.
  everyMissIsListed('award-program', fc.constantFrom(json(program), json(singleCriterionProgram())), 400);
  everyMissIsListed('submissions', fc.constant(json(submissions)), 400);
});
