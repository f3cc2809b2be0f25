// The competitor baseline of `assessCity`: what a developer would write by hand without this
// library. An equivalent zod/mini schema parses the same input (strict objects, the same
// ranges, the six indicator kinds, budget amounts), a few cross-field checks run (unique
// service ids, known areas, status versus level), and the same formulas as the default
// methodology are computed in plain floating point (equal weights, arithmetic means, missing
// data excluded with renormalised weights, 50 % minimum coverage), rounded with
// Math.round(x * 100) / 100. No explanations, no coverage, no warnings text, no freezing.
// The bench checks that its overall score agrees with assessCity's within 0.01.

import * as z from 'zod/mini';

const AREAS = ['e-admin', 'e-industry', 'e-city', 'e-info'];
const GROUP_OF = {
  'governance-mechanism': 'internal',
  'policy-institution': 'internal',
  'resource-capacity': 'internal',
  'ict-network': 'external',
  'citizen-readiness': 'external',
  'public-service-infrastructure': 'external',
};
const GROUPS = [
  ['internal', 'Internal'],
  ['external', 'External'],
];
const BANDS = [
  [1, 'Emerging', 0],
  [2, 'Enhanced', 20],
  [3, 'Interactive', 40],
  [4, 'Transactional', 60],
  [5, 'Seamless', 80],
];

const id = z.string().check(z.minLength(1));
const percent = z.number().check(z.gte(0), z.lte(100));
const weight = z.optional(z.number().check(z.gte(0)));
const amount = z.union([z.string().check(z.regex(/^(?:0|[1-9]\d*)(?:\.\d{1,6})?$/)), z.number().check(z.gte(0))]);

const indicatorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    weight,
    kind: z.literal('likert'),
    min: z.optional(z.int()),
    max: z.optional(z.int()),
    value: z.nullable(z.int()),
  }),
  z.strictObject({ id, weight, kind: z.literal('boolean'), value: z.nullable(z.boolean()) }),
  z.strictObject({ id, weight, kind: z.literal('percent'), value: z.nullable(percent) }),
  z.strictObject({
    id,
    weight,
    kind: z.literal('ordinal'),
    scale: z.record(z.string(), percent),
    value: z.nullable(z.union([z.string(), z.number()])),
  }),
  z.strictObject({
    id,
    weight,
    kind: z.literal('numeric'),
    low: z.number(),
    high: z.number(),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    value: z.nullable(z.number()),
  }),
  z.strictObject({ id, weight, kind: z.literal('score'), value: z.nullable(percent) }),
]);

/** The baseline's city input schema (zod/mini). */
export const cityInputSchema = z.strictObject({
  city: z.strictObject({ id, name: id, country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))) }),
  period: z.optional(id),
  services: z.optional(
    z.array(
      z.strictObject({
        id,
        area: id,
        name: z.string(),
        status: z.enum(['operating', 'developing', 'planned', 'absent']),
        level: z.int().check(z.gte(0), z.lte(5)),
        utilization: z.optional(z.nullable(percent)),
        applicable: z.optional(z.boolean()),
      }),
    ),
  ),
  dimensions: z.optional(
    z.array(z.strictObject({ id, indicators: z.optional(z.array(indicatorSchema)), score: z.optional(percent) })),
  ),
  budget: z.optional(
    z.nullable(
      z.strictObject({
        currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
        lines: z.array(
          z.strictObject({
            area: id,
            year: z.optional(z.int()),
            budget: amount,
            spending: amount,
            currency: z.optional(z.string()),
          }),
        ),
      }),
    ),
  ),
});

const round = (x) => Math.round(x * 100) / 100;

function level(score) {
  if (score === null) return null;
  let found = BANDS[0];
  for (const band of BANDS) if (score >= band[2]) found = band;
  return { level: found[0], name: found[1] };
}

/** Weighted mean over [value, weight] pairs with nulls excluded; null below `minShare` coverage. */
function weightedMean(pairs, minShare) {
  let total = 0;
  let present = 0;
  let sum = 0;
  for (const [value, w] of pairs) {
    total += w;
    if (value === null) continue;
    present += w;
    sum += value * w;
  }
  if (present === 0 || present / total < minShare) return null;
  return sum / present;
}

function indicatorScore(i) {
  if (i.value === null) return null;
  switch (i.kind) {
    case 'likert': {
      const min = i.min ?? 1;
      const max = i.max ?? 5;
      return (100 * (i.value - min)) / (max - min);
    }
    case 'boolean':
      return i.value ? 100 : 0;
    case 'percent':
    case 'score':
      return i.value;
    case 'ordinal':
      return Object.hasOwn(i.scale, String(i.value)) ? i.scale[String(i.value)] : null;
    case 'numeric': {
      const raw = Math.min(100, Math.max(0, (100 * (i.value - i.low)) / (i.high - i.low)));
      return i.direction === 'lower-is-better' ? 100 - raw : raw;
    }
  }
}

function ruleIssues(input) {
  const issues = [];
  const seen = new Set();
  (input.services ?? []).forEach((s, i) => {
    if (seen.has(s.id)) issues.push({ path: ['services', i, 'id'], code: 'duplicate_id' });
    seen.add(s.id);
    if (!AREAS.includes(s.area)) issues.push({ path: ['services', i, 'area'], code: 'unknown_area' });
    if ((s.status === 'absent' && s.level !== 0) || (s.status === 'operating' && s.level === 0))
      issues.push({ path: ['services', i, 'level'], code: 'invalid_level' });
    if (s.utilization != null && s.status !== 'operating')
      issues.push({ path: ['services', i, 'utilization'], code: 'utilization_not_operating' });
  });
  return issues;
}

/** The computation alone, on an already parsed input. */
export function scoreFloat(input) {
  const acc = new Map(AREAS.map((a) => [a, { n: 0, operating: 0, levels: 0, reporting: 0, utilization: 0 }]));
  for (const s of input.services ?? []) {
    if (s.applicable === false) continue;
    const a = acc.get(s.area);
    a.n += 1;
    a.levels += s.level;
    if (s.status !== 'operating') continue;
    a.operating += 1;
    if (s.utilization != null) {
      a.reporting += 1;
      a.utilization += s.utilization;
    }
  }
  const areas = AREAS.map((areaId) => {
    const a = acc.get(areaId);
    if (a.n === 0)
      return {
        id: areaId,
        totalServices: 0,
        operationRate: null,
        developmentRate: null,
        utilizationRate: null,
        score: null,
      };
    const operationRate = (100 * a.operating) / a.n;
    const developmentRate = (20 * a.levels) / a.n;
    const utilizationRate = a.reporting === 0 ? null : a.utilization / a.reporting;
    const score = weightedMean(
      [
        [operationRate, 1],
        [developmentRate, 1],
        [utilizationRate, 1],
      ],
      0.5,
    );
    return { id: areaId, totalServices: a.n, operationRate, developmentRate, utilizationRate, score };
  });
  const mean = (pick) =>
    weightedMean(
      areas.map((a) => [pick(a), 1]),
      0,
    );
  const average = {
    totalServices: areas.reduce((sum, a) => sum + a.totalServices, 0),
    operationRate: mean((a) => a.operationRate),
    developmentRate: mean((a) => a.developmentRate),
    utilizationRate: mean((a) => a.utilizationRate),
    score: mean((a) => a.score),
  };
  const given = new Map((input.dimensions ?? []).map((d) => [d.id, d]));
  const dimensions = Object.keys(GROUP_OF).map((dimensionId) => {
    const d = given.get(dimensionId);
    let score = null;
    if (d !== undefined)
      score =
        d.indicators === undefined
          ? (d.score ?? null)
          : weightedMean(
              d.indicators.map((i) => [indicatorScore(i), i.weight ?? 1]),
              0.5,
            );
    return { id: dimensionId, group: GROUP_OF[dimensionId], score };
  });
  const group = (g) =>
    weightedMean(
      dimensions.filter((d) => d.group === g).map((d) => [d.score, 1]),
      0.5,
    );
  const groups = GROUPS.map(([groupId, label]) => ({ id: groupId, label, score: group(groupId) }));
  const readiness = weightedMean(
    groups.map((g) => [g.score, 1]),
    0.5,
  );
  const overall = weightedMean(
    [
      [average.score, 1],
      [readiness, 1],
    ],
    0,
  );
  let budget = null;
  if (input.budget) {
    let b = 0;
    let s = 0;
    for (const line of input.budget.lines) {
      b += Number(line.budget);
      s += Number(line.spending);
    }
    const rate = b === 0 ? null : round((100 * s) / b);
    const deviation = rate === null ? null : Math.abs(rate - 100);
    const band = deviation === null ? null : deviation <= 5 ? 'A' : deviation <= 10 ? 'B' : deviation <= 15 ? 'C' : 'D';
    budget = {
      currency: input.budget.currency,
      total: { budget: b, spending: s, variance: s - b, executionRate: rate, band },
    };
  }
  const withLevel = (x) => (x === null ? { score: null, level: null } : { score: round(x), level: level(round(x)) });
  const rounded = (x) => (x === null ? null : round(x));
  return {
    areas: areas.map((a) => ({
      ...a,
      operationRate: rounded(a.operationRate),
      developmentRate: rounded(a.developmentRate),
      utilizationRate: rounded(a.utilizationRate),
      ...withLevel(a.score),
    })),
    average: {
      ...average,
      operationRate: rounded(average.operationRate),
      developmentRate: rounded(average.developmentRate),
      utilizationRate: rounded(average.utilizationRate),
      ...withLevel(average.score),
    },
    dimensions: dimensions.map((d) => ({ ...d, ...withLevel(d.score) })),
    groups: groups.map((g) => ({ id: g.id, label: g.label, ...withLevel(g.score) })),
    readiness: withLevel(readiness),
    overall: withLevel(overall),
    budget,
  };
}

/** Parse (zod/mini), check the cross-field rules, and compute: the whole competitor. */
export function assessCityFloat(raw) {
  const parsed = cityInputSchema.safeParse(raw);
  if (!parsed.success) return { success: false, issues: parsed.error.issues };
  const issues = ruleIssues(parsed.data);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: scoreFloat(parsed.data) };
}
