import { deepFreeze } from '../core/freeze.js';
import type { Methodology } from './types.js';

// One brand for every copy of the package in a process (ESM and CJS builds, two versions).
// Non-enumerable, so deep equality and JSON never see it.
const BRAND = Symbol.for('wego-ceds.methodology');

/** Deep-freezes a validated methodology and marks it as validated. @internal */
export function brandMethodology(methodology: Methodology): Methodology {
  if (!Object.isFrozen(methodology)) Object.defineProperty(methodology, BRAND, { value: true });
  return deepFreeze(methodology);
}

/** True for a frozen methodology that this library validated (or one of its presets). @internal */
export function isBrandedMethodology(value: unknown): value is Methodology {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.isFrozen(value) &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
