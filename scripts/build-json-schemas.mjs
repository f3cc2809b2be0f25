// Writes the JSON Schema documents of every input into dist/json-schema/, generated from the
// built validators (run after tsup; `npm run build` does both).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '../dist/schemas.js';

const names = ['city-assessment-input', 'methodology', 'award-program', 'submissions', 'city-assessment'];
const out = join(import.meta.dirname, '..', 'dist', 'json-schema');
mkdirSync(out, { recursive: true });
for (const name of names) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`json-schema: ${names.length} documents in ${out}`);
