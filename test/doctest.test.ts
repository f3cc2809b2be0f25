// Runs every `@example` of the TSDoc comments in src/ as a test.
//
// An example is a ```ts block. Imports must name the package ('wego-ceds', 'wego-ceds/awards',
// 'wego-ceds/svg', 'wego-ceds/schemas'), as a user would write them; they are bound to the
// source entries here. A line `expression; // => expected` asserts that the expression deeply
// equals the expected value, so a wrong value in an example fails the run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const entries: Record<string, () => Promise<Record<string, unknown>>> = {
  'wego-ceds': () => import('../src/index.js'),
  'wego-ceds/awards': () => import('../src/awards.js'),
  'wego-ceds/svg': () => import('../src/svg.js'),
  'wego-ceds/schemas': () => import('../src/schemas.js'),
};

export interface DocExample {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Extracts the ```ts blocks that follow an `@example` tag in doc comments. */
export function extractExamples(file: string, text: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = text.split('\n');
  let inExample = false;
  let block: string[] | null = null;
  let start = 0;
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*?\s*@example\b/.test(raw.replace(/^\s*\*\s?/, ''))) inExample = true;
    else if (/^\s*@\w+/.test(line) || /\*\//.test(raw)) {
      if (block === null) inExample = false;
    }
    if (!inExample) return;
    if (block === null && /^```(ts|typescript)\s*$/.test(line.trim())) {
      block = [];
      start = index + 2;
    } else if (block !== null && line.trim() === '```') {
      out.push({ file, line: start, code: block.join('\n') });
      block = null;
      inExample = false;
    } else if (block !== null) block.push(line);
  });
  return out;
}

const IMPORT = /^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/;
const ASSERT = /^(\s*)(.+?);?\s*\/\/ => (.+)$/;

/** Turns an example into the body of an async function taking `__entries` and `__expect`. */
export function compileExample(code: string): string {
  const body = code
    .split('\n')
    .map((line) => {
      const imp = IMPORT.exec(line);
      if (imp) {
        if (imp[1]) return '';
        const names = imp[2]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
          .filter((n) => !n.startsWith('type '));
        const spec = imp[3]!;
        if (!(spec in entries)) throw new Error(`example imports ${spec}; use a package entry`);
        return `const { ${names.map((n) => n.replace(/\s+as\s+/, ': ')).join(', ')} } = await __entries[${JSON.stringify(spec)}]();`;
      }
      const assertion = ASSERT.exec(line);
      if (assertion) return `${assertion[1]}__expect((${assertion[2]}), (${assertion[3]}));`;
      return line;
    })
    .join('\n');
  return transformSync(body, { loader: 'ts', format: 'esm' }).code;
}

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

const examples = sourceFiles(join(root, 'src')).flatMap((file) =>
  extractExamples(relative(root, file), readFileSync(file, 'utf8')),
);

describe('TSDoc @example blocks', () => {
  test('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  test.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_name, example) => {
    const run = new AsyncFunction('__entries', '__expect', compileExample(example.code));
    let assertions = 0;
    await run(entries, (actual: unknown, expected: unknown) => {
      assertions += 1;
      expect(actual).toEqual(expected);
    });
    // An example that asserts nothing cannot fail: it must show at least one result.
    expect(assertions, 'an example must state at least one `// => value`').toBeGreaterThan(0);
  });
});

// Every value a user can import (functions, classes, constants) is documented with an example.
describe('every runtime export has an @example', () => {
  const sources = sourceFiles(join(root, 'src')).map((file) => readFileSync(file, 'utf8'));
  const documented = (name: string) =>
    sources.some((text) => {
      const at = text.search(new RegExp(`^export (?:const|function|class) ${name}\\b`, 'm'));
      if (at < 0) return false;
      const before = text.slice(0, at);
      const doc = before.slice(before.lastIndexOf('/**'));
      return doc.trimEnd().endsWith('*/') && doc.includes('@example');
    });
  test.each(Object.keys(entries))('%s', async (entry) => {
    const names = Object.keys(await entries[entry]!());
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !documented(name))).toEqual([]);
  });
});
