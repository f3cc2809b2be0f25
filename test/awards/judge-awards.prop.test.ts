import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { roundFraction } from '../../src/awards/fraction.js';
import {
  judgeAwards,
  type AggregationBasis,
  type AggregationMethod,
  type ScoreScale,
  type AwardProgramDefinition,
  type AwardResults,
  type Score,
  type Submissions,
} from '../../src/awards.js';

interface Scenario {
  program: AwardProgramDefinition;
  submissions: Submissions;
}

const JUDGES = ['ja', 'jb', 'jc', 'jd', 'je', 'jf', 'jg'];

/** A program of integer or half-point scales and a field of entries, with some sheets missing. */
function scenario(
  methods: readonly AggregationMethod[],
  options: {
    complete?: boolean;
    judges?: number;
    by?: readonly AggregationBasis[];
    scales?: readonly ScoreScale[];
    precision?: fc.Arbitrary<number>;
    weight?: fc.Arbitrary<number>;
  } = {},
): fc.Arbitrary<Scenario> {
  return fc
    .record({
      judges: options.judges === undefined ? fc.integer({ min: 3, max: 7 }) : fc.constant(options.judges),
      criteria: fc.array(
        fc.record({
          min: fc.integer({ min: 0, max: 2 }),
          span: fc.integer({ min: 1, max: 10 }),
          weight: options.weight ?? fc.integer({ min: 1, max: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      entries: fc.integer({ min: 3, max: 8 }),
      method: fc.constantFrom(...methods),
      trim: fc.integer({ min: 1, max: 2 }),
      by: fc.constantFrom(...(options.by ?? ['judge'])),
      scale: fc.constantFrom(...(options.scales ?? ['percent'])),
      precision: options.precision ?? fc.constant(2),
      seed: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })),
    })
    .map(({ judges, criteria, entries, method, trim, by, scale, precision, seed }) => {
      const next = (() => {
        const it = seed[Symbol.iterator]();
        return () => it.next().value as number;
      })();
      const panel = JUDGES.slice(0, judges).map((id, i) => ({
        id,
        name: id,
        country: i === 0 ? 'XX' : `Q${String.fromCharCode(65 + i)}`,
        organization: `org-${id}`,
      }));
      const rubric = {
        criteria: criteria.map((c, i) => ({
          id: `c${i}`,
          name: `C${i}`,
          weight: c.weight,
          min: c.min,
          max: c.min + c.span,
        })),
      };
      const program: AwardProgramDefinition = {
        edition: 'Property',
        categories: [
          { id: 'one', name: 'One' },
          { id: 'two', name: 'Two' },
        ],
        tiers: [
          { id: 't1', name: 'T1' },
          { id: 't2', name: 'T2' },
          { id: 't3', name: 'T3' },
        ],
        rubric,
        panel,
        rules: {
          aggregation: {
            method,
            ...(method === 'trimmed-mean' ? { trim } : {}),
            // z-score aggregates by judge only.
            ...(method === 'z-score' ? {} : { by }),
          },
          quorum: 2,
          tieBreak: ['median', 'mean', { criteria: rubric.criteria.slice(0, 1).map((c) => c.id) }],
          scale,
          precision,
        },
      };
      const participants = Array.from({ length: entries }, (_, e) => ({
        id: `p${e}`,
        name: `P${e}`,
        kind: 'city' as const,
        country: e % 4 === 0 ? 'XX' : 'ZZ',
        membership: 'member' as const,
      }));
      const entryList = participants.map((p, e) => ({
        id: `e${e}`,
        participantId: p.id,
        category: e % 3 === 0 ? 'two' : 'one',
        title: `E${e}`,
      }));
      const scores: Score[] = [];
      for (const entry of entryList) {
        for (const judge of panel) {
          if (!options.complete && next() < 0.15) continue;
          for (const c of rubric.criteria) {
            const steps = (c.max - c.min) * 2;
            scores.push({
              judgeId: judge.id,
              entryId: entry.id,
              criterionId: c.id,
              value: c.min + Math.floor(next() * (steps + 1)) / 2,
            });
          }
        }
      }
      return { program, submissions: { participants, entries: entryList, scores } };
    });
}

/** Both aggregation bases and both scales. */
const EVERY_MODE = { by: ['judge', 'criterion'], scales: ['percent', 'points'] } as const;

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length]! + i * 1e-9 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

function lines(results: AwardResults) {
  return results.categories.flatMap((c) => c.ranking);
}

describe('judgeAwards invariants', () => {
  test.prop([scenario(['mean', 'median', 'trimmed-mean'], { scales: ['percent', 'points'] })])(
    'by judge, an aggregate lies between the smallest and largest counted judge total',
    ({ program, submissions }) => {
      for (const line of lines(judgeAwards(program, submissions))) {
        if (line.aggregate === null) continue;
        const totals = line.totals.map((t) => t.total);
        expect(line.aggregate).toBeGreaterThanOrEqual(Math.min(...totals));
        expect(line.aggregate).toBeLessThanOrEqual(Math.max(...totals));
      }
    },
  );

  test.prop([
    scenario(['mean', 'median', 'trimmed-mean', 'z-score'], EVERY_MODE),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }),
  ])('results do not depend on the order of scores, entries or participants', ({ program, submissions }, keys) => {
    const reordered: Submissions = {
      participants: shuffled(submissions.participants, keys),
      entries: shuffled(submissions.entries, [...keys].reverse()),
      scores: shuffled(submissions.scores, keys),
    };
    expect(judgeAwards(program, reordered)).toEqual(judgeAwards(program, submissions));
  });

  test.prop([
    scenario(['mean', 'median', 'trimmed-mean', 'z-score'], EVERY_MODE),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }),
  ])(
    'results do not depend on the order of the judges on the panel (up to listing order)',
    ({ program, submissions }, keys) => {
      const normalise = (r: AwardResults) => ({
        ...r,
        categories: r.categories.map((c) => ({
          ...c,
          ranking: c.ranking.map((l) => ({
            ...l,
            judges: Object.fromEntries(Object.entries(l.judges).map(([k, v]) => [k, [...v].sort()])),
            totals: [...l.totals].sort((a, b) => a.judgeId.localeCompare(b.judgeId)),
            criteria: l.criteria.map((c) => ({
              ...c,
              marks: [...c.marks].sort((a, b) => a.judgeId.localeCompare(b.judgeId)),
              judges: { counted: [...c.judges.counted].sort(), trimmed: [...c.judges.trimmed].sort() },
            })),
          })),
        })),
        judges: [...r.judges].sort((a, b) => a.judgeId.localeCompare(b.judgeId)),
        recusals: [...r.recusals].sort(
          (a, b) => a.judgeId.localeCompare(b.judgeId) || a.entryId.localeCompare(b.entryId),
        ),
        warnings: [...r.warnings].sort((a, b) => a.message.localeCompare(b.message)),
      });
      const reordered = { ...program, panel: shuffled(program.panel, keys) };
      expect(normalise(judgeAwards(reordered, submissions))).toEqual(normalise(judgeAwards(program, submissions)));
    },
  );

  // The precondition (every judge standardized on their own totals) rejects many candidates, so
  // this property keeps 100 runs even under CI, where 300 took minutes on a loaded machine.
  test.prop(
    [scenario(['z-score'], { complete: true }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 4 })],
    { numRuns: 100 },
  )(
    'under z-score, adding a constant to every score of one judge changes no standardised score and no order',
    ({ program, submissions }, pick, halfPoints) => {
      const judgeId = program.panel[pick % program.panel.length]!.id;
      const criteria = new Map(program.rubric.criteria.map((c) => [c.id, c]));
      // The shift must keep every score of that judge on the scale: squeeze the judge's scores
      // into [min, max − shift] first, then compare the squeezed run with the shifted one.
      const shift = Math.min(halfPoints / 2, ...program.rubric.criteria.map((c) => (c.max - c.min) / 2));
      const squeezed = submissions.scores.map((s) => {
        if (s.judgeId !== judgeId) return s;
        const c = criteria.get(s.criterionId)!;
        return { ...s, value: Math.min(s.value, c.max - shift) };
      });
      const before = judgeAwards(program, { ...submissions, scores: squeezed });
      const after = judgeAwards(program, {
        ...submissions,
        scores: squeezed.map((s) => (s.judgeId === judgeId ? { ...s, value: s.value + shift } : s)),
      });
      fc.pre(before.judges.every((j) => j.standardization === 'own'));
      const z = (r: AwardResults) =>
        lines(r)
          .map((l) => [l.entryId, l.standardScore])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(z(after)).toEqual(z(before));
      // The aggregates move by one increasing affine map (then clamp to 0–100), so no two entries swap places.
      const a = new Map(lines(after).map((l) => [l.entryId, l.aggregate!]));
      for (const x of lines(before))
        for (const y of lines(before)) {
          if (x.standardScore! > y.standardScore!) expect(a.get(x.entryId)!).toBeGreaterThanOrEqual(a.get(y.entryId)!);
        }
    },
  );

  test.prop([
    scenario(['mean', 'median', 'trimmed-mean', 'z-score'], EVERY_MODE),
    fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
  ])('the scores of a conflicted judge never change any result', ({ program, submissions }, noise) => {
    // Judge ja (country XX) sits out every entry of a participant from XX.
    const conflicted = new Set(submissions.participants.filter((p) => p.country === 'XX').map((p) => p.id));
    const entries = new Set(submissions.entries.filter((e) => conflicted.has(e.participantId)).map((e) => e.id));
    const criteria = new Map(program.rubric.criteria.map((c) => [c.id, c]));
    let i = 0;
    const scrambled = submissions.scores.map((s) => {
      if (s.judgeId !== 'ja' || !entries.has(s.entryId)) return s;
      const c = criteria.get(s.criterionId)!;
      return { ...s, value: c.min + (noise[i++ % noise.length]! % (c.max - c.min + 1)) };
    });
    expect(judgeAwards(program, { ...submissions, scores: scrambled })).toEqual(judgeAwards(program, submissions));
  });

  test.prop([
    scenario(['mean', 'median', 'trimmed-mean'], { ...EVERY_MODE, complete: true }),
    fc.nat(),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])("raising one score never lowers that entry's aggregate", ({ program, submissions }, index, fraction) => {
    const at = index % submissions.scores.length;
    const score = submissions.scores[at]!;
    const c = program.rubric.criteria.find((x) => x.id === score.criterionId)!;
    const raised = score.value + Math.floor((c.max - score.value) * fraction * 2) / 2;
    const scores = submissions.scores.map((s, i) => (i === at ? { ...s, value: raised } : s));
    const of = (r: AwardResults) => lines(r).find((l) => l.entryId === score.entryId)!.aggregate!;
    expect(of(judgeAwards(program, { ...submissions, scores }))).toBeGreaterThanOrEqual(
      of(judgeAwards(program, submissions)),
    );
  });

  test.prop([scenario(['mean', 'median', 'trimmed-mean', 'z-score'], EVERY_MODE)])(
    'results are JSON round-trippable and hold no NaN or -0',
    ({ program, submissions }) => {
      const results = judgeAwards(program, submissions);
      const text = JSON.stringify(results);
      expect(JSON.parse(text)).toEqual(results);
      expect(text).not.toMatch(/NaN|Infinity|-0(?![.\d])/);
    },
  );
});

describe('exact rounding of fractions', () => {
  test.prop([
    fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
    fc.bigInt({ min: 1n, max: 10n ** 12n }),
    fc.integer({ min: 0, max: 6 }),
  ])('roundFraction rounds n / d half-up away from zero, like a bigint reference', (n, d, precision) => {
    const scale = 10n ** BigInt(precision);
    const magnitude = n < 0n ? -n : n;
    const reference = (2n * magnitude * scale + d) / (2n * d);
    const expected = Number(reference) / Number(scale);
    const actual = roundFraction(n, d, precision);
    expect(actual).toBe(n < 0n && reference !== 0n ? -expected : expected);
    expect(Object.is(actual, -0)).toBe(false);
  });
});

/** The scenario with its first criterion alone, on `span` (or its own range) and of `weight` (or its own). */
function oneCriterion(s: Scenario, change: { weight?: number; span?: number } = {}): Scenario {
  const c = s.program.rubric.criteria[0]!;
  const criterion = {
    ...c,
    weight: change.weight ?? c.weight,
    max: change.span === undefined ? c.max : c.min + change.span,
  };
  return {
    program: { ...s.program, rubric: { criteria: [criterion] } },
    submissions: { ...s.submissions, scores: s.submissions.scores.filter((x) => x.criterionId === c.id) },
  };
}

/** The scenario judged by `by`, without tie-breaks (by judge, a `{ criteria }` key reads the unrounded mean). */
function withBasis(s: Scenario, by: AggregationBasis): Scenario {
  const rules = s.program.rules!;
  return {
    ...s,
    program: { ...s.program, rules: { ...rules, tieBreak: [], aggregation: { ...rules.aggregation!, by } } },
  };
}

/** What judging by judge and by criterion share for an entry: all but the criterion lines. */
function shared(results: AwardResults) {
  return lines(results).map(({ criteria: _criteria, ...line }) => ({
    ...line,
    judges: { ...line.judges, trimmed: [...line.judges.trimmed].sort() },
  }));
}

const exactPanelMark = fc.integer({ min: 2, max: 6 });

describe('judging by criterion', () => {
  // With one criterion the two bases aggregate the same marks; they agree whenever rounding the
  // panel mark first loses nothing the aggregate shows.
  test.prop([
    scenario(['mean', 'median', 'trimmed-mean'], { scales: ['points'], precision: fc.integer({ min: 0, max: 4 }) }),
  ])('with one criterion of weight 1 under points, by criterion equals by judge', (s) => {
    const one = oneCriterion(s, { weight: 1 });
    expect(shared(judgeAwards(withBasis(one, 'criterion').program, one.submissions))).toEqual(
      shared(judgeAwards(withBasis(one, 'judge').program, one.submissions)),
    );
  });

  test.prop([scenario(['mean', 'median', 'trimmed-mean'], { precision: fc.integer({ min: 0, max: 4 }) })])(
    'with one criterion on a scale 100 wide under percent, by criterion equals by judge',
    (s) => {
      const one = oneCriterion(s, { span: 100 });
      expect(shared(judgeAwards(withBasis(one, 'criterion').program, one.submissions))).toEqual(
        shared(judgeAwards(withBasis(one, 'judge').program, one.submissions)),
      );
    },
  );

  test.prop([scenario(['median'], { scales: ['percent', 'points'], precision: exactPanelMark })])(
    'with one criterion, when the panel mark is exact (the median of half points, 2+ decimals), by criterion equals by judge on any scale and weight',
    (s) => {
      const one = oneCriterion(s);
      expect(shared(judgeAwards(withBasis(one, 'criterion').program, one.submissions))).toEqual(
        shared(judgeAwards(withBasis(one, 'judge').program, one.submissions)),
      );
    },
  );

  test.prop([
    scenario(['mean', 'median', 'trimmed-mean'], {
      by: ['criterion'],
      scales: ['points'],
      precision: fc.integer({ min: 0, max: 4 }),
      weight: fc.constantFrom(0.25, 0.5, 0.8, 1, 1.5, 1.6, 2, 3.33),
    }),
  ])(
    'under points, each line is round(weight × panel mark), half-up and exact, and the printed lines add up to the aggregate',
    ({ program, submissions }) => {
      const results = judgeAwards(program, submissions);
      const p = results.precision;
      const units = (x: number, decimals: number) => BigInt(Math.round(x * 10 ** decimals));
      for (const line of lines(results)) {
        if (line.aggregate === null) continue;
        let sum = 0n;
        for (const c of line.criteria) {
          // weight × mark in units of 10^-(p + 2): the weights have at most 2 decimals.
          const product = units(c.weight, 2) * units(c.panelMark, p);
          expect(units(c.points, p)).toBe((product + 50n) / 100n);
          sum += units(c.points, p);
        }
        expect(units(line.aggregate, p)).toBe(sum);
      }
    },
  );

  test.prop([scenario(['mean', 'median', 'trimmed-mean'], { by: ['criterion'], scales: ['percent', 'points'] })])(
    "a criterion's panel mark lies between its lowest and highest counted mark; trimming drops 2·trim marks, or falls back to the median and says so",
    ({ program, submissions }) => {
      const results = judgeAwards(program, submissions);
      const { method, trim } = results.aggregation;
      const fallbacks = new Set(
        results.warnings.filter((w) => w.code === 'trimmed-mean-fallback').map((w) => w.path[1]),
      );
      for (const line of lines(results)) {
        const n = line.judges.counted.length;
        const falls = method === 'trimmed-mean' && n > 0 && n <= 2 * trim;
        expect(line.fallback).toBe(falls ? 'median' : null);
        expect(fallbacks.has(line.entryId)).toBe(falls);
        for (const c of line.criteria) {
          const marks = c.marks.map((m) => m.mark).sort((a, b) => a - b);
          expect(c.panelMark).toBeGreaterThanOrEqual(marks[0]!);
          expect(c.panelMark).toBeLessThanOrEqual(marks.at(-1)!);
          expect(c.judges.counted).toEqual(line.judges.counted);
          expect(c.judges.trimmed).toHaveLength(method === 'trimmed-mean' && !falls ? 2 * trim : 0);
          if (falls) {
            const mid = marks.length >> 1;
            const median = marks.length % 2 === 1 ? marks[mid]! : (marks[mid - 1]! + marks[mid]!) / 2;
            expect(c.panelMark).toBe(roundFraction(BigInt(median * 4), 4n, results.precision));
          }
        }
      }
    },
  );

  test.prop([scenario(['mean', 'median', 'trimmed-mean', 'z-score'], { scales: ['percent', 'points'] })])(
    "by judge, the criterion lines are the panel means: their points add up to the entry's mean, up to their rounding",
    ({ program, submissions }) => {
      const results = judgeAwards(program, submissions);
      const unit = 10 ** -results.precision;
      for (const line of lines(results)) {
        if (line.mean === null) {
          expect(line.criteria).toEqual([]);
          continue;
        }
        const sum = line.criteria.reduce((total, c) => total + c.points, 0);
        expect(Math.abs(sum - line.mean)).toBeLessThanOrEqual(unit * (line.criteria.length + 1) * 0.5 + 1e-9);
      }
    },
  );
});
