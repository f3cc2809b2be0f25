import { deepFreeze } from '../core/freeze.js';
import { defineAwardProgram } from './program.js';
import { recusalsOf } from './recusals.js';
import { validateEntrants } from './submissions.js';
import type { AwardProgram, AwardProgramDefinition, Entrants, Recusal } from './types.js';

/**
 * The (judge, entry) pairs a judge must sit out: a declared conflict with the participant; the
 * same organisation (participant `organization` vs judge `organization`) when
 * `rules.conflicts.sameOrganization`; the same country (the participant's country vs the
 * judge's `country` and, when given, the judge's `organizationCountry`) when
 * `rules.conflicts.sameCountry`. `judgeAwards` never counts the scores of these pairs.
 *
 * Organisation names are compared after Unicode NFKC normalisation, with format characters
 * (zero-width space, soft hyphen, …) removed, white space collapsed, punctuation and white space
 * trimmed at both ends and case folded: `"NIA"`, `" nia. "`, `"N\u00ADIA"` and `"NIA\u200B"` are
 * one organisation. A name of punctuation only matches none.
 *
 * @param program - a program or its definition
 * @param entrants - `{ participants, entries }`; the submissions for `judgeAwards` may be passed as they are (their scores are not read)
 * @returns the recusals in panel order, then entry id order; deeply frozen
 * @throws CedsInputError when the program, participants or entries are invalid, or when a
 *   declared conflict names no participant (`unknown_participant` at
 *   `rules.conflicts.declared[i].participantId`)
 *
 * @example
 * ```ts
 * import { findConflicts } from 'wego-ceds/awards';
 * const program = {
 *   edition: 'Demo',
 *   categories: [{ id: 'services', name: 'Services' }],
 *   tiers: [{ id: 'best', name: 'Best' }],
 *   rubric: { criteria: [{ id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 }] },
 *   panel: [{ id: 'hwang', name: 'Jong-Sung Hwang', country: 'KR', organization: 'NIA' }],
 * };
 * const participants = [
 *   { id: 'seoul', name: 'Seoul', kind: 'city', country: 'KR', membership: 'member' },
 *   { id: 'lab', name: 'NIA Lab', kind: 'agency', country: 'FI', membership: 'non-member', organization: ' n\u00ADia. ' },
 * ];
 * const entries = [
 *   { id: 'e1', participantId: 'seoul', category: 'services', title: 'Open Seoul' },
 *   { id: 'e2', participantId: 'lab', category: 'services', title: 'Data Lab' },
 * ];
 * findConflicts(program, { participants, entries }).map((r) => [r.judgeId, r.entryId, r.reason]); // => [['hwang', 'e1', 'same-country'], ['hwang', 'e2', 'same-organization']]
 * ```
 */
export function findConflicts(program: AwardProgramDefinition | AwardProgram, entrants: Entrants): readonly Recusal[] {
  const defined = defineAwardProgram(program);
  return deepFreeze(recusalsOf(defined, validateEntrants(defined, entrants)));
}
