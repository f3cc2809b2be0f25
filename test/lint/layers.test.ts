// The layering of src/ is a lint rule, not a convention: imports point down
// (core ← ceds, awards ← format ← svg; schemas on top of the domains). A planted upward import
// must fail lint, and the same file with a downward import must pass.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The repository's own config, without type information (this import rule does not use it).
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((m) => m.fatal === true)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  test.each([
    [
      'a domain importing the public schemas adapter',
      'src/ceds/assess.ts',
      "import { toJsonSchema } from '../schemas/json-schema.js';",
    ],
    [
      'an input schema importing the adapter',
      'src/ceds/input/city-input.ts',
      "import { toJsonSchema } from '../../schemas/json-schema.js';",
    ],
    ['the core importing a domain', 'src/core/round.ts', "import { assessCity } from '../ceds/assess.js';"],
    ['one domain importing the other', 'src/awards/prizes.ts', "import { assessCity } from '../ceds/assess.js';"],
    [
      'a domain importing presentation',
      'src/ceds/assess.ts',
      "import { formatAssessment } from '../format/assessment.js';",
    ],
    [
      'text reports importing charts',
      'src/format/assessment.ts',
      "import { renderAreaChart } from '../svg/area-chart.js';",
    ],
    ['a module importing an entry file', 'src/svg/area-chart.ts', "import { assessCity } from '../index.js';"],
  ])('rejects %s', async (_name, filePath, line) => {
    const messages = await restrictedImports(
      filePath,
      `${line}\nexport const planted = [${/\{ (\w+) \}/.exec(line)![1]}];\n`,
    );
    expect(messages).toHaveLength(1);
  });

  test.each([
    ['a domain importing the core', 'src/ceds/assess.ts', "import { roundScore } from '../core/round.js';"],
    ['the adapter importing a domain', 'src/schemas/validators.ts', "import { assessCity } from '../ceds/assess.js';"],
    [
      'charts importing text helpers and scores',
      'src/svg/area-chart.ts',
      "import { assessCity } from '../ceds/assess.js';",
    ],
  ])('accepts %s', async (_name, filePath, line) => {
    const messages = await restrictedImports(
      filePath,
      `${line}\nexport const planted = [${/\{ (\w+) \}/.exec(line)![1]}];\n`,
    );
    expect(messages).toEqual([]);
  });
});
