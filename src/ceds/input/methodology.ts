import * as z from 'zod/mini';
import { indexIds } from '../../core/rules.js';
import type { CedsIssue } from '../../core/errors.js';
import { levelBandIssues } from '../../core/levels.js';
import { nonEmptyString as nonEmpty, numberWithin } from '../../core/schema-parts.js';
import type { Methodology } from '../types.js';

// Shape rules live in the zod schemas; rules across fields (unique ids, band order, weights
// not all zero) live in `methodologyRuleIssues`, so each issue gets its own code and path.

function weight() {
  return z
    .number({ error: 'A weight must be a finite number' })
    .check(z.gte(0, { error: 'A weight must not be negative' }));
}

function aggregation() {
  return z.enum(['arithmetic', 'geometric'], { error: 'Must be "arithmetic" or "geometric"' });
}

const areaWeightsShape = {
  operation: weight(),
  development: weight(),
  utilization: weight(),
};

const overallWeightsShape = {
  services: weight(),
  readiness: weight(),
};

const aggregationShape = {
  area: aggregation(),
  dimension: aggregation(),
  group: aggregation(),
  readiness: aggregation(),
  overall: aggregation(),
};

const missingDataShape = {
  policy: z.enum(['exclude', 'zero', 'error'], { error: 'Must be "exclude", "zero" or "error"' }),
  minCoverage: numberWithin('Must be a finite number', 'The minimum coverage is a percentage from 0 to 100', 0, 100),
};

const areaSchema = z.strictObject({
  id: nonEmpty('An area id'),
  label: nonEmpty('An area label'),
  order: z.number({ error: 'An area order must be a finite number' }),
});

const groupSchema = z.strictObject({
  id: nonEmpty('A group id'),
  label: nonEmpty('A group label'),
  weight: weight(),
});

const dimensionSchema = z.strictObject({
  id: nonEmpty('A dimension id'),
  label: nonEmpty('A dimension label'),
  group: nonEmpty('A dimension group'),
  weight: weight(),
});

const levelSchema = z.strictObject({
  level: z.int({ error: 'A level number must be a whole number' }),
  name: nonEmpty('A level name'),
  min: numberWithin(
    'A band minimum must be a finite number',
    'A band minimum must be from 0 to below 100',
    0,
    100,
    true,
  ),
});

const budgetBandSchema = z.strictObject({
  band: nonEmpty('A budget band name'),
  maxDeviation: z.nullable(
    z
      .number({ error: 'A maximum deviation must be a finite number or null' })
      .check(z.gte(0, { error: 'A maximum deviation must not be negative' })),
  ),
});

const methodologyShape = {
  id: nonEmpty('The methodology id'),
  version: nonEmpty('The methodology version'),
  label: nonEmpty('The methodology label'),
  areas: z.array(areaSchema),
  groups: z.array(groupSchema),
  dimensions: z.array(dimensionSchema),
  areaWeights: z.strictObject(areaWeightsShape),
  overallWeights: z.strictObject(overallWeightsShape),
  areaWeighting: z.enum(['equal', 'services'], { error: 'Must be "equal" or "services"' }),
  aggregation: z.strictObject(aggregationShape),
  levels: z.array(levelSchema).check(z.minLength(2, { error: 'A methodology needs at least two level bands' })),
  precision: z
    .int({ error: 'The precision must be a whole number of decimals' })
    .check(
      z.gte(0, { error: 'The precision must be from 0 to 6 decimals' }),
      z.lte(6, { error: 'The precision must be from 0 to 6 decimals' }),
    ),
  missingData: z.strictObject(missingDataShape),
  budgetBands: z
    .array(budgetBandSchema)
    .check(z.minLength(1, { error: 'A methodology needs at least one budget band' })),
};

/** The shape of a complete methodology, without the rules across fields. @internal */
export const methodologyShapeSchema = /* @__PURE__ */ z.strictObject(methodologyShape);

/**
 * The shape of `defineMethodology` overrides: every key optional, the nested objects partial
 * (still strict: a key the methodology does not have is an error), arrays whole.
 * @internal
 */
export const methodologyOverridesSchema = /* @__PURE__ */ overridesShape();

// Only `defineMethodology` needs it. Built once at load; see src/core/validate.ts.
function overridesShape() {
  return z.strictObject({
    id: z.optional(methodologyShape.id),
    version: z.optional(methodologyShape.version),
    label: z.optional(methodologyShape.label),
    areas: z.optional(methodologyShape.areas),
    groups: z.optional(methodologyShape.groups),
    dimensions: z.optional(methodologyShape.dimensions),
    areaWeights: z.optional(z.partial(z.strictObject(areaWeightsShape))),
    overallWeights: z.optional(z.partial(z.strictObject(overallWeightsShape))),
    areaWeighting: z.optional(methodologyShape.areaWeighting),
    aggregation: z.optional(z.partial(z.strictObject(aggregationShape))),
    levels: z.optional(methodologyShape.levels),
    precision: z.optional(methodologyShape.precision),
    missingData: z.optional(z.partial(z.strictObject(missingDataShape))),
    budgetBands: z.optional(methodologyShape.budgetBands),
  });
}

function allZero(weights: readonly number[]): boolean {
  return weights.every((w) => w === 0);
}

/**
 * The rules of a methodology that span fields, checked on a value of the right shape: something
 * to score (areas or dimensions), unique ids, every dimension in a known group and every group
 * with a dimension, weights not all zero, level bands that
 * cover 0–100 in strictly increasing order and are numbered 1..n, budget bands that widen
 * and end with one catch-all.
 * @internal
 */
export function methodologyRuleIssues(m: Methodology): CedsIssue[] {
  const issues: CedsIssue[] = [];
  if (m.areas.length === 0 && m.dimensions.length === 0) {
    issues.push({
      path: [],
      code: 'empty_methodology',
      message: 'A methodology needs at least one service area or one dimension to score',
    });
  }

  indexIds(
    m.areas.map((a) => a.id),
    ['areas'],
    'Area id',
    issues,
  );
  m.areas.forEach((area, index) => {
    const previous = m.areas[index - 1];
    if (previous !== undefined && !(area.order > previous.order)) {
      issues.push({
        path: ['areas', index, 'order'],
        code: 'out_of_order',
        message: `Areas are listed in report order: order ${area.order} must be greater than ${previous.order} of the area before`,
      });
    }
  });

  indexIds(
    m.groups.map((g) => g.id),
    ['groups'],
    'Group id',
    issues,
  );
  const groupIds = new Set(m.groups.map((g) => g.id));
  if (m.groups.length > 0 && allZero(m.groups.map((g) => g.weight))) {
    issues.push({
      path: ['groups'],
      code: 'all_zero_weights',
      message: 'The group weights are all 0; at least one must be above 0',
    });
  }

  indexIds(
    m.dimensions.map((d) => d.id),
    ['dimensions'],
    'Dimension id',
    issues,
  );
  m.dimensions.forEach((dimension, index) => {
    if (!groupIds.has(dimension.group)) {
      issues.push({
        path: ['dimensions', index, 'group'],
        code: 'unknown_group',
        message: `The group ${JSON.stringify(dimension.group)} is not among the methodology's groups`,
      });
    }
  });
  const membersOf = new Map<string, number[]>();
  for (const d of m.dimensions) {
    const list = membersOf.get(d.group);
    if (list === undefined) membersOf.set(d.group, [d.weight]);
    else list.push(d.weight);
  }
  m.groups.forEach((group, index) => {
    const members = membersOf.get(group.id) ?? [];
    if (members.length === 0) {
      issues.push({
        path: ['groups', index],
        code: 'empty_group',
        message: `The group ${JSON.stringify(group.id)} has no dimensions; give it at least one`,
      });
    } else if (allZero(members)) {
      issues.push({
        path: ['dimensions'],
        code: 'all_zero_weights',
        message: `The dimension weights of the group ${JSON.stringify(group.id)} are all 0; at least one must be above 0`,
      });
    }
  });

  const { areaWeights: aw, overallWeights: ow } = m;
  if (allZero([aw.operation, aw.development, aw.utilization])) {
    issues.push({
      path: ['areaWeights'],
      code: 'all_zero_weights',
      message: 'The area weights are all 0; at least one must be above 0',
    });
  }
  // Only the weights of the sides the methodology has count.
  const sides = [...(m.areas.length > 0 ? [ow.services] : []), ...(m.dimensions.length > 0 ? [ow.readiness] : [])];
  if (sides.length > 0 && allZero(sides)) {
    issues.push({
      path: ['overallWeights'],
      code: 'all_zero_weights',
      message: 'The overall weights are all 0; at least one must be above 0',
    });
  }

  for (const issue of levelBandIssues(m.levels)) issues.push(issue);

  indexIds(
    m.budgetBands.map((b) => b.band),
    ['budgetBands'],
    'Budget band',
    issues,
    'band',
  );
  const lastBand = m.budgetBands.length - 1;
  m.budgetBands.forEach((band, index) => {
    const path = ['budgetBands', index, 'maxDeviation'];
    if (band.maxDeviation === null) {
      if (index !== lastBand)
        issues.push({
          path,
          code: 'out_of_order',
          message: 'Only the last budget band may be the catch-all (maxDeviation null)',
        });
      return;
    }
    if (index === lastBand) {
      issues.push({
        path,
        code: 'missing_catch_all',
        message: 'The last budget band must be the catch-all, with maxDeviation null',
      });
    }
    const previous = m.budgetBands[index - 1];
    if (previous !== undefined && previous.maxDeviation !== null && !(band.maxDeviation > previous.maxDeviation)) {
      issues.push({
        path,
        code: 'out_of_order',
        message: `Budget bands widen in strictly increasing order: ${band.maxDeviation} must be greater than ${previous.maxDeviation}`,
      });
    }
  });

  return issues;
}
