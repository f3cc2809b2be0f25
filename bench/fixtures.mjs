// Inputs for the bench: the 110-service sample city, generated cities of any size, and an
// award judging of any size. Generated data comes from a seeded generator, so every run
// measures the same inputs.

import { readFileSync } from 'node:fs';

/** The 110-service, 90-indicator sample city of examples/. */
export const sampleCity = JSON.parse(readFileSync(new URL('../examples/sample-city.json', import.meta.url), 'utf8'));

/** A seeded generator of floats in [0, 1) (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['e-admin', 'e-industry', 'e-city', 'e-info'];
const DIMENSIONS = [
  'governance-mechanism',
  'policy-institution',
  'resource-capacity',
  'ict-network',
  'citizen-readiness',
  'public-service-infrastructure',
];

function service(next, i) {
  const r = next();
  const area = AREAS[i % AREAS.length];
  const id = `${area}.service-${i}`;
  if (r < 0.55) {
    const level = 1 + Math.floor(next() * 5);
    const reports = next() < 0.9;
    return {
      id,
      area,
      name: `Service ${i}`,
      status: 'operating',
      level,
      ...(reports ? { utilization: Math.round(next() * 1000) / 10 } : {}),
    };
  }
  if (r < 0.8) return { id, area, name: `Service ${i}`, status: 'developing', level: Math.floor(next() * 4) };
  if (r < 0.93) return { id, area, name: `Service ${i}`, status: 'planned', level: 0 };
  return { id, area, name: `Service ${i}`, status: 'absent', level: 0 };
}

function indicator(next, i) {
  const id = `indicator-${i}`;
  switch (i % 6) {
    case 0:
      return { id, kind: 'likert', value: 1 + Math.floor(next() * 5), ...(next() < 0.3 ? { weight: 2 } : {}) };
    case 1:
      return { id, kind: 'boolean', value: next() < 0.6 };
    case 2:
      return { id, kind: 'percent', value: Math.round(next() * 1000) / 10 };
    case 3:
      return {
        id,
        kind: 'ordinal',
        scale: { 0: 0, 1: 33.33, 2: 66.67, 3: 100 },
        value: String(Math.floor(next() * 4)),
      };
    case 4:
      return {
        id,
        kind: 'numeric',
        low: 0,
        high: 500,
        direction: next() < 0.5 ? 'higher-is-better' : 'lower-is-better',
        value: Math.round(next() * 6000) / 10,
      };
    default:
      return { id, kind: 'score', value: Math.round(next() * 10000) / 100 };
  }
}

/**
 * A valid city input with `services` services over the four default areas and
 * `indicatorsPerDimension` indicators in each of the six dimensions, plus a budget line per area.
 */
export function generateCity(seed, { services = 110, indicatorsPerDimension = 15, budget = true } = {}) {
  const next = random(seed);
  return {
    city: { id: `city-${seed}`, name: `City ${seed}` },
    period: '2015',
    services: Array.from({ length: services }, (_, i) => service(next, i)),
    dimensions: DIMENSIONS.map((id) => ({
      id,
      indicators: Array.from({ length: indicatorsPerDimension }, (_, i) => indicator(next, i)),
    })),
    ...(budget
      ? {
          budget: {
            currency: 'USD',
            lines: AREAS.map((area) => ({
              area,
              year: 2014,
              budget: String(1_000_000 + Math.floor(next() * 4_000_000)),
              spending: (Math.floor(next() * 500_000_000) / 100).toFixed(2),
            })),
          },
        }
      : {}),
  };
}

const COUNTRIES = [
  'AR',
  'BR',
  'CL',
  'DE',
  'EG',
  'FI',
  'GH',
  'HU',
  'ID',
  'JP',
  'KE',
  'LT',
  'MX',
  'NG',
  'OM',
  'PE',
  'QA',
  'RW',
  'SN',
  'TH',
];

/**
 * An award judging: five categories, three tiers, `criteria` criteria on 0–10 with weights 1–3,
 * `judges` judges (from the first countries of the list), `entries` entries from entries / 2
 * participants (two each, as the WeGO rules allow), every judge scoring every criterion of
 * every entry with one decimal. Some participants share a judge's country, so recusals happen.
 */
export function generateAwards(seed, { entries = 300, judges = 7, criteria = 5 } = {}) {
  const next = random(seed);
  const categories = ['services', 'efficiency', 'open-city', 'urban-management', 'digital-divide'].map((id) => ({
    id,
    name: id,
  }));
  const program = {
    edition: 'Bench edition',
    categories,
    tiers: [
      { id: 'best', name: 'Best' },
      { id: 'outstanding', name: 'Outstanding' },
      { id: 'promising', name: 'Most Promising' },
    ],
    rubric: {
      criteria: Array.from({ length: criteria }, (_, c) => ({
        id: `c${c + 1}`,
        name: `Criterion ${c + 1}`,
        weight: 1 + (c % 3),
        min: 0,
        max: 10,
      })),
    },
    panel: Array.from({ length: judges }, (_, j) => ({
      id: `j${j + 1}`,
      name: `Judge ${j + 1}`,
      country: COUNTRIES[j],
      organization: `Organisation ${j + 1}`,
    })),
    rules: { aggregation: { method: 'mean' }, quorum: 3 },
  };
  const participants = Array.from({ length: Math.ceil(entries / 2) }, (_, p) => ({
    id: `p${p + 1}`,
    name: `City ${p + 1}`,
    kind: 'city',
    country: COUNTRIES[p % COUNTRIES.length],
    membership: p % 3 === 0 ? 'non-member' : 'member',
  }));
  const entryList = Array.from({ length: entries }, (_, e) => ({
    id: `e${e + 1}`,
    participantId: `p${(e >> 1) + 1}`,
    category: categories[e % categories.length].id,
    title: `Project ${e + 1}`,
  }));
  const scores = [];
  for (const entry of entryList) {
    for (const judge of program.panel) {
      for (const criterion of program.rubric.criteria) {
        scores.push({
          judgeId: judge.id,
          entryId: entry.id,
          criterionId: criterion.id,
          value: Math.round(next() * 100) / 10,
        });
      }
    }
  }
  return { program, submissions: { participants, entries: entryList, scores } };
}
