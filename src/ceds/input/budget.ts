import * as z from 'zod/mini';
import { DECIMAL_STRING, Exact } from '../../core/decimal.js';
import { nonEmptyString } from '../../core/schema-parts.js';

const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_MESSAGE = 'Must be an ISO 4217 currency code of three capital letters, such as "KRW"';

// Limits that keep every sum exact in the 40-digit private context: 30 integer digits and
// 6 decimals make 36 significant digits, leaving room for 10,000 lines at the largest amount.
const MAX_INTEGER_DIGITS = 30;
const MAX_DECIMALS = 6;

function amountProblem(text: string): { code: 'too_big' | 'too_precise'; message: string } | undefined {
  const [whole = '', fraction = ''] = text.split('.');
  if (whole.replace('-', '').length > MAX_INTEGER_DIGITS)
    return { code: 'too_big', message: `Must be below 10^${MAX_INTEGER_DIGITS}` };
  if (fraction.length > MAX_DECIMALS)
    return { code: 'too_precise', message: `Must have at most ${MAX_DECIMALS} decimal places` };
  return undefined;
}

/**
 * A money amount: a plain decimal string (`"1200000.50"`; no sign, exponent, hex or blanks)
 * or a finite number, never negative, below 10^30 and with at most 6 decimal places. Strings
 * are checked before they reach Decimal, which would happily read `"0x10"` or `"1e3"`.
 * @internal
 */
export const amountSchema = /* @__PURE__ */ z
  .union([z.string(), z.number()], {
    error: 'Must be an amount: a plain decimal string such as "1200000.50" or a finite number',
  })
  .check(
    z.superRefine((value, ctx) => {
      if (typeof value === 'string' && !DECIMAL_STRING.test(value)) {
        const message = 'Must be a plain decimal string such as "1200000.50" (no sign, exponent, spaces or hex)';
        ctx.addIssue({ code: 'invalid_format', format: 'decimal', input: value, message });
        return;
      }
      const negative = typeof value === 'string' ? value.startsWith('-') : value < 0;
      if (negative) {
        const message = 'Must not be negative (no minus sign)';
        ctx.addIssue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true, input: value, message });
        return;
      }
      // A number is read through its shortest round-trip string, exactly as the budget reads it.
      const problem = amountProblem(typeof value === 'string' ? value : new Exact(value).toFixed());
      if (problem?.code === 'too_big')
        ctx.addIssue({ code: 'too_big', origin: 'number', maximum: 1e30, input: value, message: problem.message });
      else if (problem !== undefined)
        ctx.addIssue({ code: 'custom', params: { code: problem.code }, input: value, message: problem.message });
    }),
  );

/** One budget line (strict). @internal */
export const budgetLineSchema = /* @__PURE__ */ z.strictObject({
  area: nonEmptyString('An area id'),
  year: z.optional(
    z
      .int({ error: 'Must be a whole fiscal year such as 2014' })
      .check(
        z.gte(1900, { error: 'Must be a fiscal year from 1900 to 2200' }),
        z.lte(2200, { error: 'Must be a fiscal year from 1900 to 2200' }),
      ),
  ),
  budget: amountSchema,
  spending: amountSchema,
  currency: z.optional(z.string().check(z.regex(CURRENCY, { error: CURRENCY_MESSAGE }))),
});

/**
 * Budget vs spending input: a currency and budget lines (see `docs/budget.md`). Strict: unknown keys are
 * errors. Cross-checks that need the methodology (area ids, mixed currencies) live in
 * `budgetIssues`.
 * @internal
 */
export const budgetInputSchema = /* @__PURE__ */ z.strictObject({
  currency: z.string().check(z.regex(CURRENCY, { error: CURRENCY_MESSAGE })),
  lines: z.array(budgetLineSchema),
});
