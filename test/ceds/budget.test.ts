import { describe, expect, test } from 'vitest';
import { budgetIssues, computeBudget } from '../../src/ceds/budget.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import { defaultMethodology } from '../../src/ceds/presets.js';
import type { BudgetInput, BudgetLineInput } from '../../src/ceds/types.js';

function budget(lines: BudgetLineInput[], currency = 'KRW'): BudgetInput {
  return { currency, lines };
}

function total(lines: BudgetLineInput[], methodology = defaultMethodology) {
  return computeBudget(budget(lines), methodology).summary.total;
}

describe('computeBudget: worked examples', () => {
  test('the SPEC example: 1,200,000,000 budgeted, 1,130,000,000 spent', () => {
    // variance = 1,130,000,000 − 1,200,000,000 = −70,000,000
    // rate = 100 × 1,130,000,000 / 1,200,000,000 = 94.1666… → 94.17; |94.17 − 100| = 5.83:
    // more than 5 (A), at most 10 → B
    const { summary, warnings } = computeBudget(
      budget([{ area: 'e-admin', year: 2014, budget: '1200000000', spending: '1130000000' }]),
      defaultMethodology,
    );
    const row = {
      budget: '1200000000',
      spending: '1130000000',
      variance: '-70000000',
      executionRate: 94.17,
      band: 'B',
    };
    expect(summary).toEqual({
      currency: 'KRW',
      areas: [{ id: 'e-admin', label: 'e-Admin', ...row, years: [{ year: 2014, ...row }] }],
      years: [{ year: 2014, ...row }],
      total: row,
    });
    expect(warnings).toEqual([]);
  });

  test('a rate of exactly 95.00 is band A (the edge is inclusive)', () => {
    // 100 × 95 / 100 = 95.00; |95 − 100| = 5 ≤ 5 → A
    expect(total([{ area: 'e-admin', budget: '100', spending: '95' }])).toMatchObject({
      executionRate: 95,
      band: 'A',
      variance: '-5',
    });
    // 100 × 105 / 100 = 105.00 → A; 100 × 105.01 / 100 = 105.01 → B
    expect(total([{ area: 'e-admin', budget: '100', spending: '105' }]).band).toBe('A');
    expect(total([{ area: 'e-admin', budget: '100', spending: '105.01' }]).band).toBe('B');
  });

  test('the band is taken on the rounded rate', () => {
    // 100 × 94.995 / 100 = 94.995 → rounds half-up to 95.00 → A (unrounded it would be B)
    expect(total([{ area: 'e-admin', budget: '100', spending: '94.995' }])).toMatchObject({
      executionRate: 95,
      band: 'A',
    });
    // 94.994 → 94.99 → B
    expect(total([{ area: 'e-admin', budget: '100', spending: '94.994' }])).toMatchObject({
      executionRate: 94.99,
      band: 'B',
    });
  });

  test('the PEFA bands: B within 90–110, C within 85–115, D outside', () => {
    const band = (spending: string) => total([{ area: 'e-admin', budget: '100', spending }]).band;
    expect([
      band('90'),
      band('110'),
      band('89.99'),
      band('85'),
      band('115'),
      band('84.99'),
      band('115.01'),
      band('0'),
      band('300'),
    ]).toEqual(['B', 'B', 'C', 'C', 'C', 'D', 'D', 'D', 'D']);
  });

  test('a budget of 0 gives no rate, no band, and a warning at the row', () => {
    const { summary, warnings } = computeBudget(
      budget([{ area: 'e-city', year: 2015, budget: '0', spending: '250' }]),
      defaultMethodology,
    );
    expect(summary.total).toEqual({ budget: '0', spending: '250', variance: '250', executionRate: null, band: null });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['zero-budget', ['budget', 'areas', 0]],
      ['zero-budget', ['budget', 'areas', 0, 'years', 0]],
      ['zero-budget', ['budget', 'years', 0]],
      ['zero-budget', ['budget', 'total']],
    ]);
    expect(warnings[1]?.message).toBe('e-City, year 2015: the budget is 0, so there is no execution rate');
  });

  test('only the rows whose budget is 0 lose their rate', () => {
    const { summary, warnings } = computeBudget(
      budget([
        { area: 'e-admin', year: 2014, budget: '0', spending: '0' },
        { area: 'e-admin', year: 2015, budget: '200', spending: '190' },
      ]),
      defaultMethodology,
    );
    // 2014: 0 / 0 → null. 2015 and the area: 100 × 190 / 200 = 95 → A.
    expect(summary.areas[0]?.years.map((y) => [y.year, y.executionRate, y.band])).toEqual([
      [2014, null, null],
      [2015, 95, 'A'],
    ]);
    expect(summary.areas[0]?.executionRate).toBe(95);
    expect(warnings.map((w) => w.path)).toEqual([
      ['budget', 'areas', 0, 'years', 0],
      ['budget', 'years', 0],
    ]);
  });

  test('0.1 + 0.2 is exactly 0.3, as strings and as numbers', () => {
    const lines: BudgetLineInput[] = [
      { area: 'e-admin', budget: '0.1', spending: 0.1 },
      { area: 'e-admin', budget: '0.2', spending: 0.2 },
    ];
    // In floats 0.1 + 0.2 = 0.30000000000000004; here each number is read as its shortest
    // string, so the sums are exactly 0.3 and the variance exactly 0.
    expect(total(lines)).toEqual({ budget: '0.3', spending: '0.3', variance: '0', executionRate: 100, band: 'A' });
  });

  test('a huge amount stays exact to the last digit', () => {
    const big = '123456789012345678901234567890.12';
    // spending = big + 0.01; variance = 0.01; rate = 100.00000…0000081 → 100 → A
    const row = total([{ area: 'e-info', budget: big, spending: '123456789012345678901234567890.13' }]);
    expect(row).toEqual({
      budget: big,
      spending: '123456789012345678901234567890.13',
      variance: '0.01',
      executionRate: 100,
      band: 'A',
    });
    // Two of them: 246913578024691357802469135780.24, no exponent.
    expect(
      total([
        { area: 'e-info', budget: big, spending: '0' },
        { area: 'e-admin', budget: big, spending: '0' },
      ]).budget,
    ).toBe('246913578024691357802469135780.24');
  });

  test('money never shows an exponent or a minus zero', () => {
    const row = total([{ area: 'e-admin', budget: 1e21, spending: 0.000001 }]);
    // 1e21 is 1 followed by 21 zeros; 0.000001 is printed in full.
    expect(row.budget).toBe('1000000000000000000000');
    expect(row.spending).toBe('0.000001');
    expect(row.variance).toBe('-999999999999999999999.999999');
    expect(total([{ area: 'e-admin', budget: -0, spending: 0 }]).variance).toBe('0');
    expect(Object.is(total([{ area: 'e-admin', budget: 5, spending: 0 }]).executionRate, 0)).toBe(true);
  });

  test('trailing zeros in the input do not change the printed sums', () => {
    expect(total([{ area: 'e-admin', budget: '100.50', spending: '100.500' }])).toMatchObject({
      budget: '100.5',
      spending: '100.5',
      variance: '0',
    });
  });

  test('the rate follows the methodology precision', () => {
    const whole = defineMethodology({ precision: 0 });
    // 100 × 2 / 3 = 66.66… → 67 with 0 decimals, 66.67 with 2
    expect(total([{ area: 'e-admin', budget: '3', spending: '2' }], whole).executionRate).toBe(67);
    expect(total([{ area: 'e-admin', budget: '3', spending: '2' }]).executionRate).toBe(66.67);
  });

  test('the bands follow the methodology', () => {
    const strict = defineMethodology({
      budgetBands: [
        { band: 'on-target', maxDeviation: 1 },
        { band: 'off-target', maxDeviation: null },
      ],
    });
    expect(total([{ area: 'e-admin', budget: '100', spending: '99' }], strict).band).toBe('on-target');
    expect(total([{ area: 'e-admin', budget: '100', spending: '98.99' }], strict).band).toBe('off-target');
  });
});

describe('computeBudget: rows', () => {
  const lines: BudgetLineInput[] = [
    { area: 'e-info', year: 2015, budget: '40', spending: '44' },
    { area: 'e-admin', budget: '5', spending: '5' },
    { area: 'e-admin', year: 2015, budget: '100', spending: '80' },
    { area: 'e-admin', year: 2014, budget: '100', spending: '96' },
    { area: 'e-info', year: 2014, budget: '60', spending: '50' },
    { area: 'e-admin', year: 2014, budget: '20', spending: '24' },
  ];
  const { summary } = computeBudget(budget(lines), defaultMethodology);

  test('areas come in methodology order, only those with lines', () => {
    expect(summary.areas.map((a) => [a.id, a.label])).toEqual([
      ['e-admin', 'e-Admin'],
      ['e-info', 'e-Info'],
    ]);
  });

  test('years ascend within an area, lines without a year last, and lines of a year add up', () => {
    // e-admin 2014: 100 + 20 = 120 budgeted, 96 + 24 = 120 spent → 100 % → A
    // e-admin 2015: 80 / 100 → 80 % → D; no year: 5 / 5 → 100 % → A
    expect(summary.areas[0]?.years).toEqual([
      { year: 2014, budget: '120', spending: '120', variance: '0', executionRate: 100, band: 'A' },
      { year: 2015, budget: '100', spending: '80', variance: '-20', executionRate: 80, band: 'D' },
      { year: null, budget: '5', spending: '5', variance: '0', executionRate: 100, band: 'A' },
    ]);
    // e-admin: 225 budgeted, 205 spent → 91.11 % → B
    expect(summary.areas[0]).toMatchObject({
      budget: '225',
      spending: '205',
      variance: '-20',
      executionRate: 91.11,
      band: 'B',
    });
  });

  test('the year rows add every area', () => {
    // 2014: 120 + 60 = 180 vs 120 + 50 = 170 → 94.44 % → B; 2015: 140 vs 124 → 88.57 % → C
    expect(summary.years).toEqual([
      { year: 2014, budget: '180', spending: '170', variance: '-10', executionRate: 94.44, band: 'B' },
      { year: 2015, budget: '140', spending: '124', variance: '-16', executionRate: 88.57, band: 'C' },
      { year: null, budget: '5', spending: '5', variance: '0', executionRate: 100, band: 'A' },
    ]);
  });

  test('the total adds everything', () => {
    // 325 budgeted, 299 spent → 92 % → B
    expect(summary.total).toEqual({ budget: '325', spending: '299', variance: '-26', executionRate: 92, band: 'B' });
  });

  test('the summary is frozen and survives JSON unchanged', () => {
    expect(Object.isFrozen(summary.areas[0]?.years[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  test('the input is left as it was', () => {
    const input = budget(lines.map((l) => ({ ...l })));
    const before = JSON.stringify(input);
    computeBudget(input, defaultMethodology);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.lines)).toBe(false);
  });

  test('no lines make an empty table with zero totals and one warning', () => {
    const { summary: empty, warnings } = computeBudget(budget([]), defaultMethodology);
    expect(empty).toEqual({
      currency: 'KRW',
      areas: [],
      years: [],
      total: { budget: '0', spending: '0', variance: '0', executionRate: null, band: null },
    });
    expect(warnings.map((w) => w.path)).toEqual([['budget', 'total']]);
  });

  test('lines of an area the methodology does not have are left out of every row', () => {
    const { summary: s } = computeBudget(
      budget([
        { area: 'e-admin', budget: '10', spending: '10' },
        { area: 'e-moon', budget: '90', spending: '0' },
      ]),
      defaultMethodology,
    );
    expect(s.areas.map((a) => a.id)).toEqual(['e-admin']);
    expect(s.total.budget).toBe('10');
  });
});

describe('budgetIssues', () => {
  test('a clean budget has no issues', () => {
    expect(
      budgetIssues(budget([{ area: 'e-admin', budget: 1, spending: 1, currency: 'KRW' }]), defaultMethodology),
    ).toEqual([]);
  });

  test('a line in another currency is an error, not a conversion', () => {
    const issues = budgetIssues(
      budget([
        { area: 'e-admin', budget: 1, spending: 1 },
        { area: 'e-city', budget: 1, spending: 1, currency: 'USD' },
      ]),
      defaultMethodology,
    );
    expect(issues).toEqual([
      {
        path: ['budget', 'lines', 1, 'currency'],
        code: 'mixed_currency',
        message:
          'This line is in USD but the budget is in KRW; amounts in two currencies in one assessment are an error, not a conversion',
      },
    ]);
  });

  test('an area the methodology does not have is named with the ones it has', () => {
    const issues = budgetIssues(budget([{ area: 'e-life', budget: 1, spending: 1 }]), defaultMethodology);
    expect(issues).toEqual([
      {
        path: ['budget', 'lines', 0, 'area'],
        code: 'unknown_area',
        message:
          'Unknown area "e-life"; the methodology "ceds-deck-2015" has "e-admin", "e-industry", "e-city", "e-info"',
      },
    ]);
  });

  test('every problem of every line is listed', () => {
    const issues = budgetIssues(
      budget([
        { area: 'x', budget: 1, spending: 1, currency: 'EUR' },
        { area: 'y', budget: 1, spending: 1 },
      ]),
      defaultMethodology,
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['budget', 'lines', 0, 'area'], 'unknown_area'],
      [['budget', 'lines', 0, 'currency'], 'mixed_currency'],
      [['budget', 'lines', 1, 'area'], 'unknown_area'],
    ]);
  });
});
