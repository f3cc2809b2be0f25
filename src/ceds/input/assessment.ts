import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { warningCodes } from '../../core/codes.js';
import { DECIMAL_STRING, exact } from '../../core/decimal.js';
import { CedsInputError, type CedsIssue, type IssuePath } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { bandOf } from '../../core/levels.js';
import { roundExact } from '../../core/round.js';
import { indexIds } from '../../core/rules.js';
import { nonEmptyString as nonEmpty, numberWithin } from '../../core/schema-parts.js';
import { parseInput } from '../../core/validate.js';
import { validateMethodology } from '../define-methodology.js';
import type { CityAssessment, Methodology, ScoreWithLevel } from '../types.js';
import { cityInputSchema } from './city-input.js';

// A stored assessment (a `CityAssessment` kept as JSON) is input like any other: its shape lives
// in the zod schema below, the methodology it carries is validated as a methodology, and the
// rules across fields (levels that match their scores, row ids the methodology has) live in
// `storedAssessmentRuleIssues`, each with its own code and path. It is read once, as every input
// is (`parseInput`): a getter answers once, a throw is an issue, a -0 reads as 0.

function percent(what: string) {
  return numberWithin(`${what} must be a finite number`, `${what} must be from 0 to 100`, 0, 100);
}

function count(what: string) {
  return z.int({ error: `${what} must be a whole number` }).check(z.gte(0, { error: `${what} must not be negative` }));
}

function decimalString(what: string) {
  return z
    .string({ error: `${what} must be a string` })
    .check(z.regex(DECIMAL_STRING, { error: `${what} must be a plain decimal string such as "-12.5"` }));
}

const score = () => z.nullable(percent('A score'));

const level = () =>
  z.nullable(
    z.strictObject({
      level: z.int({ error: 'A level number must be a whole number' }),
      name: nonEmpty('A level name'),
    }),
  );

function areaRowShape() {
  return {
    id: nonEmpty('An area id'),
    label: nonEmpty('An area label'),
    totalServices: count('Total service'),
    operationRate: z.nullable(percent('Operation (%)')),
    developmentRate: z.nullable(percent('Developing (%)')),
    utilizationRate: z.nullable(percent('Utilization (%)')),
    score: score(),
    level: level(),
  };
}

function serviceSchema() {
  return z.strictObject({
    id: nonEmpty('A service id'),
    area: nonEmpty('An area id'),
    name: z.string({ error: 'Must be the service name (a string)' }),
    status: z.enum(['operating', 'developing', 'planned', 'absent']),
    level: count('A service level').check(z.lte(5, { error: 'A level must be from 0 (no system) to 5' })),
    utilization: z.nullable(percent('A utilization')),
    applicable: z.boolean(),
  });
}

function budgetShape() {
  const row = {
    budget: decimalString('A budget'),
    spending: decimalString('A spending'),
    variance: decimalString('A variance'),
    executionRate: z.nullable(
      z
        .number({ error: 'An execution rate must be a finite number' })
        .check(z.gte(0, { error: 'An execution rate must not be negative' })),
    ),
    band: z.nullable(nonEmpty('A budget band')),
  };
  const yearRow = z.strictObject({
    ...row,
    year: z.nullable(z.int({ error: 'A fiscal year must be a whole number' })),
  });
  return z.strictObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'Must be an ISO 4217 currency code' })),
    areas: z.array(
      z.strictObject({ ...row, id: nonEmpty('An area id'), label: nonEmpty('An area label'), years: z.array(yearRow) }),
    ),
    years: z.array(yearRow),
    total: z.strictObject(row),
  });
}

// The keys `assessCity` gives its explanations: `overall`, `readiness`, `average`, and
// `groups.<id>`, `dimensions.<id>`, `areas.<id>`.
const EXPLANATION_KEY = /^(overall|readiness|average|(groups|dimensions|areas)\.[\s\S]+)$/;

function explanationSchema() {
  return z.strictObject({
    method: z.enum(['arithmetic', 'geometric']),
    score: score(),
    unrounded: z.nullable(decimalString('An unrounded score')),
    coverage: percent('A coverage'),
    components: z.array(
      z.strictObject({
        id: z.string(),
        value: decimalString('A value'),
        weight: decimalString('A weight'),
        contribution: decimalString('A contribution'),
      }),
    ),
    excluded: z.array(z.strictObject({ id: z.string(), reason: z.string() })),
  });
}

// zod drops a record key `__proto__` without a word; one is refused instead, as in an ordinal
// scale of the city input.
function explanationsSchema() {
  return z.pipe(
    z.unknown().check(
      z.refine((raw) => typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, '__proto__'), {
        error: 'An explanation may not be keyed "__proto__"',
      }),
    ),
    z.record(z.string().check(z.regex(EXPLANATION_KEY, { error: 'Not a key of a result path' })), explanationSchema()),
  );
}

/**
 * The shape of a stored `CityAssessment` (strict), with `definition` as the schema of the
 * methodology it carries: `z.unknown()` where the caller validates it apart (once per object),
 * the methodology's shape for the JSON Schema document.
 * @internal
 */
export function storedAssessmentShape<D extends $ZodType>(definition: D) {
  return z.strictObject(
    {
      methodology: z.strictObject({
        id: nonEmpty('The methodology id'),
        version: nonEmpty('The methodology version'),
        definition,
      }),
      city: cityInputSchema,
      period: z.nullable(z.string({ error: 'A period must be a string or null' })),
      areas: z.array(z.strictObject(areaRowShape())),
      average: z.strictObject({ ...areaRowShape(), id: z.literal('average') }),
      services: z.array(serviceSchema()),
      dimensions: z.array(
        z.strictObject({
          id: nonEmpty('A dimension id'),
          label: nonEmpty('A dimension label'),
          group: nonEmpty('A group id'),
          score: score(),
          level: level(),
        }),
      ),
      groups: z.array(
        z.strictObject({
          id: nonEmpty('A group id'),
          label: nonEmpty('A group label'),
          score: score(),
          level: level(),
        }),
      ),
      readiness: z.strictObject({ score: score(), level: level() }),
      overall: z.strictObject({ score: score(), level: level() }),
      budget: z.nullable(budgetShape()),
      coverage: z.strictObject({
        areas: z.nullable(percent('A coverage')),
        utilization: z.nullable(percent('A coverage')),
        dimensions: z.nullable(percent('A coverage')),
        overall: percent('A coverage'),
      }),
      warnings: z.array(
        z.strictObject({
          code: z.enum(warningCodes),
          path: z.array(z.union([z.string(), count('A path index')])),
          message: z.string(),
        }),
      ),
      explanations: explanationsSchema(),
    },
    { error: 'Expected a CityAssessment, as returned by assessCity' },
  );
}

const SUBJECT = 'city assessment';

// The methodology is validated apart, once per object. Built once at load; see
// src/core/validate.ts.
const storedAssessmentSchema = /* @__PURE__ */ storedAssessmentShape(/* @__PURE__ */ z.unknown());

/** What the rules need of a validated methodology, made once per methodology object. */
interface Known {
  readonly methodology: Methodology;
  readonly areas: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  /** Each dimension's group. */
  readonly dimensions: ReadonlyMap<string, string>;
}

function knownOf(methodology: Methodology): Known {
  return {
    methodology,
    areas: new Set(methodology.areas.map((a) => a.id)),
    groups: new Set(methodology.groups.map((g) => g.id)),
    dimensions: new Map(methodology.dimensions.map((d) => [d.id, d.group])),
  };
}

/** The level a stored score must carry: the band of the score rounded to the precision. */
function levelIssue(row: ScoreWithLevel, path: IssuePath, m: Methodology): CedsIssue | undefined {
  const at = [...path, 'level'];
  if (row.score === null)
    return row.level === null
      ? undefined
      : { path: at, code: 'invalid_level', message: 'A row without a score has no level: null' };
  const band = bandOf(roundExact(exact(row.score), m.precision).toNumber(), m.levels);
  if (row.level !== null && row.level.level === band.level && row.level.name === band.name) return undefined;
  return {
    path: at,
    code: 'invalid_level',
    message: `The score ${row.score} is at level ${band.level} (${JSON.stringify(band.name)}) under the methodology`,
  };
}

function rowIssues(
  rows: readonly (ScoreWithLevel & { readonly id: string })[],
  collection: 'areas' | 'groups' | 'dimensions',
  known: { has(id: string): boolean },
  m: Methodology,
  issues: CedsIssue[],
): void {
  const what = ({ areas: 'area', groups: 'group', dimensions: 'dimension' } as const)[collection];
  // Unknown ids are reported as unknown, not also as duplicates.
  indexIds(
    rows.map((r) => (known.has(r.id) ? r.id : undefined)),
    [collection],
    `The ${what} row`,
    issues,
  );
  rows.forEach((row, i) => {
    if (!known.has(row.id))
      issues.push({
        path: [collection, i, 'id'],
        code: `unknown_${what}`,
        message: `The methodology has no ${what} ${JSON.stringify(row.id)}`,
      });
    const issue = levelIssue(row, [collection, i], m);
    if (issue !== undefined) issues.push(issue);
  });
}

/**
 * The rules of a stored assessment that span fields, checked on a value of the right shape
 * whose methodology is validated: the methodology's id and version as in its definition; one
 * row per area, group and dimension id, each known to the methodology (a dimension in its own
 * group); services with unique ids in known areas; every level the band of its score, rounded
 * to the methodology's precision (null without a score).
 */
function storedAssessmentRuleIssues(a: CityAssessment, known: Known): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const m = known.methodology;
  for (const key of ['id', 'version'] as const) {
    if (a.methodology[key] !== m[key])
      issues.push({
        path: ['methodology', key],
        code: 'invalid_value',
        message: `Must be the ${key} of the methodology's definition, ${JSON.stringify(m[key])}`,
      });
  }
  rowIssues(a.areas, 'areas', known.areas, m, issues);
  rowIssues(a.groups, 'groups', known.groups, m, issues);
  rowIssues(a.dimensions, 'dimensions', known.dimensions, m, issues);
  a.dimensions.forEach((row, i) => {
    const group = known.dimensions.get(row.id);
    if (group !== undefined && row.group !== group)
      issues.push({
        path: ['dimensions', i, 'group'],
        code: known.groups.has(row.group) ? 'invalid_value' : 'unknown_group',
        message: `The dimension ${JSON.stringify(row.id)} is in the group ${JSON.stringify(group)}`,
      });
  });
  for (const [path, row] of [
    [['average'], a.average],
    [['readiness'], a.readiness],
    [['overall'], a.overall],
  ] as const) {
    const issue = levelIssue(row, path, m);
    if (issue !== undefined) issues.push(issue);
  }
  indexIds(
    a.services.map((s) => s.id),
    ['services'],
    'Service id',
    issues,
  );
  a.services.forEach((service, i) => {
    if (!known.areas.has(service.area))
      issues.push({
        path: ['services', i, 'area'],
        code: 'unknown_area',
        message: `The methodology has no area ${JSON.stringify(service.area)}`,
      });
  });
  return issues;
}

function within(path: IssuePath, issues: readonly CedsIssue[]): CedsIssue[] {
  return issues.map((i) => ({ ...i, path: [...path, ...i.path] }));
}

/**
 * Reads one stored assessment: `issues` gets its problems (paths under `path`), and the value
 * returned, undefined on any problem, is a validated copy that shares nothing mutable with the
 * input. Every rule runs on that copy, so a getter is read once.
 * @internal
 */
export type StoredAssessmentReader = (
  value: unknown,
  path: IssuePath,
  issues: CedsIssue[],
) => CityAssessment | undefined;

/**
 * A reader of stored assessments for one call: each methodology object they carry is validated
 * once (the same object in 20 assessments, once), so that reading a cohort stays linear in its
 * size. The cache lives as long as the reader.
 * @internal
 */
export function storedAssessmentReader(): StoredAssessmentReader {
  type Checked = { readonly known: Known } | { readonly issues: readonly CedsIssue[] };
  const methodologies = new WeakMap<object, Checked>();
  const check = (definition: unknown): Checked => {
    try {
      return { known: knownOf(validateMethodology(definition)) };
    } catch (error) {
      if (!(error instanceof CedsInputError)) throw error;
      return { issues: error.issues };
    }
  };
  const checked = (definition: unknown): Checked => {
    if (typeof definition !== 'object' || definition === null) return check(definition);
    let outcome = methodologies.get(definition);
    if (outcome === undefined) methodologies.set(definition, (outcome = check(definition)));
    return outcome;
  };

  return (value, path, issues) => {
    // Read once (a getter that throws is an issue too); every rule runs on the copy.
    let parsed: z.output<typeof storedAssessmentSchema>;
    try {
      parsed = parseInput(storedAssessmentSchema, value, SUBJECT);
    } catch (error) {
      if (!(error instanceof CedsInputError)) throw error;
      for (const issue of within(path, error.issues)) issues.push(issue);
      return undefined;
    }
    const outcome = checked(parsed.methodology.definition);
    if ('issues' in outcome) {
      for (const issue of within([...path, 'methodology', 'definition'], outcome.issues)) issues.push(issue);
      return undefined;
    }
    const { id, version } = parsed.methodology;
    const assessment: CityAssessment = {
      ...parsed,
      methodology: { id, version, definition: outcome.known.methodology },
    };
    const problems = storedAssessmentRuleIssues(assessment, outcome.known);
    if (problems.length === 0) return assessment;
    for (const issue of within(path, problems)) issues.push(issue);
    return undefined;
  };
}

/**
 * Validates one stored assessment (the `wego-ceds/schemas` validator): a frozen, validated copy,
 * or `CedsInputError` (subject `city assessment`) with every issue.
 * @internal
 */
export function validateStoredAssessment(value: unknown): CityAssessment {
  const issues: CedsIssue[] = [];
  const assessment = storedAssessmentReader()(value, [], issues);
  if (assessment === undefined) throw new CedsInputError(issues, SUBJECT);
  return deepFreeze(assessment);
}
