import type { MissingDataPolicy } from '../core/aggregate.js';
import { CedsInputError, type CedsIssue, type IssuePath } from '../core/errors.js';
import { indexIds, isRecord } from '../core/rules.js';
import { readInput, safeParseSchema, toIssues, withUnreadable, type InputRead } from '../core/validate.js';
import { quoteList } from '../core/messages.js';
import { budgetInputSchema } from './input/budget.js';
import { cityAssessmentInputShapeSchema } from './input/city-input.js';
import { budgetIssues } from './budget.js';
import type { BudgetInput, CityAssessmentInput, Methodology } from './types.js';

/** What `CedsInputError` messages call a city's input. @internal */
export const CITY_INPUT_SUBJECT = 'city assessment input';

function isLevel(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * The ids a methodology has, for a message: a few named and the rest counted, so that a message
 * stays short whatever the size of the methodology (made once per input, not per issue).
 */
function knownIds(records: readonly { readonly id: string }[], what: string): string {
  return records.length === 0 ? `no ${what}` : quoteList(records.map((r) => r.id));
}

/** The id of a raw record, or undefined when it has none fit to compare. */
function idOf(record: unknown): string | undefined {
  if (!isRecord(record)) return undefined;
  const id = record['id'];
  return nonEmptyString(id) ? id : undefined;
}

const STATUSES = new Set(['operating', 'developing', 'planned', 'absent']);

function serviceIssues(services: readonly unknown[], methodology: Methodology, policy: MissingDataPolicy): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const areaIds = new Set(methodology.areas.map((a) => a.id));
  indexIds(services.map(idOf), ['services'], 'Service id', issues);
  let known: string | undefined;
  services.forEach((service, i) => {
    if (!isRecord(service)) return;
    const at = (key: string): IssuePath => ['services', i, key];
    const { area, status, level, utilization, applicable } = service;
    if (nonEmptyString(area) && !areaIds.has(area)) {
      known ??= knownIds(methodology.areas, 'areas');
      issues.push({
        path: at('area'),
        code: 'unknown_area',
        message: `Unknown area ${JSON.stringify(area)}; methodology "${methodology.id}" has ${known}`,
      });
    }
    if (typeof status !== 'string' || !STATUSES.has(status)) return;
    if (isLevel(level)) {
      if (status === 'absent' && level !== 0) {
        issues.push({
          path: at('level'),
          code: 'invalid_level',
          message: `An absent service must be at level 0 (no system), not ${level}`,
        });
      } else if (status === 'operating' && level === 0) {
        issues.push({
          path: at('level'),
          code: 'invalid_level',
          message: 'An operating service must be at level 1 or above',
        });
      }
    }
    const reported = utilization !== undefined && utilization !== null;
    if (reported && status !== 'operating') {
      issues.push({
        path: at('utilization'),
        code: 'utilization_not_operating',
        message: `Only an operating service reports a utilization; this one is ${status}`,
      });
    }
    if (policy === 'error' && !reported && status === 'operating' && applicable !== false) {
      issues.push({
        path: at('utilization'),
        code: 'missing_data',
        message: 'Missing utilization of an operating service (the missing-data policy is "error")',
      });
    }
  });
  return issues;
}

function indicatorIssues(indicator: unknown, path: IssuePath, policy: MissingDataPolicy): CedsIssue[] {
  if (!isRecord(indicator)) return [];
  const issues: CedsIssue[] = [];
  const { kind, value } = indicator;
  if (kind === 'likert') {
    const min = indicator['min'] ?? 1;
    const max = indicator['max'] ?? 5;
    if (Number.isInteger(min) && Number.isInteger(max)) {
      const lo = min as number;
      const hi = max as number;
      if (lo >= hi) {
        issues.push({
          path: [...path, indicator['max'] === undefined ? 'min' : 'max'],
          code: 'invalid_range',
          message: `The likert minimum (${lo}) must be below its maximum (${hi})`,
        });
      } else if (Number.isInteger(value) && ((value as number) < lo || (value as number) > hi)) {
        const code = (value as number) < lo ? 'too_small' : 'too_big';
        issues.push({ path: [...path, 'value'], code, message: `A likert answer must be from ${lo} to ${hi}` });
      }
    }
  } else if (kind === 'ordinal') {
    const scale = indicator['scale'];
    if (isRecord(scale)) {
      const answers = Object.keys(scale);
      if (answers.length === 0) {
        issues.push({
          path: [...path, 'scale'],
          code: 'too_small',
          message: 'An ordinal scale needs at least one answer',
        });
      } else if ((typeof value === 'string' || typeof value === 'number') && !Object.hasOwn(scale, String(value))) {
        issues.push({
          path: [...path, 'value'],
          code: 'invalid_value',
          message: `Must be one of the scale's answers: ${quoteList(answers)}`,
        });
      }
    }
  } else if (kind === 'numeric') {
    const { low, high } = indicator;
    if (typeof low === 'number' && low === high) {
      issues.push({
        path: [...path, 'high'],
        code: 'invalid_range',
        message: `The goalposts must differ (low and high are both ${low})`,
      });
    }
  }
  if (policy === 'error' && value === null) {
    issues.push({
      path: [...path, 'value'],
      code: 'missing_data',
      message: 'Missing answer (the missing-data policy is "error")',
    });
  }
  return issues;
}

function dimensionIssues(
  dimensions: readonly unknown[] | undefined,
  methodology: Methodology,
  policy: MissingDataPolicy,
): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const known = new Set(methodology.dimensions.map((d) => d.id));
  const list = dimensions ?? [];
  // Unknown ids are reported as unknown, not also as duplicates.
  const given = indexIds(
    list.map((d) => {
      const id = idOf(d);
      return id !== undefined && known.has(id) ? id : undefined;
    }),
    ['dimensions'],
    'Dimension id',
    issues,
  );
  let names: string | undefined;
  list.forEach((dimension, i) => {
    if (!isRecord(dimension)) return;
    const { id, indicators, score } = dimension;
    if (nonEmptyString(id)) {
      if (!known.has(id)) {
        names ??= knownIds(methodology.dimensions, 'dimensions');
        issues.push({
          path: ['dimensions', i, 'id'],
          code: 'unknown_dimension',
          message: `Unknown dimension ${JSON.stringify(id)}; methodology "${methodology.id}" has ${names}`,
        });
      }
    }
    if (indicators !== undefined && score !== undefined) {
      issues.push({
        path: ['dimensions', i],
        code: 'invalid_dimension',
        message: 'Give either "indicators" or a direct "score", not both',
      });
    } else if (indicators === undefined && score === undefined) {
      issues.push({
        path: ['dimensions', i],
        code: 'invalid_dimension',
        message: 'Give the dimension\'s "indicators" or a direct "score"',
      });
    }
    if (!Array.isArray(indicators)) return;
    if (indicators.length === 0) {
      issues.push({
        path: ['dimensions', i, 'indicators'],
        code: 'too_small',
        message: 'List at least one indicator, or give a direct "score"',
      });
      return;
    }
    indexIds((indicators as unknown[]).map(idOf), ['dimensions', i, 'indicators'], 'Indicator id', issues);
    let weightSum = 0;
    let weightsValid = true;
    indicators.forEach((indicator: unknown, j) => {
      for (const issue of indicatorIssues(indicator, ['dimensions', i, 'indicators', j], policy)) issues.push(issue);
      if (!isRecord(indicator)) return;
      const w = indicator['weight'] ?? 1;
      if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weightSum += w;
      else weightsValid = false;
    });
    if (weightsValid && weightSum === 0) {
      issues.push({
        path: ['dimensions', i, 'indicators'],
        code: 'all_zero_weights',
        message: 'The indicator weights are all 0; at least one must be above 0',
      });
    }
  });
  if (policy === 'error') {
    for (const definition of methodology.dimensions) {
      if (!given.has(definition.id)) {
        issues.push({
          path: ['dimensions'],
          code: 'missing_data',
          message: `Missing dimension ${JSON.stringify(definition.id)} (the missing-data policy is "error")`,
        });
      }
    }
  }
  return issues;
}

/**
 * The rules a schema cannot express: fields that depend on each other, ids that must exist in
 * the methodology or be unique, and the `error` missing-data policy. Runs on data already read
 * (zod's parse, or the plain copy when the shape is wrong), never on the caller's objects; it
 * checks every value it uses, so that these problems are reported with any shape problems.
 * @internal
 */
export function cityInputRuleIssues(data: unknown, methodology: Methodology, policy: MissingDataPolicy): CedsIssue[] {
  if (!isRecord(data)) return [];
  const services = Array.isArray(data['services']) ? serviceIssues(data['services'], methodology, policy) : [];
  const dimensions =
    data['dimensions'] === undefined || Array.isArray(data['dimensions'])
      ? dimensionIssues(data['dimensions'] as unknown[] | undefined, methodology, policy)
      : [];
  return [...services, ...dimensions];
}

/**
 * Reads a city's input once into plain data (see src/core/validate.ts): the first stage of
 * `validateCityInput`, apart so that a batch can name a failed city from the same read.
 * @internal
 */
export function readCityInput(raw: unknown): InputRead {
  return readInput(cityAssessmentInputShapeSchema, raw);
}

/**
 * Validates a city's input, as read once by `readCityInput`, against the schema and the
 * methodology, reporting every problem found in one `CedsInputError`. Every rule runs on zod's
 * parse of the copy when its shape is right, else on the copy: the input itself is never read
 * again, so a getter cannot answer the rules otherwise than it answered the schema.
 * @internal
 */
export function checkCityInput(
  read: InputRead,
  methodology: Methodology,
  policy: MissingDataPolicy,
): CityAssessmentInput {
  const parsed = safeParseSchema(cityAssessmentInputShapeSchema, read.copy);
  const data: unknown = parsed.success ? parsed.data : read.copy;
  let issues: CedsIssue[] = parsed.success ? [] : toIssues(parsed.issues);
  issues = issues.concat(cityInputRuleIssues(data, methodology, policy));
  let budget: BudgetInput | null | undefined;
  if (parsed.success) budget = parsed.data.budget;
  else if (isRecord(data) && data['budget'] !== undefined && data['budget'] !== null) {
    // The rest of the input is broken, but a well-formed budget can still be cross-checked.
    const b = safeParseSchema(budgetInputSchema, data['budget']);
    if (b.success) budget = b.data;
  }
  if (budget) issues = issues.concat(budgetIssues(budget, methodology));
  if (issues.length > 0 || read.unreadable.length > 0 || !parsed.success)
    throw new CedsInputError(withUnreadable(read.unreadable, issues), CITY_INPUT_SUBJECT);
  return parsed.data;
}

/**
 * Validates a city's input against the schema and the methodology, reading it once and
 * reporting every problem found in one `CedsInputError`.
 * @internal
 */
export function validateCityInput(
  raw: unknown,
  methodology: Methodology,
  policy: MissingDataPolicy,
): CityAssessmentInput {
  return checkCityInput(readCityInput(raw), methodology, policy);
}
