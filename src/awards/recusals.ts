import { byId } from '../core/compare.js';
import type { CheckedEntrants } from './submissions.js';
import type { AwardProgram, Entry, Judge, Participant, Recusal, RecusalReason } from './types.js';

/**
 * An organisation name as it is compared, so that no invisible or cosmetic difference evades a
 * recusal: Unicode NFKC (full-width letters, ligatures and no-break spaces become their plain
 * forms); format characters removed (Unicode Cf: zero-width space, soft hyphen, bidirectional
 * marks); runs of white space made one space and other control characters removed; punctuation
 * and white space trimmed at both ends ("NIA." is "NIA"); case folded (upper then lower case,
 * so "STRASSE" matches "Straße"). A name with nothing left (only punctuation) matches nothing.
 * @internal
 */
export function organizationKey(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .toUpperCase()
    .toLowerCase();
  return key === '' ? undefined : key;
}

/**
 * The recusals of validated entrants: every (judge, entry) pair, in panel order then entry id
 * order, with every reason that applies (see docs/awards.md, "Conflicts of interest"). Entries
 * are looked up by participant, organisation and country, so the work follows the judges, the
 * entries and the recusals found, never judges × entries.
 * @internal
 */
export function recusalsOf(program: AwardProgram, entrants: CheckedEntrants): readonly Recusal[] {
  const { sameCountry, sameOrganization, declared } = program.rules.conflicts;
  const entries = [...entrants.entries].sort(byId).map((entry) => {
    const participant = entrants.participantById.get(entry.participantId)!;
    return { entry, participant, organization: organizationKey(participant.organization) };
  });
  // Entry positions (in entry id order) by participant, organisation and country.
  const byParticipant = new Map<string, number[]>();
  const byOrganization = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  entries.forEach(({ participant, organization }, i) => {
    add(byParticipant, participant.id, i);
    if (organization !== undefined) add(byOrganization, organization, i);
    add(byCountry, participant.country, i);
  });
  const declaredBy = new Map<string, Set<string>>();
  for (const d of declared) {
    let participants = declaredBy.get(d.judgeId);
    if (participants === undefined) declaredBy.set(d.judgeId, (participants = new Set()));
    participants.add(d.participantId);
  }
  const recusals: Recusal[] = [];
  for (const judge of program.panel) {
    const conflicts = declaredBy.get(judge.id);
    const organization = organizationKey(judge.organization);
    const found = new Set<number>();
    for (const participantId of conflicts ?? []) for (const i of byParticipant.get(participantId) ?? []) found.add(i);
    if (sameOrganization && organization !== undefined)
      for (const i of byOrganization.get(organization) ?? []) found.add(i);
    if (sameCountry) {
      for (const i of byCountry.get(judge.country) ?? []) found.add(i);
      if (judge.organizationCountry !== undefined)
        for (const i of byCountry.get(judge.organizationCountry) ?? []) found.add(i);
    }
    for (const i of [...found].sort((a, b) => a - b)) {
      const { entry, participant } = entries[i]!;
      const reasons: RecusalReason[] = [];
      if (conflicts?.has(participant.id) === true) reasons.push('declared');
      if (sameOrganization && organization !== undefined && entries[i]!.organization === organization)
        reasons.push('same-organization');
      if (sameCountry && (participant.country === judge.country || participant.country === judge.organizationCountry))
        reasons.push('same-country');
      recusals.push(recusalOf(judge, entry, participant, reasons));
    }
  }
  return recusals;
}

function add(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (positions === undefined) index.set(key, [position]);
  else positions.push(position);
}

function recusalOf(judge: Judge, entry: Entry, participant: Participant, reasons: RecusalReason[]): Recusal {
  const why = reasons.map((reason) =>
    reason === 'declared'
      ? `a declared conflict with ${participant.name}`
      : reason === 'same-organization'
        ? `the same organisation (${judge.organization})`
        : participant.country === judge.country
          ? `the same country (${judge.country})`
          : `the country of the judge's organisation (${participant.country})`,
  );
  return {
    judgeId: judge.id,
    entryId: entry.id,
    participantId: participant.id,
    reason: reasons[0]!,
    reasons,
    message: `${judge.name} sits out ${JSON.stringify(entry.title)} of ${participant.name}: ${why.join('; ')}`,
  };
}
