// "Loops, not spread calls" is a lint rule on src/: a spread argument passes every element of an
// array as an argument, and a large enough input overflows the argument limit (a RangeError).
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The repository's own config; only type information is left out, which this syntax rule does
// not use and which would cost seconds to build.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
});

/** How many spread calls lint reports in `body`, planted in a function of a file of src/. */
async function spreadCalls(body: string, filePath = 'src/core/planted.ts'): Promise<number> {
  const code = `export function planted(values: number[], more: number[]): unknown {\n  ${body}\n}\n`;
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((m) => m.fatal === true)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('lint rejects spread calls in src', () => {
  test('Math.max(...values) fails lint', async () => {
    expect(await spreadCalls('return Math.max(...values);')).toBe(1);
  });

  test.each([
    'return Math.min(...values);',
    'values.push(...more); return values;',
    'values.unshift(...more); return values;',
    'return String.fromCharCode(...values);',
    'return new Set(...[values]);',
  ])('%s fails lint', async (body) => {
    expect(await spreadCalls(body)).toBe(1);
  });

  test('the same with a loop passes, and so do array and object spreads', async () => {
    expect(await spreadCalls('let m = -Infinity;\n  for (const v of values) m = Math.max(m, v);\n  return m;')).toBe(0);
    expect(await spreadCalls('return { all: [...values, ...more], ...{ n: values.length } };')).toBe(0);
  });

  test('tests may still spread: the rule guards the published code', async () => {
    expect(await spreadCalls('return Math.max(...values);', 'test/core/planted.test.ts')).toBe(0);
  });
});
