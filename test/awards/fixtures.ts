import {
  defineAwardProgram,
  type AwardProgramDefinition,
  type Entry,
  type Participant,
  type Score,
  type Submissions,
} from '../../src/awards.js';
import { criterionLines } from '../../src/awards/criterion-lines.js';
import { aggregateEntries } from '../../src/awards/entry-aggregates.js';
import { recusalsOf } from '../../src/awards/recusals.js';
import { readSheets } from '../../src/awards/sheets.js';
import { validateSubmissions } from '../../src/awards/submissions.js';
import { rubricLayout } from '../../src/awards/totals.js';

export const SEVEN = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'] as const;

/** A program with one 0–10 criterion, seven judges from seven different countries. */
export function singleCriterionProgram(rules: AwardProgramDefinition['rules'] = {}): AwardProgramDefinition {
  const countries = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG'];
  return {
    edition: 'Test edition',
    categories: [
      { id: 'services', name: 'Services' },
      { id: 'open-city', name: 'Open City' },
    ],
    tiers: [
      { id: 'best', name: 'Best' },
      { id: 'outstanding', name: 'Outstanding' },
      { id: 'promising', name: 'Most Promising' },
    ],
    rubric: { criteria: [{ id: 'overall', name: 'Overall', weight: 1, min: 0, max: 10 }] },
    panel: SEVEN.map((id, i) => ({ id, name: `Judge ${i + 1}`, country: countries[i]!, organization: `Org ${i + 1}` })),
    rules,
  };
}

export function participant(id: string, country = 'ZZ', extra: Partial<Participant> = {}): Participant {
  return { id, name: id.toUpperCase(), kind: 'city', country, membership: 'member', ...extra };
}

export function entry(id: string, participantId: string, category = 'services'): Entry {
  return { id, participantId, category, title: `Project ${id}` };
}

/** Scores of one criterion `overall`: values[j] for judge SEVEN[j] (undefined = not scored). */
export function sheet(entryId: string, values: readonly (number | undefined)[], criterionId = 'overall'): Score[] {
  return values.flatMap((value, j) =>
    value === undefined ? [] : [{ judgeId: SEVEN[j]!, entryId, criterionId, value }],
  );
}

export function submissions(parts: Partial<Submissions>): Submissions {
  return { participants: [], entries: [], scores: [], ...parts };
}

/** The validated program, score table, rubric layout and recusals the judging stages start from. */
export function prepared(definition: AwardProgramDefinition, parts: Partial<Submissions>) {
  const program = defineAwardProgram(definition);
  const table = validateSubmissions(program, submissions(parts));
  const layout = rubricLayout(program.rubric.criteria, table.decimals, program.rules.scale);
  return { program, table, layout, recusals: recusalsOf(program, table) };
}

/** The judging up to the aggregates: the prepared stages, the sheets, the criterion lines and the aggregates. */
export function aggregatedStages(definition: AwardProgramDefinition, parts: Partial<Submissions>) {
  const stages = prepared(definition, parts);
  const { program, table, layout, recusals } = stages;
  const sheets = readSheets(program, table, layout, recusals).entries;
  const lines = criterionLines(program, table, layout, sheets);
  return { ...stages, sheets, lines, aggregates: aggregateEntries(program, sheets, layout, lines) };
}
