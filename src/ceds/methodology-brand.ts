import { deepFreeze } from '../core/freeze.js';
import { trusted } from '../core/trust.js';
import type { Methodology } from './types.js';

// The methodologies this copy of the library validated (and its presets): trust that a caller
// cannot forge, so that a frozen look-alike carrying some mark is still validated.
const validated = /* @__PURE__ */ trusted<Methodology>();

// A validated copy is new (zod builds it), so its -0s can be made 0 in place: results carry
// the methodology, and no result may hold a -0 (JSON would turn it into 0).
function withoutNegativeZero(node: unknown): void {
  if (typeof node !== 'object' || node === null || Object.isFrozen(node)) return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (Object.is(record[key], -0)) record[key] = 0;
    else withoutNegativeZero(record[key]);
  }
}

/** Deep-freezes a validated methodology (any -0 made 0) and marks it as validated. @internal */
export function brandMethodology(methodology: Methodology): Methodology {
  if (!Object.isFrozen(methodology)) {
    withoutNegativeZero(methodology);
    validated.mark(methodology);
  }
  return deepFreeze(methodology);
}

/** True for a methodology that this copy of the library validated (or one of its presets). @internal */
export function isBrandedMethodology(value: unknown): value is Methodology {
  return validated.has(value);
}
