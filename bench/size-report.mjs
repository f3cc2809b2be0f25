// Which modules of src/ a bundle of one export pulls in, and how many minified bytes each adds
// (esbuild metafile; zod and decimal.js external). Usage:
//   node bench/size-report.mjs assessCity            (from the root entry)
//   node bench/size-report.mjs judgeAwards awards    (from src/awards.ts)
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name = 'assessCity', entry = 'index'] = process.argv.slice(2);
const result = await build({
  stdin: {
    contents: `import { ${name} } from './src/${entry}.ts'; globalThis.x = ${name};`,
    resolveDir: repo,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  external: ['zod', 'zod/*', 'decimal.js'],
  logLevel: 'silent',
});
const text = result.outputFiles[0].text;
const brotli = brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${name}: ${text.length} bytes minified, ${brotli} bytes brotli (library code only)`);
const inputs = Object.values(result.metafile.outputs)[0].inputs;
for (const [file, { bytesInOutput }] of Object.entries(inputs).sort(
  (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
)) {
  if (bytesInOutput > 0) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
}
