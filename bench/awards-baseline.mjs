// The competitor baseline of `judgeAwards` (mean aggregation): what a developer would write by
// hand. zod/mini schemas parse the program and the submissions (strict objects, the same
// fields and ranges), references are checked (judges, entries, criteria, duplicate sheets),
// judges sit out entries of participants from their own country, and in plain floating point:
// judge totals 100 × Σ w·(v − min)/(max − min) / Σ w, the mean over the counting judges, the
// quorum, standard competition ranking per category on the rounded mean and prizes by rank.
// No tie-break chain, diagnostics, explanations, warnings or freezing.

import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1));
const country = z.string().check(z.regex(/^[A-Z]{2}$/));
const bound = z.number().check(z.gte(-1e6), z.lte(1e6));

/** The baseline's program schema (zod/mini). */
export const programSchema = z.strictObject({
  edition: id,
  categories: z.array(z.strictObject({ id, name: id })).check(z.minLength(1)),
  tiers: z.array(z.strictObject({ id, name: id })).check(z.minLength(1)),
  rubric: z.strictObject({
    criteria: z
      .array(z.strictObject({ id, name: id, weight: z.number().check(z.gte(0), z.lte(1e6)), min: bound, max: bound }))
      .check(z.minLength(1)),
  }),
  panel: z
    .array(
      z.strictObject({
        id,
        name: id,
        country,
        position: z.optional(id),
        organization: id,
        organizationCountry: z.optional(country),
      }),
    )
    .check(z.minLength(1)),
  rules: z.optional(
    z.strictObject({
      aggregation: z.optional(
        z.strictObject({ method: z.enum(['mean', 'median', 'trimmed-mean', 'z-score']), trim: z.optional(z.int()) }),
      ),
      quorum: z.optional(z.int().check(z.gte(1))),
    }),
  ),
});

/** The baseline's submissions schema (zod/mini). */
export const submissionsSchema = z.strictObject({
  participants: z.array(
    z.strictObject({
      id,
      name: id,
      kind: z.enum(['city', 'local-government', 'public-organization', 'agency']),
      country,
      membership: z.enum(['member', 'friendship-member', 'non-member']),
      organization: z.optional(id),
    }),
  ),
  entries: z.array(z.strictObject({ id, participantId: id, category: id, title: id })),
  scores: z.array(z.strictObject({ judgeId: id, entryId: id, criterionId: id, value: z.number() })),
});

const round = (x) => Math.round(x * 100) / 100;

/** Parse, check, and judge with the mean: the whole competitor. */
export function judgeAwardsFloat(rawProgram, rawSubmissions) {
  const p = programSchema.safeParse(rawProgram);
  const s = submissionsSchema.safeParse(rawSubmissions);
  if (!p.success || !s.success) return { success: false };
  const program = p.data;
  const { participants, entries, scores } = s.data;
  const criteria = program.rubric.criteria;
  const J = program.panel.length;
  const C = criteria.length;
  const judgeIndex = new Map(program.panel.map((j, i) => [j.id, i]));
  const entryIndex = new Map(entries.map((e, i) => [e.id, i]));
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const participantById = new Map(participants.map((x) => [x.id, x]));
  const values = new Float64Array(entries.length * J * C).fill(Number.NaN);
  for (const score of scores) {
    const j = judgeIndex.get(score.judgeId);
    const e = entryIndex.get(score.entryId);
    const c = criterionIndex.get(score.criterionId);
    if (j === undefined || e === undefined || c === undefined) return { success: false };
    const criterion = criteria[c];
    if (score.value < criterion.min || score.value > criterion.max) return { success: false };
    const cell = (e * J + j) * C + c;
    if (!Number.isNaN(values[cell])) return { success: false };
    values[cell] = score.value;
  }
  const weightSum = criteria.reduce((sum, c) => sum + c.weight, 0);
  const quorum = program.rules?.quorum ?? Math.min(3, J);
  const judged = entries.map((entry, e) => {
    const participant = participantById.get(entry.participantId);
    const totals = [];
    for (let j = 0; j < J; j += 1) {
      if (program.panel[j].country === participant.country) continue;
      let sum = 0;
      let complete = true;
      for (let c = 0; c < C; c += 1) {
        const v = values[(e * J + j) * C + c];
        if (Number.isNaN(v)) complete = false;
        else sum += (criteria[c].weight * (v - criteria[c].min)) / (criteria[c].max - criteria[c].min);
      }
      if (complete) totals.push((100 * sum) / weightSum);
    }
    const aggregate = totals.length === 0 ? null : round(totals.reduce((a, b) => a + b, 0) / totals.length);
    return {
      entryId: entry.id,
      participantId: entry.participantId,
      category: entry.category,
      counted: totals.length,
      aggregate,
    };
  });
  const categories = program.categories.map((category) => {
    const ranked = judged
      .filter((r) => r.category === category.id && r.counted >= quorum)
      .sort((a, b) => b.aggregate - a.aggregate || (a.entryId < b.entryId ? -1 : 1));
    const ranking = ranked.map((r, i) => ({
      ...r,
      rank: i > 0 && ranked[i - 1].aggregate === r.aggregate ? 0 : i + 1,
    }));
    for (let i = 1; i < ranking.length; i += 1) if (ranking[i].rank === 0) ranking[i].rank = ranking[i - 1].rank;
    for (const r of ranking) r.prize = program.tiers[r.rank - 1]?.id ?? null;
    return { id: category.id, ranking };
  });
  return { success: true, data: { categories } };
}
