import { brand } from '../core/brand.js';
import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { isRecord } from '../core/rules.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/validate.js';
import { awardProgramRuleIssues } from './input/program-rules.js';
import { awardProgramShapeSchema } from './input/program-schema.js';
import type { AwardProgram, AwardProgramDefinition } from './types.js';

// Marks a program as validated, so that judging it again skips the validation.
const programBrand = /* @__PURE__ */ brand('award-program');

/**
 * Validates an award program and returns it deeply frozen, with every default filled in:
 * aggregation `mean` (trim 1 for `trimmed-mean`), quorum 3 (or the whole panel when smaller), conflicts by same country and same
 * organisation, at most 2 entries per participant, no prize thresholds, no tie-breaks (equal
 * aggregates share the rank), precision 2, monitoring at 15 points.
 *
 * @param definition - edition, categories, tiers (highest first), rubric, panel and rules
 * @returns the validated program; the input is never mutated
 * @throws CedsInputError listing every problem with its path
 *
 * @example
 * ```ts
 * import { defineAwardProgram } from 'wego-ceds/awards';
 * const program = defineAwardProgram({
 *   edition: 'Demo 2024',
 *   categories: [{ id: 'open-city', name: 'Open City' }],
 *   tiers: [{ id: 'gold', name: 'Gold' }, { id: 'silver', name: 'Silver' }],
 *   rubric: { criteria: [{ id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 }] },
 *   panel: [{ id: 'j1', name: 'Judge One', country: 'FI', organization: 'Open Ministry' }],
 *   rules: { aggregation: { method: 'trimmed-mean' }, quorum: 1 },
 * });
 * program.rules.aggregation; // => { method: 'trimmed-mean', trim: 1 }
 * program.rules.maxEntriesPerParticipant; // => 2
 * Object.isFrozen(program.rules.conflicts); // => true
 * ```
 */
export function defineAwardProgram(definition: AwardProgramDefinition | AwardProgram): AwardProgram {
  return validateAwardProgram(definition);
}

/**
 * `defineAwardProgram` for a value of any type, as the `wego-ceds/schemas` validator takes it.
 * @internal
 */
export function validateAwardProgram(input: unknown): AwardProgram {
  if (isDefinedProgram(input)) return input;
  const parsed: AwardProgramDefinition = parseInput(awardProgramShapeSchema, input, 'award program');
  const issues = [...awardProgramRuleIssues(parsed), ...protoThresholdIssues(input, parsed)];
  if (issues.length > 0) throw new CedsInputError(issues, 'award program');
  return deepFreeze(programBrand.mark(withDefaults(parsed)));
}

function isDefinedProgram(value: unknown): value is AwardProgram {
  return Object.isFrozen(value) && programBrand.has(value);
}

// zod drops a `__proto__` key of a record without a word; name it like any other unknown tier.
function protoThresholdIssues(input: unknown, parsed: AwardProgramDefinition): CedsIssue[] {
  const thresholds = isRecord(input) && isRecord(input['rules']) ? input['rules']['prizeThresholds'] : undefined;
  if (!isRecord(thresholds) || !Object.hasOwn(thresholds, '__proto__')) return [];
  if (parsed.tiers.some((t) => t.id === '__proto__')) return [];
  return [
    {
      path: ['rules', 'prizeThresholds', '__proto__'],
      code: 'unknown_tier',
      message: 'No tier "__proto__" in the program',
    },
  ];
}

function withDefaults(parsed: AwardProgramDefinition): AwardProgram {
  const rules = parsed.rules ?? {};
  const method = rules.aggregation?.method ?? 'mean';
  return {
    edition: parsed.edition,
    categories: parsed.categories.map((c) => ({ id: c.id, name: c.name })),
    tiers: parsed.tiers.map((t) => ({ id: t.id, name: t.name })),
    rubric: {
      criteria: parsed.rubric.criteria.map((c) => ({
        id: c.id,
        name: c.name,
        weight: c.weight,
        min: c.min,
        max: c.max,
      })),
    },
    panel: parsed.panel.map((j) => ({ ...j })),
    rules: {
      aggregation: { method, trim: method === 'trimmed-mean' ? (rules.aggregation?.trim ?? 1) : 0 },
      quorum: rules.quorum ?? Math.min(3, parsed.panel.length),
      conflicts: {
        sameCountry: rules.conflicts?.sameCountry ?? true,
        sameOrganization: rules.conflicts?.sameOrganization ?? true,
        declared: (rules.conflicts?.declared ?? []).map((d) => ({
          judgeId: d.judgeId,
          participantId: d.participantId,
        })),
      },
      maxEntriesPerParticipant: rules.maxEntriesPerParticipant ?? 2,
      prizeThresholds: Object.fromEntries(Object.entries(rules.prizeThresholds ?? {})),
      tieBreak: (rules.tieBreak ?? []).map((step) => (typeof step === 'string' ? step : { criterion: step.criterion })),
      precision: rules.precision ?? 2,
      monitoring: { deviation: rules.monitoring?.deviation ?? 15 },
    },
  };
}
