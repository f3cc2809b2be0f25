// The packed tarball as a user gets it: installed into a throwaway project, then loaded by
// require() and import under Node 20 and Node 22, type-checked by a TypeScript consumer under
// node16 and bundler resolution, and bundled for the browser with esbuild.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..');
let project = '';
const nodes: Record<string, string> = { 'node 20': process.execPath };

function run(cmd: string, args: string[], cwd = project): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'wego-ceds-consumer-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], repo)) as {
    filename: string;
  }[];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${packed[0]!.filename}`]);
  // A Node 22 binary from the npm package of the same name, for the version matrix.
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', 'node@22']);
  nodes['node 22'] = join(project, 'node_modules', 'node', 'bin', 'node');
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const sample = () => JSON.stringify(JSON.parse(readFileSync(join(repo, 'examples', 'sample-city.json'), 'utf8')));

describe.each(Object.keys({ 'node 20': 1, 'node 22': 1 }))('%s', (name) => {
  const node = (args: string[]) => run(nodes[name]!, args);

  test('runs the expected Node version', () => {
    expect(node(['--version']).trim()).toMatch(name === 'node 20' ? /^v20\./ : /^v22\./);
  });

  test('require() loads every entry', () => {
    const out = node([
      '-e',
      `const c = require('wego-ceds'); const a = require('wego-ceds/awards'); const s = require('wego-ceds/svg'); const v = require('wego-ceds/schemas');
       console.log(JSON.stringify([typeof c.assessCity, typeof c.levelForScore, typeof a.judgeAwards, typeof s.renderAreaChart, Object.keys(v).length > 0, require('wego-ceds/package.json').name]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['function', 'function', 'function', 'function', true, 'wego-ceds']);
  });

  test('import loads every entry', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `const c = await import('wego-ceds'); const a = await import('wego-ceds/awards'); const s = await import('wego-ceds/svg'); const v = await import('wego-ceds/schemas');
       console.log(JSON.stringify([typeof c.assessCity, typeof c.levelForScore, typeof a.judgeAwards, typeof s.renderAreaChart, Object.keys(v).length > 0]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['function', 'function', 'function', 'function', true]);
  });

  test('an error made by the CJS build is instanceof the ESM build\u2019s CedsInputError', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { CedsInputError, levelForScore } from 'wego-ceds';
       const cjs = createRequire(process.cwd() + '/')('wego-ceds');
       let fromCjs; try { cjs.levelForScore(101); } catch (e) { fromCjs = e; }
       let fromEsm; try { levelForScore(-1); } catch (e) { fromEsm = e; }
       console.log(JSON.stringify([cjs.CedsInputError !== CedsInputError, fromCjs instanceof CedsInputError, fromEsm instanceof cjs.CedsInputError, new Error('x') instanceof CedsInputError]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, true, true, false]);
  });

  test('a REPL session scores the sample with require and with await import', () => {
    const json = sample();
    const cjs = node([
      '-e',
      `const c = require('wego-ceds'); const a = c.assessCity(${json}); console.log(JSON.stringify(a.overall));`,
    ]);
    const esm = node([
      '--input-type=module',
      '-e',
      `const c = await import('wego-ceds'); const a = c.assessCity(${json}); console.log(JSON.stringify(a.overall));`,
    ]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
    expect(JSON.parse(cjs).score).toBeTypeOf('number');
  });
});

describe('the same answers on every Node version', () => {
  test('analyzeSensitivity with one seed and findConsiderations are byte-identical under Node 20 and Node 22', () => {
    const script = `const c = require('wego-ceds'); const input = ${sample()};
      console.log(JSON.stringify([c.analyzeSensitivity(input, { runs: 200, seed: 2015, jitter: 0.2 }), c.findConsiderations(input, { limit: 5 })]));`;
    const outputs = Object.values(nodes).map((node) => run(node, ['-e', script]));
    expect(outputs).toHaveLength(2);
    expect(outputs[0]).toBe(outputs[1]);
    expect(JSON.parse(outputs[0]!)[0].runs).toBe(200);
  });
});

describe('TypeScript consumers', () => {
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const source = `import { assessCity, levelForScore, CedsInputError, type CityAssessment } from 'wego-ceds';
import { judgeAwards } from 'wego-ceds/awards';
import { renderAreaChart } from 'wego-ceds/svg';
import * as schemas from 'wego-ceds/schemas';
const level: { level: number; name: string } = levelForScore(50);
const run: (input: Parameters<typeof assessCity>[0]) => CityAssessment = assessCity;
const error: typeof CedsInputError = CedsInputError;
export { level, run, error, judgeAwards, renderAreaChart, schemas };
`;
  test.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, 'index.mts'],
    ['node16 (CJS)', { module: 'node16', moduleResolution: 'node16' }, 'index.cts'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'index.ts'],
    ['node10', { module: 'commonjs', moduleResolution: 'node10' }, 'index.ts'],
  ])('type-checks under moduleResolution %s', (name, options, file) => {
    const dir = join(project, `ts-${name.replace(/\W+/g, '-')}`);
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, file), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          strict: true,
          noEmit: true,
          target: 'es2022',
          skipLibCheck: false,
          types: [],
          ignoreDeprecations: '5.0',
        },
        files: [file],
      }),
    );
    expect(() => run(process.execPath, [tsc, '-p', dir])).not.toThrow();
  });
});

describe('browser bundle', () => {
  test('esbuild bundles the root entry for the browser without any Node built-in', async () => {
    const entry = join(project, 'browser.js');
    writeFileSync(
      entry,
      `import { assessCity, formatAssessment } from 'wego-ceds';\nimport { renderAreaChart } from 'wego-ceds/svg';\nglobalThis.report = (x) => renderAreaChart(assessCity(x)) + formatAssessment(assessCity(x));\n`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      minify: true,
      absWorkingDir: project,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|util|module)["']\)/);
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code.length).toBeGreaterThan(1000);
  });

  test('the tarball holds dist, README, CHANGELOG and LICENSE, and no sources or tests', () => {
    const installed = join(project, 'node_modules', 'wego-ceds');
    const files = readdirSync(installed);
    expect(files.sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
    expect(existsSync(join(installed, 'dist', 'index.d.cts'))).toBe(true);
  });

  test('no declaration file of the root entry mentions zod', () => {
    const dist = join(project, 'node_modules', 'wego-ceds', 'dist');
    for (const file of readdirSync(dist).filter(
      (f) => /^index\.d\.c?ts$/.test(f) || /^(?!schemas).*\.d\.c?ts$/.test(f),
    )) {
      const text = readFileSync(join(dist, file), 'utf8');
      if (file.startsWith('schemas')) continue;
      expect(text, file).not.toMatch(/zod/);
    }
  });
});
