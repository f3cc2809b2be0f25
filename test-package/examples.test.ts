// The TypeScript examples, as a user runs them: type-checked against the built declarations
// (examples/tsconfig.json resolves 'wego-ceds' by the package's own name to dist/), then run
// on Node 20 through scripts/run-example.mjs, which only strips the types. Each example asserts
// its own facts with node:assert and exits non-zero when one fails; here we also read what it
// prints.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assessCity, formatAssessment } from '../src/index.js';
import type { CityAssessmentInput } from '../src/index.js';

const repo = join(import.meta.dirname, '..');
const sample = JSON.parse(readFileSync(join(repo, 'examples', 'sample-city.json'), 'utf8')) as CityAssessmentInput;

/** Runs an example; returns its exit code, stdout and stderr. */
function runExample(name: string, args: string[] = []): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      [join(repo, 'scripts', 'run-example.mjs'), join('examples', name), ...args],
      {
        cwd: repo,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** What each example must print (besides exiting 0 after its own assertions). */
const expectations: Record<string, (stdout: string) => void> = {
  'score-a-city.ts': (out) => {
    expect(out).toContain(formatAssessment(assessCity(sample)));
    expect(out).toContain('How three of the scores were made');
    expect(out).toMatch(/^overall: arithmetic mean, coverage 100 %$/m);
    expect(out).toContain('outsourcing-governance');
    expect(out).toContain('Checked: 4 areas, 110 services, 15 explanations.');
  },
  'compare-editions.ts': (out) => {
    expect(out).toContain('Sample City, 2015 → 2016 (same methodology)\ncomparable: true');
    expect(out).toContain('comparable: false\n  differs at methodology.definition.areaWeights.utilization: 1 → 2');
    expect(out).toMatch(/^ {2}added {4}areas\["e-life"\]$/m);
  },
  'custom-methodology.ts': (out) => {
    expect(out).toContain('Methodology: metro-ceds 2024.1');
    expect(out).toMatch(/^e-Health .*1 Starting/m);
    expect(out).toContain('Rejected definition:\n  areaWeights (all_zero_weights)');
  },
  'other-indices.ts': (out) => {
    expect(out).toContain('A three-component index (egdi-like 1), 2 decimals');
    expect(out).toMatch(/^Southport +70\.05 +77\.60 +71\.72 +73\.12 +High +2$/m);
    expect(out).toMatch(/^Southport +55\.000 .* 50\.000 +B +3$/m);
    expect(out).toContain('Checked: 10 assessments under 2 indices, no warnings.');
  },
  'judge-awards.ts': (out) => {
    expect(out.split('\n')[0]).toBe('Demo e-Government Awards (illustrative)');
    expect(out).toMatch(/^gold {4}vacant$/m);
    expect(out).toMatch(/^j6 {5}e4 {5}declared$/m);
    expect(out).toContain('(conflicted-scores-ignored)');
  },
  'validate-with-schemas.ts': (out) => {
    expect(out).toContain('services.1.area: Unknown area "e-health"');
    expect(out).toContain(
      'JSON Schema: https://wego-ceds.dev/json-schema/city-assessment-input.json\n  the sample city: valid',
    );
    expect(out).toContain('JSON Schema: https://wego-ceds.dev/json-schema/submissions.json');
  },
};

describe('examples/*.ts', () => {
  let scratch = '';
  beforeAll(() => {
    if (!existsSync(join(repo, 'dist', 'index.js')) || !existsSync(join(repo, 'dist', 'json-schema'))) {
      throw new Error('run `npm run build` first: the examples run against dist/');
    }
    scratch = mkdtempSync(join(tmpdir(), 'wego-ceds-examples-'));
  });
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('every example is listed here', () => {
    const files = readdirSync(join(repo, 'examples')).filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
  });

  test('they type-check against the built package', () => {
    let output = '';
    try {
      execFileSync(
        process.execPath,
        [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(repo, 'examples', 'tsconfig.json')],
        {
          cwd: repo,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toBe('');
  }, 120_000);

  test.each(Object.keys(expectations))(
    '%s runs and prints what it should',
    (name) => {
      const { status, stdout, stderr } = runExample(name);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expectations[name]!(stdout);
    },
    60_000,
  );

  test('an example stops loudly on bad input', () => {
    const bad = join(scratch, 'bad-city.json');
    writeFileSync(
      bad,
      JSON.stringify({
        city: { id: 'x', name: 'X' },
        services: [{ id: 's', area: 'e-moon', name: 'S', status: 'planned', level: 0 }],
      }),
    );
    const { status, stderr } = runExample('score-a-city.ts', [bad]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('CedsInputError');
    expect(stderr).toContain('services[0].area');
  });

  test('score-a-city.ts takes any input file', () => {
    const own = join(scratch, 'own-city.json');
    const input: CityAssessmentInput = {
      city: { id: 'own', name: 'Own City' },
      services: [{ id: 's', area: 'e-admin', name: 'S', status: 'operating', level: 3, utilization: 40 }],
    };
    writeFileSync(own, JSON.stringify(input));
    const { status, stdout } = runExample('score-a-city.ts', [own]);
    expect(status).toBe(0);
    expect(stdout).toContain(formatAssessment(assessCity(input)));
  });
});
