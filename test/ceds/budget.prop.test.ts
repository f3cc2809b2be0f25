import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { Exact } from '../../src/core/decimal.js';
import { computeBudget } from '../../src/ceds/budget.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import type { BudgetLineInput } from '../../src/ceds/types.js';

// Amounts as the schema accepts them: plain strings up to 30 integer digits and 6 decimals,
// or numbers with at most 6 decimals.
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const amountString = fc
  .tuple(
    fc.oneof(
      fc.constant('0'),
      fc.tuple(fc.constantFrom(...'123456789'), digits(0, 29)).map(([h, t]) => h + t),
    ),
    fc.option(digits(1, 6), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
const amountNumber = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 10 ** 8 }).map((n) => n / 100),
);
const amount = fc.oneof(amountString, amountNumber);

const line: fc.Arbitrary<BudgetLineInput> = fc.record(
  {
    area: fc.constantFrom(...defaultMethodology.areas.map((a) => a.id)),
    year: fc.integer({ min: 2010, max: 2016 }),
    budget: amount,
    spending: amount,
  },
  { requiredKeys: ['area', 'budget', 'spending'] },
);
const lines = fc.array(line, { maxLength: 30 });

function run(input: readonly BudgetLineInput[]) {
  return computeBudget({ currency: 'KRW', lines: input }, defaultMethodology);
}

const sum = (values: readonly (string | number)[]) =>
  values.reduce<Exact>((acc, v) => acc.plus(new Exact(v)), new Exact(0));

test.prop([lines])('the variance of every row is spending − budget exactly', (input) => {
  const { summary } = run(input);
  const rows = [summary.total, ...summary.years, ...summary.areas, ...summary.areas.flatMap((a) => a.years)];
  for (const row of rows) {
    expect(new Exact(row.spending).minus(row.budget).eq(row.variance)).toBe(true);
    expect(row.variance).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/);
    expect(row.variance).not.toBe('-0');
  }
});

test.prop([lines])('the total is the exact sum of the lines, of the area rows and of the year rows', (input) => {
  const { summary } = run(input);
  expect(new Exact(summary.total.budget).eq(sum(input.map((l) => l.budget)))).toBe(true);
  expect(new Exact(summary.total.spending).eq(sum(input.map((l) => l.spending)))).toBe(true);
  for (const key of ['budget', 'spending', 'variance'] as const) {
    expect(sum(summary.areas.map((a) => a[key])).eq(summary.total[key])).toBe(true);
    expect(sum(summary.years.map((y) => y[key])).eq(summary.total[key])).toBe(true);
    for (const area of summary.areas) expect(sum(area.years.map((y) => y[key])).eq(area[key])).toBe(true);
  }
});

test.prop([
  lines.chain((input) =>
    fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length })),
  ),
])('the result does not depend on the order of the lines', ([input, shuffled]) => {
  expect(run(shuffled)).toEqual(run(input));
});

test.prop([lines])('a rate exists exactly when the budget is not 0, and then it has a band', (input) => {
  const { summary, warnings } = run(input);
  const rows = [summary.total, ...summary.years, ...summary.areas, ...summary.areas.flatMap((a) => a.years)];
  for (const row of rows) {
    const zero = new Exact(row.budget).isZero();
    expect(row.executionRate === null).toBe(zero);
    expect(row.band === null).toBe(zero);
    if (row.executionRate !== null) {
      expect(Number.isFinite(row.executionRate) && row.executionRate >= 0).toBe(true);
      expect(Object.is(row.executionRate, -0)).toBe(false);
    }
  }
  expect(warnings.length).toBe(rows.filter((r) => r.executionRate === null).length);
});

test.prop([fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 3 * 10 ** 6 })])(
  'the band is the narrowest PEFA band holding the rounded rate',
  (b, s) => {
    const { total } = run([{ area: 'e-admin', budget: b, spending: s }]).summary;
    const deviation = Math.abs(new Exact(total.executionRate!).minus(100).toNumber());
    const expected = deviation <= 5 ? 'A' : deviation <= 10 ? 'B' : deviation <= 15 ? 'C' : 'D';
    expect(total.band).toBe(expected);
  },
);
