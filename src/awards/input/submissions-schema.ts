import * as z from 'zod/mini';
import { countryCode, nonEmptyString } from '../../core/schema-parts.js';

// The shapes of participants, entries and scores. The rules across records (unique ids,
// references, one score per judge, entry and criterion, scales) are checked by
// `validateSubmissions`, against the program.

function participantSchema() {
  return z.strictObject({
    id: nonEmptyString('A participant id'),
    name: nonEmptyString('A participant name'),
    kind: z.enum(['city', 'local-government', 'public-organization', 'agency'], {
      error: 'Must be "city", "local-government", "public-organization" or "agency"',
    }),
    country: countryCode("A participant's country"),
    membership: z.enum(['member', 'friendship-member', 'non-member'], {
      error: 'Must be "member", "friendship-member" or "non-member"',
    }),
    organization: z.optional(nonEmptyString("A participant's organization")),
  });
}

function entrySchema() {
  return z.strictObject({
    id: nonEmptyString('An entry id'),
    participantId: nonEmptyString('A participant id'),
    category: nonEmptyString('A category'),
    title: nonEmptyString('A title'),
  });
}

function scoreSchema() {
  return z.strictObject({
    judgeId: nonEmptyString('A judge id'),
    entryId: nonEmptyString('An entry id'),
    criterionId: nonEmptyString('A criterion id'),
    value: z.number({ error: 'A score value must be a finite number' }),
  });
}

// Built once at load; see src/core/validate.ts.
function submissionsShape() {
  return z.strictObject({
    participants: z.array(participantSchema()),
    entries: z.array(entrySchema()),
    scores: z.array(scoreSchema()),
  });
}

function entrantsShape() {
  return z.strictObject({
    participants: z.array(participantSchema()),
    entries: z.array(entrySchema()),
    scores: z.optional(z.array(scoreSchema())),
  });
}

/** The shape of the submissions, without the rules across records. @internal */
export const submissionsShapeSchema = /* @__PURE__ */ submissionsShape();

/**
 * The shape of participants and entries as `findConflicts` takes them: the submissions, with
 * the scores optional.
 * @internal
 */
export const entrantsShapeSchema = /* @__PURE__ */ entrantsShape();
