import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/index.js';
import { formatAssessment } from '../../src/format/assessment.js';
import { fixtureAssessment } from './fixture.js';
import {
  egdiAssessment,
  fiveGroupAssessment,
  pairAssessment,
  servicesOnlyAssessment,
  thirteenAssessment,
} from './trees.js';

describe('formatAssessment', () => {
  test('prints the four CeDS tables, the overall line and the warnings', () => {
    expect(formatAssessment(fixtureAssessment())).toMatchInlineSnapshot(`
      "CeDS assessment: Fixture City (fixture-city, KR), period 2015
      Methodology: ceds-deck-2015 1.0.0

      1. Area chart

      Area         Score  Maturity Level   Total service  Operation (%)  Developing (%)  Utilization (%)
      ----------  ------  ---------------  -------------  -------------  --------------  ---------------
      e-Admin      64.17  4 Transactional              3          66.67           53.33            72.50
      e-Industry   40.00  3 Interactive                2          50.00           30.00                —
      e-City      100.00  5 Seamless                   1         100.00          100.00           100.00
      e-Info           —  —                            0              —               —                —
      ----------  ------  ---------------  -------------  -------------  --------------  ---------------
      Average      68.06  4 Transactional              6          72.22           61.11            86.25

      2. Services/Systems identification

      e-Admin (3 services)
      Service                                       Status     Level  1-5    Utilization (%)
      --------------------------------------------  ---------  -----  -----  ---------------
      ipMail System (plus Mail)                     operating      4  ■■■■□            72.50
      Electronic Document Approval and Records Ma…  operating      3  ■■■□□                —
      Human Resources                               planned        1  ■□□□□                —

      e-Industry (3 services)
      Service          Status                   Level  1-5    Utilization (%)
      ---------------  -----------------------  -----  -----  ---------------
      e-Procurement    operating                    3  ■■■□□                —
      Business Portal  absent                       0  □□□□□                —
      Port Logistics   absent (not applicable)      0  □□□□□                —

      e-City (1 service)
      Service        Status     Level  1-5    Utilization (%)
      -------------  ---------  -----  -----  ---------------
      Smart Parking  operating      5  ■■■■■           100.00

      e-Info: no services listed

      3. Dimensions

      Dimension                        Score  Maturity Level
      -------------------------------  -----  ---------------
        Governance Mechanism           75.00  4 Transactional
        Policy & Institution           62.50  4 Transactional
        Resource Capacity              41.33  3 Interactive
      Internal                         59.61  3 Interactive
        ICT Network                    88.80  5 Seamless
        Citizen Readiness              89.00  5 Seamless
        Public Service Infrastructure      —  —
      External                         88.90  5 Seamless
      -------------------------------  -----  ---------------
      Overall level                    74.26  4 Transactional

      4. Budget vs spending

      Area       Year     Budget (KRW)   Spending (KRW)  Variance (KRW)  Execution (%)  Band
      ---------  ----  ---------------  ---------------  --------------  -------------  ----
      e-Admin    2014  1,200,000,000.0  1,130,000,000.0   -70,000,000.0          94.17  B
      e-Admin    2015  1,000,000,000.0  1,000,000,000.0             0.0         100.00  A
      e-Admin    all   2,200,000,000.0  2,130,000,000.0   -70,000,000.0          96.82  A
      e-City     —                 0.0     15,000,000.5    15,000,000.5              —  —
      ---------  ----  ---------------  ---------------  --------------  -------------  ----
      All areas  2014  1,200,000,000.0  1,130,000,000.0   -70,000,000.0          94.17  B
      All areas  2015  1,000,000,000.0  1,000,000,000.0             0.0         100.00  A
      All areas  —                 0.0     15,000,000.5    15,000,000.5              —  —
      Total      all   2,200,000,000.0  2,145,000,000.5   -54,999,999.5          97.50  A

      Overall: 71.16, level 4 Transactional (services average 68.06, readiness 74.26)
      Coverage: areas 75.00 %, utilization 66.67 %, dimensions 83.33 %, overall 100.00 %
      Warnings (2):
        - empty-area at areas["e-info"]: Area e-Info has no applicable service; it has no score.
        - zero-budget at budget.lines[3]: The budget of e-City is 0; no execution rate."
    `);
  });

  test('the same assessment gives the same text', () => {
    expect(formatAssessment(fixtureAssessment())).toBe(formatAssessment(fixtureAssessment()));
  });

  test('without a budget, services or warnings it says so', () => {
    const text = formatAssessment(fixtureAssessment({ budget: null, services: [], warnings: [] }));
    expect(text).toContain('4. Budget vs spending\n\nNo budget was given.');
    expect(text).toContain('2. Services/Systems identification\n\nNo services were given.');
    expect(text).toContain('Warnings: none');
  });

  test('missing scores print as a dash, never NaN, null or 0.00 in disguise', () => {
    const full = fixtureAssessment();
    const none = { score: null, level: null };
    const text = formatAssessment(
      fixtureAssessment({
        areas: full.areas.map((a) => ({
          ...a,
          ...none,
          operationRate: null,
          developmentRate: null,
          utilizationRate: null,
        })),
        average: { ...full.average, ...none, operationRate: null, developmentRate: null, utilizationRate: null },
        groups: full.groups.map((g) => ({ ...g, ...none })),
        readiness: none,
        overall: none,
        coverage: { areas: 0, utilization: null, dimensions: 0, overall: 0 },
      }),
    );
    expect(text).not.toMatch(/NaN|null|undefined|Infinity/);
    expect(text).toMatch(/^Average\s+—\s+—\s+6\s+—\s+—\s+—$/m);
    expect(text).toContain('Overall: —, level — (services average —, readiness —)');
    expect(text).toContain('utilization —,');
  });

  test('a city without a country or period, and names with line breaks, stay on one line each', () => {
    const text = formatAssessment(fixtureAssessment({ city: { id: 'x', name: 'Two\nLines' }, period: null }));
    expect(text.split('\n')[0]).toBe('CeDS assessment: Two Lines (x)');
  });

  test('numbers follow the methodology precision', () => {
    const base = fixtureAssessment();
    const text = formatAssessment(
      fixtureAssessment({
        methodology: { ...base.methodology, definition: { ...base.methodology.definition, precision: 1 } },
        overall: { score: 71.2, level: base.overall.level },
      }),
    );
    expect(text).toContain('Overall: 71.2, level 4 Transactional');
    expect(text).toMatch(/^e-Admin\s+64\.2\s+4 Transactional\s+3\s+66\.7\s+53\.3\s+72\.5$/m);
  });

  test('services of an area the result does not list still print, under their area id', () => {
    const base = fixtureAssessment();
    const text = formatAssessment(
      fixtureAssessment({
        services: [
          ...base.services,
          { id: 'x', area: 'e-extra', name: 'Extra', status: 'planned', level: 0, utilization: null, applicable: true },
        ],
      }),
    );
    expect(text).toContain('e-extra (1 service)');
  });

  test('a single-year area prints one line, and a one-year budget no per-year totals', () => {
    const base = fixtureAssessment();
    const admin = base.budget!.areas[0]!;
    const text = formatAssessment(
      fixtureAssessment({
        budget: {
          currency: 'EUR',
          areas: [{ ...admin, years: [admin.years[0]!] }],
          years: [base.budget!.years[0]!],
          total: admin,
        },
      }),
    );
    expect(text).not.toContain('All areas');
    expect(text).toMatch(/^e-Admin\s+2014\s+2,200,000,000\s+2,130,000,000\s+-70,000,000\s+96\.82\s+A$/m);
    expect(text).toContain('Budget (EUR)');
  });

  test('an area of 200,000 services prints: no row count overflows a call', () => {
    const services = Array.from({ length: 200_000 }, (_, i) => ({
      id: `s${i}`,
      area: 'e-admin',
      name: `S${i}`,
      status: 'planned' as const,
      level: 0,
    }));
    const text = formatAssessment(assessCity({ city: { id: 'big', name: 'Big' }, services }));
    expect(text.split('\n')[0]).toBe('CeDS assessment: Big (big)');
    expect(text).toContain('e-Admin (200000 services)');
    expect(text).toMatch(/^S199999\s+planned\s+0\s+□□□□□\s+—$/m);
    expect(text).toContain('Warnings');
  });

  test('the report of a real assessment carries its numbers', () => {
    const assessment = assessCity({
      city: { id: 'demo', name: 'Demo', country: 'KR' },
      period: '2015',
      services: [
        {
          id: 'mail',
          area: 'e-admin',
          name: 'ipMail System (plus Mail)',
          status: 'operating',
          level: 4,
          utilization: 72.5,
        },
        { id: 'hr', area: 'e-admin', name: 'Human Resources', status: 'developing', level: 2 },
      ],
      dimensions: [{ id: 'citizen-readiness', score: 89 }],
      budget: {
        currency: 'KRW',
        lines: [{ area: 'e-admin', year: 2014, budget: '1200000000', spending: '1130000000' }],
      },
    });
    const text = formatAssessment(assessment);
    const admin = assessment.areas[0]!;
    expect(text).toContain(`e-Admin     ${admin.score!.toFixed(2)}`);
    expect(text).toContain(
      `Overall: ${assessment.overall.score!.toFixed(2)}, level ${assessment.overall.level!.level} ${assessment.overall.level!.name}`,
    );
    expect(text).toMatch(/^e-Admin\s+2014\s+1,200,000,000\s+1,130,000,000\s+-70,000,000\s+94\.17\s+B$/m);
  });
});

describe('formatAssessment of other trees', () => {
  test('an index without service areas prints its Dimensions table alone, numbered 1', () => {
    expect(formatAssessment(egdiAssessment())).toMatchInlineSnapshot(`
      "CeDS assessment: Index City (x), period 2024
      Methodology: egdi-like 1

      1. Dimensions

      Dimension                                 Score  Maturity Level
      ----------------------------------------  -----  --------------
        Online Service Index                    80.00  4 Very High
        Human Capital Index                     70.00  3 High
        Telecommunication Infrastructure Index  60.00  3 High
      EGDI                                      70.00  3 High
      ----------------------------------------  -----  --------------
      Overall level                             70.00  3 High

      Overall: 70.00, level 3 High (readiness 70.00)
      Coverage: dimensions 100.00 %, overall 100.00 %
      Warnings: none"
    `);
  });

  test('without areas nothing of services, areas, utilization or budget is printed', () => {
    const text = formatAssessment(pairAssessment());
    expect(text).not.toMatch(
      /Area chart|Services\/Systems|services average|Budget|budget|areas|utilization|Internal|External/,
    );
    expect(text).toContain('Overall: 41.25, level 1 Low (readiness 41.25)');
    expect(text).toMatch(/^ {2}Digital skills\s+0\.00\s+1 Low$/m);
    expect(text).toMatch(/^Index\s+41\.25\s+1 Low$/m);
  });

  test('every group of the methodology gets its row after its own dimensions', () => {
    const text = formatAssessment(fiveGroupAssessment());
    const rows = text
      .split('\n')
      .filter((line) => /^( {2}[A-E][12] Component|Group [A-E]|Overall level) /.test(line))
      .map((line) => line.trim().split(/ {2,}/)[0]);
    expect(rows).toEqual([
      ...['A', 'B', 'C', 'D', 'E'].flatMap((g) => [`${g}1 Component`, `${g}2 Component`, `Group ${g}`]),
      'Overall level',
    ]);
    expect(text).toContain('3. Dimensions');
    expect(text).toContain('4. Budget vs spending');
    expect(text).toContain('(services average 83.33, readiness 68.00)');
  });

  test('a group and its dimensions print as many rows as the methodology has, missing ones as a dash', () => {
    const text = formatAssessment(thirteenAssessment());
    expect(text.match(/^ {2}Component \d+ /gm)).toHaveLength(13);
    expect(text).toMatch(/^ {2}Component 13\s+—\s+—$/m);
    expect(text).toContain('Coverage: dimensions 91.67 %, overall 100.00 %');
    expect(text).toContain('Warnings (1):');
  });

  test('a methodology without dimensions prints no Dimensions table and no readiness', () => {
    const text = formatAssessment(servicesOnlyAssessment());
    const headings = text.split('\n').filter((line) => /^\d\. /.test(line));
    expect(headings).toEqual(['1. Area chart', '2. Services/Systems identification', '3. Budget vs spending']);
    expect(text).not.toMatch(/Dimension|readiness|Overall level|dimensions/);
    expect(text).toContain('Overall: 51.67, level 3 Interactive (services average 51.67)');
    expect(text).toContain('Coverage: areas 50.00 %, utilization 100.00 %, overall 100.00 %');
  });

  test('with areas, a utilization coverage of null still prints as a dash', () => {
    const base = fixtureAssessment();
    const text = formatAssessment(fixtureAssessment({ coverage: { ...base.coverage, utilization: null } }));
    expect(text).toContain('Coverage: areas 75.00 %, utilization —, dimensions 83.33 %, overall 100.00 %');
  });
});
