import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { issueCodes, warningCodes, type IssueCode, type WarningCode } from '../../src/core/codes.js';
import type { CedsIssue, CedsWarning } from '../../src/core/errors.js';

const docs = join(import.meta.dirname, '..', '..', 'docs');

/** The backticked first cells of the tables whose first column is headed `code`, by section. */
function codeTables(markdown: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  let section = '';
  let inCodeTable = false;
  for (const line of markdown.split('\n')) {
    const heading = /^#+\s+(.*)$/.exec(line);
    if (heading) section = heading[1]!;
    if (/^\|\s*code\s*\|/.test(line)) {
      inCodeTable = true;
      if (!tables.has(section)) tables.set(section, []);
      continue;
    }
    if (!line.startsWith('|')) inCodeTable = false;
    const cell = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    if (inCodeTable && cell) tables.get(section)!.push(cell[1]!);
  }
  return tables;
}

describe('the code catalogues', () => {
  test('have no code twice', () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
    expect(new Set(warningCodes).size).toBe(warningCodes.length);
  });

  test('type the code of every issue and warning, so a misspelled code fails tsc', () => {
    expectTypeOf<CedsIssue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<CedsWarning['code']>().toEqualTypeOf<WarningCode>();
    // @ts-expect-error: not a code of the catalogue
    const misspelled: IssueCode = 'zero_weights';
    expect(issueCodes).not.toContain(misspelled);
  });

  test('are documented one for one in docs/codes.md', () => {
    const tables = codeTables(readFileSync(join(docs, 'codes.md'), 'utf8'));
    expect(tables.get('Issue codes')).toEqual([...issueCodes]);
    expect(tables.get('Warning codes')).toEqual([...warningCodes]);
  });

  test('cover every code named in a code table of any guide', () => {
    const known = new Set<string>([...issueCodes, ...warningCodes]);
    const pages = readdirSync(docs).filter((f) => f.endsWith('.md'));
    const named = pages.flatMap((page) =>
      [...codeTables(readFileSync(join(docs, page), 'utf8')).values()].flat().map((code) => ({ page, code })),
    );
    expect(named.length).toBeGreaterThan(issueCodes.length + warningCodes.length);
    expect(named.filter((n) => !known.has(n.code))).toEqual([]);
  });

  test('name codes the source uses: every library code appears outside the catalogue', () => {
    // The zod shape codes pass through from the schema library; the others are the library's own.
    const passThrough = new Set(['invalid_union', 'invalid_key', 'invalid_element', 'not_multiple_of', 'custom']);
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('codes.ts'),
    );
    const text = files.map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
    const unused = [...issueCodes, ...warningCodes].filter((c) => !passThrough.has(c) && !text.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });
});
