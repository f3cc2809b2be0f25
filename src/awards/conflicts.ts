import { deepFreeze } from '../core/freeze.js';
import { defineAwardProgram } from './program.js';
import { validateEntrants, type Entrants } from './submissions.js';
import type { AwardProgram, AwardProgramDefinition, Entry, Participant, Recusal, RecusalReason } from './types.js';

function organizationKey(name: string | undefined): string | undefined {
  return name?.normalize('NFKC').trim().toLowerCase();
}

/**
 * The recusals of validated entrants: every (judge, entry) pair, in panel order then entry id
 * order, with every reason that applies.
 * @internal
 */
export function recusalsOf(program: AwardProgram, entrants: Entrants): Recusal[] {
  const { sameCountry, sameOrganization, declared } = program.rules.conflicts;
  const declaredPairs = new Set(declared.map((d) => `${d.judgeId}\u0000${d.participantId}`));
  const entries = [...entrants.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const participantOrganization = new Map(entrants.participants.map((p) => [p.id, organizationKey(p.organization)]));
  const recusals: Recusal[] = [];
  for (const judge of program.panel) {
    const judgeOrganization = organizationKey(judge.organization);
    for (const entry of entries) {
      const participant = entrants.participantById.get(entry.participantId)!;
      const organization = participantOrganization.get(participant.id);
      const reasons: RecusalReason[] = [];
      const why: string[] = [];
      if (declaredPairs.has(`${judge.id}\u0000${participant.id}`)) {
        reasons.push('declared');
        why.push(`a declared conflict with ${participant.name}`);
      }
      if (sameOrganization && organization !== undefined && organization === judgeOrganization) {
        reasons.push('same-organization');
        why.push(`the same organisation (${judge.organization})`);
      }
      if (sameCountry && (participant.country === judge.country || participant.country === judge.organizationCountry)) {
        reasons.push('same-country');
        why.push(
          participant.country === judge.country
            ? `the same country (${judge.country})`
            : `the country of the judge's organisation (${participant.country})`,
        );
      }
      if (reasons.length > 0) {
        recusals.push({
          judgeId: judge.id,
          entryId: entry.id,
          participantId: participant.id,
          reason: reasons[0]!,
          reasons,
          message: `${judge.name} sits out ${JSON.stringify(entry.title)} of ${participant.name}: ${why.join('; ')}`,
        });
      }
    }
  }
  return recusals;
}

/**
 * The (judge, entry) pairs a judge must sit out: a declared conflict with the participant; the
 * same organisation (participant `organization` vs judge `organization`, case-insensitive,
 * trimmed) when `rules.conflicts.sameOrganization`; the same country (the participant's
 * country vs the judge's `country` and, when given, the judge's `organizationCountry`) when
 * `rules.conflicts.sameCountry`. `judgeAwards` never counts the scores of these pairs.
 *
 * @param program - a program or its definition
 * @param participants - the participants
 * @param entries - the entries
 * @returns the recusals in panel order, then entry id order; deeply frozen
 * @throws CedsInputError when the program, participants or entries are invalid
 *
 * @example
 * ```ts
 * import { findConflicts } from 'wego-ceds/awards';
 * const program = {
 *   edition: 'Demo',
 *   categories: [{ id: 'services', name: 'Services' }],
 *   tiers: [{ id: 'best', name: 'Best' }],
 *   rubric: { criteria: [{ id: 'impact', name: 'Impact', weight: 1, min: 0, max: 10 }] },
 *   panel: [{ id: 'hwang', name: 'Jong Sung Hwang', country: 'KR', organization: 'NIA' }],
 * };
 * const participants = [{ id: 'seoul', name: 'Seoul', kind: 'city', country: 'KR', membership: 'member' }];
 * const entries = [{ id: 'e1', participantId: 'seoul', category: 'services', title: 'Open Seoul' }];
 * findConflicts(program, participants, entries).map((r) => [r.judgeId, r.entryId, r.reason]); // => [['hwang', 'e1', 'same-country']]
 * ```
 */
export function findConflicts(
  program: AwardProgramDefinition | AwardProgram,
  participants: readonly Participant[],
  entries: readonly Entry[],
): readonly Recusal[] {
  const defined = defineAwardProgram(program);
  return deepFreeze(recusalsOf(defined, validateEntrants(defined, participants, entries)));
}
