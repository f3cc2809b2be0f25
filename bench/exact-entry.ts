// Bench-only entry: the engine's internal building blocks, which dist/ does not export, so that
// the bench can time the exact computation alone on an input validated beforehand. run.mjs
// bundles this file from src/ with esbuild (zod and decimal.js stay external, so they are the
// same modules the built package loads).
export { resolveAssessOptions } from '../src/ceds/assess-options.js';
export { validateCityInput } from '../src/ceds/validate-city-input.js';
export { normaliseCityInput } from '../src/ceds/normalise.js';
export { buildAssessment } from '../src/ceds/assess.js';
export { scoreCity } from '../src/ceds/tree.js';
