// A Node module hook that loads `.ts` files by transpiling them with esbuild (types are dropped,
// nothing is type-checked). Node 20 cannot strip types itself; scripts/run-example.mjs
// registers this hook. Type-check the examples with `npx tsc -p examples/tsconfig.json`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: file,
    sourcemap: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
