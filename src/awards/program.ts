import { CedsInputError, type CedsIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { isRecord } from '../core/rules.js';
import { trusted } from '../core/trust.js';
import { parseRead, safeParseSchema, toIssues } from '../core/validate.js';
import { awardProgramRuleIssues } from './input/program-rules.js';
import { awardProgramShapeSchema, prizeThresholdSchema } from './input/program-schema.js';
import type { AwardProgram, AwardProgramDefinition } from './types.js';

// The programs this copy of the library validated, so that judging one again skips the
// validation. Trust is never read off the value (see src/core/trust.ts): a look-alike is
// validated like any definition.
const validatedPrograms = /* @__PURE__ */ trusted<AwardProgram>();

/**
 * Validates an award program and returns it deeply frozen, with every default filled in:
 * aggregation `mean` by `judge` (trim 1 for `trimmed-mean`), quorum 3 (or the whole panel when
 * smaller), conflicts by same country and same organisation, at most 2 entries per participant,
 * no prize thresholds, no tie-breaks (equal aggregates share the rank), precision 2, scale
 * `percent`, monitoring at 15 points.
 *
 * A program this function returned is used as it is; any other value, however alike (a copy, a
 * JSON round trip, a program from another copy of the package), is validated again. The input
 * is read once: a getter or Proxy that throws becomes an issue at its path.
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
 * program.rules.aggregation; // => { method: 'trimmed-mean', trim: 1, by: 'judge' }
 * program.rules.scale; // => 'percent'
 * program.rules.maxEntriesPerParticipant; // => 2
 * Object.isFrozen(program.rules.conflicts); // => true
 * defineAwardProgram(program) === program; // => true
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
  if (validatedPrograms.has(input)) return input;
  const read = parseRead(awardProgramShapeSchema, input, 'award program');
  const { parsed, issues } = withProtoThreshold(read.data, read.copy);
  const all = [...issues, ...awardProgramRuleIssues(parsed)];
  if (all.length > 0) throw new CedsInputError(all, 'award program');
  return validatedPrograms.mark(deepFreeze(withDefaults(parsed)));
}

// zod drops a record key `__proto__` without a word, but a tier may be called so: its threshold
// is taken from the copy zod parsed, checked with the same schema, and kept as an own key.
function withProtoThreshold(
  parsed: AwardProgramDefinition,
  copy: unknown,
): { parsed: AwardProgramDefinition; issues: CedsIssue[] } {
  const rules = isRecord(copy) ? copy['rules'] : undefined;
  const thresholds = isRecord(rules) ? rules['prizeThresholds'] : undefined;
  if (!isRecord(thresholds) || !Object.hasOwn(thresholds, '__proto__')) return { parsed, issues: [] };
  const checked = safeParseSchema(prizeThresholdSchema, thresholds['__proto__']);
  if (!checked.success) {
    const issues = toIssues(checked.issues).map((i) => ({
      ...i,
      path: ['rules', 'prizeThresholds', '__proto__', ...i.path],
    }));
    return { parsed, issues };
  }
  const entries: [string, number][] = [
    ...Object.entries(parsed.rules?.prizeThresholds ?? {}),
    ['__proto__', checked.data],
  ];
  const prizeThresholds = Object.fromEntries(entries);
  return { parsed: { ...parsed, rules: { ...parsed.rules, prizeThresholds } }, issues: [] };
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
      aggregation: {
        method,
        trim: method === 'trimmed-mean' ? (rules.aggregation?.trim ?? 1) : 0,
        by: rules.aggregation?.by ?? 'judge',
      },
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
      tieBreak: (rules.tieBreak ?? []).map((step) =>
        typeof step === 'string'
          ? step
          : 'criterion' in step
            ? { criterion: step.criterion }
            : { criteria: [...step.criteria] },
      ),
      precision: rules.precision ?? 2,
      scale: rules.scale ?? 'percent',
      monitoring: { deviation: rules.monitoring?.deviation ?? 15 },
    },
  };
}
