// Judges a small, illustrative awards edition: three categories, two prize tiers, a rubric of
// three weighted criteria and a panel of seven judges, two of whom must sit out some entries
// (one from the same country as a participant, one with a declared conflict). The judges,
// participants and scores are made up for this example.
//
//   npm run build
//   node scripts/run-example.mjs examples/judge-awards.ts
import { strict as assert } from 'node:assert';
import {
  defineAwardProgram,
  findConflicts,
  formatAwardResults,
  judgeAwards,
  wegoAwardCategories,
} from 'wego-ceds/awards';
import type { Entry, Participant, Score } from 'wego-ceds/awards';

const program = defineAwardProgram({
  edition: 'Demo e-Government Awards (illustrative)',
  // Three of the five WeGO Awards categories.
  categories: wegoAwardCategories.filter((c) => ['services', 'open-city', 'digital-divide'].includes(c.id)),
  tiers: [
    { id: 'gold', name: 'Gold Prize' },
    { id: 'silver', name: 'Silver Prize' },
  ],
  rubric: {
    criteria: [
      { id: 'impact', name: 'Impact', weight: 3, min: 0, max: 10 },
      { id: 'innovation', name: 'Innovation', weight: 2, min: 0, max: 10 },
      { id: 'sustainability', name: 'Sustainability', weight: 1, min: 0, max: 10 },
    ],
  },
  panel: [
    { id: 'j1', name: 'Ana Lima', country: 'BR', position: 'Professor', organization: 'Federal University' },
    { id: 'j2', name: 'Min-jun Kim', country: 'KR', position: 'Director', organization: 'Digital Agency' },
    {
      id: 'j3',
      name: 'Lena Berg',
      country: 'SE',
      position: 'Researcher',
      organization: 'Institute of Public Digitalisation',
    },
    { id: 'j4', name: 'Omar Haddad', country: 'JO', position: 'Advisor', organization: 'Ministry of Digital Economy' },
    { id: 'j5', name: 'Priya Nair', country: 'IN', position: 'Consultant', organization: 'GovTech Partners' },
    { id: 'j6', name: 'Tom Walsh', country: 'IE', position: 'Lecturer', organization: 'School of Public Policy' },
    { id: 'j7', name: 'Yuki Sato', country: 'JP', position: 'Fellow', organization: 'Smart City Forum' },
  ],
  rules: {
    aggregation: { method: 'trimmed-mean', trim: 1 }, // drop the highest and the lowest total
    quorum: 5,
    conflicts: { declared: [{ judgeId: 'j6', participantId: 'riverton' }] }, // same country is on by default
    prizeThresholds: { gold: 75 }, // Gold only for an aggregate of 75 or more
    tieBreak: ['median', { criterion: 'impact' }],
  },
});

const participants: Participant[] = [
  { id: 'northport', name: 'Northport', kind: 'city', country: 'KR', membership: 'member' },
  { id: 'riverton', name: 'Riverton', kind: 'local-government', country: 'CA', membership: 'non-member' },
  { id: 'lakeside', name: 'Lakeside', kind: 'city', country: 'KE', membership: 'friendship-member' },
  { id: 'hillview', name: 'Hillview', kind: 'agency', country: 'PE', membership: 'non-member' },
  { id: 'seaside', name: 'Seaside', kind: 'public-organization', country: 'PH', membership: 'member' },
];

const entries: Entry[] = [
  { id: 'e1', participantId: 'northport', category: 'services', title: 'One-stop civil service app' },
  { id: 'e2', participantId: 'lakeside', category: 'services', title: 'Mobile payment of city fees' },
  { id: 'e3', participantId: 'seaside', category: 'services', title: 'Permit chatbot' },
  { id: 'e4', participantId: 'riverton', category: 'open-city', title: 'Open budget portal' },
  { id: 'e5', participantId: 'northport', category: 'open-city', title: 'Open data API' },
  { id: 'e6', participantId: 'hillview', category: 'open-city', title: 'Participatory mapping' },
  { id: 'e7', participantId: 'hillview', category: 'digital-divide', title: 'Digital literacy buses' },
  { id: 'e8', participantId: 'riverton', category: 'digital-divide', title: 'Free public Wi-Fi in libraries' },
];

// Every judge scores every entry on every criterion (a conflicted judge's sheet is handed in
// too: it is reported and never counted). Quality per entry and criterion, plus each judge's
// leniency, kept on the 0–10 scale in half points.
const quality: Record<string, [impact: number, innovation: number, sustainability: number]> = {
  e1: [8.5, 8, 7],
  e2: [7.5, 8.5, 6.5],
  e3: [6.5, 7, 7],
  e4: [8, 7.5, 8],
  e5: [8.5, 8, 8.5],
  e6: [7, 6, 6.5],
  e7: [7, 6.5, 7.5],
  e8: [6.5, 6, 7],
};
const leniency: Record<string, number> = { j1: 0, j2: 1, j3: -0.5, j4: -1.5, j5: 0.5, j6: 0, j7: 1.5 };
const criteria = ['impact', 'innovation', 'sustainability'] as const;
const scores: Score[] = program.panel.flatMap((judge) =>
  entries.flatMap((entry) =>
    criteria.map((criterionId, c) => ({
      judgeId: judge.id,
      entryId: entry.id,
      criterionId,
      value: Math.min(10, Math.max(0, quality[entry.id]![c]! + leniency[judge.id]!)),
    })),
  ),
);

const conflicts = findConflicts(program, { participants, entries });
const results = judgeAwards(program, { participants, entries, scores });
console.log(formatAwardResults(results));

// Who sat out what: Min-jun Kim (KR) every Northport entry, Tom Walsh every Riverton entry.
assert.deepEqual(
  conflicts.map((r) => [r.judgeId, r.entryId, r.reason]),
  [
    ['j2', 'e1', 'same-country'],
    ['j2', 'e5', 'same-country'],
    ['j6', 'e4', 'declared'],
    ['j6', 'e8', 'declared'],
  ],
);
assert.deepEqual(results.recusals, conflicts, 'judgeAwards applies exactly the conflicts findConflicts lists');
for (const category of results.categories) {
  assert.equal(category.prizes.length, program.tiers.length, 'one prize line per tier');
  for (const entry of category.ranking) {
    for (const judge of entry.judges.recused)
      assert.ok(!entry.judges.counted.includes(judge), 'a recused judge never counts');
    // Seven judges, at most one recused, one trimmed at each end.
    assert.equal(entry.judges.trimmed.length, 2);
    assert.equal(entry.judges.counted.length, 7 - entry.judges.recused.length);
  }
}
const prize = (category: string, tier: string) =>
  results.categories.find((c) => c.id === category)?.prizes.find((p) => p.tier === tier)?.entryIds;
assert.deepEqual(prize('services', 'gold'), ['e1']);
assert.deepEqual(prize('open-city', 'gold'), ['e5']);
assert.deepEqual(prize('digital-divide', 'gold'), [], 'no Digital Divide entry reached the Gold threshold of 75');
assert.ok(results.warnings.length > 0, 'the conflicted sheets that were handed in are reported');
assert.deepEqual(JSON.parse(JSON.stringify(results)), results, 'the results are plain JSON data');
