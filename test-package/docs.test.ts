// Every ```ts and ```js block of the user guides runs here against the built package, and the
// TypeScript ones are type-checked against its declarations, so the guides cannot drift from the
// code. A line `expression; // => expected` asserts that the expression deeply and strictly
// equals the expected value. Blocks with `import` run as ES modules; the others (the REPL's
// `require`) as CommonJS. They run from the repository root, so 'wego-ceds' resolves to dist/
// through the package's own "exports", and `examples/sample-city.json` is readable.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..');

/** The guides whose code blocks must run. */
export const guides = [
  'getting-started.md',
  'recipes.md',
  'rounding-and-missing-data.md',
  'methodology.md',
  'budget.md',
  'insight.md',
  'other-indices.md',
  'awards.md',
  'codes.md',
];

export interface DocBlock {
  page: string;
  /** 1-based line of the block's first code line. */
  line: number;
  lang: 'ts' | 'js';
  code: string;
  /** For a block that starts `// continued`: the page's first block, run first. */
  prelude?: string;
}

/**
 * The ```ts and ```js blocks of a markdown page. A block whose first line is `// continued`
 * goes on from the page's first block (that block runs first, its results unchecked), so a
 * guide can build one example over several blocks. ```ts sketch blocks
 * (shapes, outlines) are not run.
 */
export function extractBlocks(page: string, markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let current: DocBlock | null = null;
  let setup: DocBlock | null = null;
  markdown.split('\n').forEach((text, index) => {
    if (current === null) {
      const fence = /^```(ts|js)\s*$/.exec(text);
      if (fence) current = { page, line: index + 2, lang: fence[1] as 'ts' | 'js', code: '' };
    } else if (/^```\s*$/.test(text)) {
      if (/^\/\/ continued\b/.test(current.code)) {
        if (setup === null) throw new Error(`${page}:${current.line}: a continued block needs a block before it`);
        current.prelude = setup.code;
      } else setup ??= current;
      blocks.push(current);
      current = null;
    } else {
      current.code += `${text}\n`;
    }
  });
  return blocks;
}

const ASSERT = /^(\s*)(.+?);?\s*\/\/ => (.+)$/;

/** The block as a program: `// =>` lines become strict deep-equality assertions. */
export function compileBlock(block: DocBlock): { code: string; esm: boolean; assertions: number } {
  const esm = /\bimport\b/.test((block.prelude ?? '') + block.code);
  let assertions = 0;
  const body = block.code
    .split('\n')
    .map((text, i) => {
      const m = ASSERT.exec(text);
      if (!m) return text;
      assertions += 1;
      const where = JSON.stringify(`${block.page}:${block.line + i}`);
      return `${m[1]}__assert.deepStrictEqual((${m[2]}), (${m[3]}), ${where});`;
    })
    .join('\n');
  const head = esm
    ? "import __assert from 'node:assert/strict';\n"
    : "const __assert = require('node:assert/strict');\n";
  const code = transformSync(head + (block.prelude ?? '') + body, {
    loader: block.lang,
    format: esm ? 'esm' : 'cjs',
    target: 'node20',
  }).code;
  return { code, esm, assertions };
}

function run(block: DocBlock): void {
  const { code, esm } = compileBlock(block);
  try {
    execFileSync(process.execPath, esm ? ['--input-type=module', '-e', code] : ['-e', code], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`${block.page}:${block.line} failed:\n${stderr ?? String(error)}`);
  }
}

const blocks = guides.flatMap((page) => extractBlocks(page, readFileSync(join(repo, 'docs', page), 'utf8')));

describe('code blocks of the guides', () => {
  beforeAll(() => {
    if (!existsSync(join(repo, 'dist', 'index.js')))
      throw new Error('run `npm run build` first: the guides run against dist/');
  });

  test('every guide has blocks, and most of them state results', () => {
    for (const page of guides) expect(blocks.filter((b) => b.page === page).length, page).toBeGreaterThan(0);
    expect(blocks.filter((b) => compileBlock(b).assertions > 0).length).toBeGreaterThan(blocks.length / 2);
  });

  test("a continued block runs after the page's first block, and a sketch is not run", () => {
    const page = [
      '```ts',
      'const a = 1;',
      '```',
      '```ts sketch',
      'nothing(here);',
      '```',
      '```ts',
      '// continued',
      'a; // => 1',
      '```',
    ].join('\n');
    const [first, second, ...rest] = extractBlocks('self-test', page);
    expect(rest).toEqual([]);
    expect(first!.prelude).toBeUndefined();
    expect(second!.prelude).toBe('const a = 1;\n');
    expect(() => run(second!)).not.toThrow();
  });

  test('a wrong expected value fails the block', () => {
    const wrong: DocBlock = {
      page: 'self-test',
      line: 1,
      lang: 'ts',
      code: "import { levelForScore } from 'wego-ceds';\nlevelForScore(80).level; // => 4\n",
    };
    expect(() => run(wrong)).toThrow(/self-test:1 failed/);
  });

  test.each(blocks.map((b) => [`${b.page}:${b.line}`, b] as const))('%s runs', (_name, block) => {
    run(block);
  });
});

describe('TypeScript blocks of the guides', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wego-ceds-docs-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('type-check against the built declarations', () => {
    // Each file maps its lines back to the guide; a continued block is checked after its prelude.
    const where = new Map<string, (line: number) => string>();
    const files = blocks
      .filter((b) => b.lang === 'ts')
      .map((b) => {
        const name = `${b.page.replace(/\.md$/, '')}-${b.line}.ts`;
        const prelude = b.prelude ?? '';
        const skipped = prelude === '' ? 0 : prelude.split('\n').length - 1;
        writeFileSync(join(dir, name), prelude + b.code);
        where.set(
          name,
          (line) => `docs/${b.page}:${line <= skipped ? `(prelude) ${line}` : b.line + line - skipped - 1}`,
        );
        return name;
      });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: true,
          noEmit: true,
          moduleDetection: 'force',
          types: ['node'],
          typeRoots: [join(repo, 'node_modules', '@types')],
          // The package as an installed project sees it: its published declarations.
          paths: {
            'wego-ceds': [join(repo, 'dist', 'index.d.ts')],
            'wego-ceds/*': [join(repo, 'dist', '*.d.ts')],
          },
        },
        files,
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    // Map the temporary file names back to the guide and line.
    const located = output.replace(/\S*?([a-z-]+-\d+\.ts)\((\d+),\d+\)/g, (m, file: string, line: string) =>
      where.has(file) ? where.get(file)!(Number(line)) : m,
    );
    expect(located).toBe('');
  }, 120_000);
});
