import { byId } from '../core/compare.js';
import type { CheckedEntrants } from './submissions.js';
import type { AwardProgram, Recusal, RecusalReason } from './types.js';

function organizationKey(name: string | undefined): string | undefined {
  return name?.normalize('NFKC').trim().toLowerCase();
}

/**
 * The recusals of validated entrants: every (judge, entry) pair, in panel order then entry id
 * order, with every reason that applies (see docs/awards.md, "Conflicts of interest").
 * @internal
 */
export function recusalsOf(program: AwardProgram, entrants: CheckedEntrants): readonly Recusal[] {
  const { sameCountry, sameOrganization, declared } = program.rules.conflicts;
  const declaredPairs = new Set(declared.map((d) => `${d.judgeId}\u0000${d.participantId}`));
  const entries = [...entrants.entries].sort(byId);
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
