// Bundle-size budgets of the published build (dist/), as a browser dashboard pays for them:
// esbuild, minified, brotli-compressed. Budgets live in size-budgets.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(repo, 'size-budgets.json'), 'utf8')) as Record<
  string,
  { total: number; library: number }
>;

export async function bundle(
  code: string,
  external: string[] = [],
): Promise<{ bytes: number; text: string; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: code, resolveDir: repo, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  const bytes = brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { bytes, text, metafile: result.metafile };
}

// Imported through the package's own name, so the exports map and dist/ are what is measured.
const cases = {
  assessCity: `import { assessCity } from 'wego-ceds'; globalThis.x = assessCity;`,
  judgeAwards: `import { judgeAwards } from 'wego-ceds/awards'; globalThis.x = judgeAwards;`,
};

describe('bundle size budgets', () => {
  test.each(Object.entries(cases))('%s stays within its budget', async (name, code) => {
    const budget = budgets[name]!;
    const total = await bundle(code);
    const library = await bundle(code, ['zod', 'zod/*', 'decimal.js']);
    console.log(
      `${name}: ${(total.bytes / 1024).toFixed(1)} kB in all, ${(library.bytes / 1024).toFixed(1)} kB of library code (brotli)`,
    );
    expect(total.bytes, `${name} total bytes`).toBeLessThanOrEqual(budget.total);
    expect(library.bytes, `${name} library bytes`).toBeLessThanOrEqual(budget.library);
  });

  test('judgeAwards pulls no CeDS engine code', async () => {
    const { text } = await bundle(cases.judgeAwards, ['zod', 'zod/*', 'decimal.js']);
    for (const marker of ['ceds-deck-2015', 'developmentRate', 'utilizationRate', 'e-industry']) {
      expect(text, marker).not.toContain(marker);
    }
  });

  test('assessCity pulls no awards code', async () => {
    const { text } = await bundle(cases.assessCity, ['zod', 'zod/*', 'decimal.js']);
    for (const marker of ['trimmed-mean', 'z-score', 'recus']) expect(text, marker).not.toContain(marker);
  });
});
