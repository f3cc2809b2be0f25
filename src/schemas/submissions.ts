import * as z from 'zod/mini';
import { indexIds, withRules } from '../core/rules.js';
import type { CedsIssue } from '../core/errors.js';
import type { Submissions } from '../awards/types.js';

function nonEmpty(what: string) {
  return z
    .string({ error: `${what} must be a string` })
    .check(z.minLength(1, { error: `${what} must be a non-empty string` }));
}

function participantSchema() {
  return z.strictObject({
    id: nonEmpty('A participant id'),
    name: nonEmpty('A participant name'),
    kind: z.enum(['city', 'local-government', 'public-organization', 'agency'], {
      error: 'Must be "city", "local-government", "public-organization" or "agency"',
    }),
    country: z
      .string({ error: 'A country must be a string' })
      .check(z.regex(/^[A-Z]{2}$/, { error: 'A country must be an ISO 3166-1 alpha-2 code such as "FI"' })),
    membership: z.enum(['member', 'friendship-member', 'non-member'], {
      error: 'Must be "member", "friendship-member" or "non-member"',
    }),
    organization: z.optional(nonEmpty('An organization')),
  });
}

function entrySchema() {
  return z.strictObject({
    id: nonEmpty('An entry id'),
    participantId: nonEmpty('A participant id'),
    category: nonEmpty('A category'),
    title: nonEmpty('A title'),
  });
}

function scoreSchema() {
  return z.strictObject({
    judgeId: nonEmpty('A judge id'),
    entryId: nonEmpty('An entry id'),
    criterionId: nonEmpty('A criterion id'),
    value: z.number({ error: 'A score value must be a finite number' }),
  });
}

// The schemas are built by functions called once under pure annotations, so that a bundle
// which never judges awards (an assessCity dashboard) drops all of them.
function submissionsShape() {
  return z.strictObject({
    participants: z.array(participantSchema()),
    entries: z.array(entrySchema()),
    scores: z.array(scoreSchema()),
  });
}

function entrantsShape() {
  return z.strictObject({ participants: z.array(participantSchema()), entries: z.array(entrySchema()) });
}

/** The shape of the submissions, without the rules across records. @internal */
export const submissionsShapeSchema = /* @__PURE__ */ submissionsShape();

/** The shape of participants and entries alone, as `findConflicts` takes them. @internal */
export const entrantsShapeSchema = /* @__PURE__ */ entrantsShape();

/**
 * The submissions (participants, entries, scores): the shape and the rules that need no
 * program (unique ids, entries naming participants, scores naming entries, one score per judge,
 * entry and criterion), reported with code `custom`. For the `wego-ceds/schemas` entry;
 * `judgeAwards` also checks the rules that need the program (categories, judges, criteria,
 * scales, entry limit).
 * @internal
 */
export const submissionsSchema = /* @__PURE__ */ withRules(submissionsShapeSchema, (value) =>
  submissionsRuleIssues(value as Submissions),
);

/**
 * The rules of the submissions that need no program: unique ids, entries naming known
 * participants, scores naming known entries, at most one score per judge, entry and criterion.
 * @internal
 */
export function submissionsRuleIssues(s: Submissions): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const participants = indexIds(
    s.participants.map((p) => p.id),
    ['participants'],
    'Participant id',
    issues,
  );
  const entries = indexIds(
    s.entries.map((e) => e.id),
    ['entries'],
    'Entry id',
    issues,
  );
  s.entries.forEach((entry, i) => {
    if (!participants.has(entry.participantId)) {
      issues.push({
        path: ['entries', i, 'participantId'],
        code: 'unknown_participant',
        message: `No participant ${JSON.stringify(entry.participantId)}`,
      });
    }
  });
  const seen = new Map<string, number>();
  s.scores.forEach((score, i) => {
    if (!entries.has(score.entryId))
      issues.push({
        path: ['scores', i, 'entryId'],
        code: 'unknown_entry',
        message: `No entry ${JSON.stringify(score.entryId)}`,
      });
    const key = `${score.judgeId}\u0000${score.entryId}\u0000${score.criterionId}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push({
        path: ['scores', i],
        code: 'duplicate_score',
        message: `Judge ${JSON.stringify(score.judgeId)} already scored ${JSON.stringify(score.criterionId)} of entry ${JSON.stringify(score.entryId)} at scores[${first}]`,
      });
  });
  return issues;
}
