import { describe, expect, test } from 'vitest';
import { assessCity } from '../../src/ceds/assess.js';
import { defineMethodology } from '../../src/ceds/define-methodology.js';
import type { CityAssessment } from '../../src/ceds/types.js';
import { renderAreaChart, renderBudgetChart, renderDimensionChart } from '../../src/svg.js';
import { fixtureAssessment } from '../format/fixture.js';
import {
  egdiAssessment,
  fiveGroupAssessment,
  pairAssessment,
  servicesOnlyAssessment,
  thirteenAssessment,
} from '../format/trees.js';
import { assertWellFormedXml } from './well-formed.js';

const HOSTILE = `Ville "A&B" <Test> 'Ω' </title><script>alert(1)</script>`;

function emptyAssessment(): CityAssessment {
  const full = fixtureAssessment();
  const noScore = { score: null, level: null };
  return fixtureAssessment({
    areas: full.areas.map((a) => ({
      ...a,
      totalServices: 0,
      operationRate: null,
      developmentRate: null,
      utilizationRate: null,
      ...noScore,
    })),
    average: {
      ...full.average,
      totalServices: 0,
      operationRate: null,
      developmentRate: null,
      utilizationRate: null,
      ...noScore,
    },
    dimensions: full.dimensions.map((d) => ({ ...d, ...noScore })),
    groups: full.groups.map((g) => ({ ...g, ...noScore })),
    readiness: noScore,
    overall: noScore,
    budget: null,
    services: [],
  });
}

function hostileAssessment(): CityAssessment {
  const full = fixtureAssessment();
  return fixtureAssessment({
    city: { id: 'x&y', name: HOSTILE },
    areas: full.areas.map((a, i) => (i === 0 ? { ...a, label: `<b>"Admin" & 'co'</b>` } : a)),
    dimensions: full.dimensions.map((d, i) => (i === 0 ? { ...d, label: 'Gov & <Policy>' } : d)),
    budget:
      full.budget === null
        ? null
        : { ...full.budget, areas: full.budget.areas.map((a) => ({ ...a, label: `${a.label} <&>` })) },
  });
}

const charts = [
  ['area', renderAreaChart, 'Area chart: Fixture City'],
  ['dimension', renderDimensionChart, 'Dimensions: Fixture City'],
  ['budget', renderBudgetChart, 'Budget vs spending: Fixture City'],
] as const;

const cases = [
  ['full', fixtureAssessment],
  ['empty', emptyAssessment],
  ['hostile', hostileAssessment],
] as const;

/** Well-formed, accessible, self-contained, and free of printed nonsense. */
function expectCleanSvg(svg: string): void {
  assertWellFormedXml(svg);
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
  expect(svg).toMatch(/^<svg [^>]*role="img"/);
  expect(svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/);
  expect(svg.split('\n')[1]).toMatch(/^<title>[^<]+<\/title>$/);
  expect(svg.split('\n')[2]).toMatch(/^<desc>[^<]+<\/desc>$/);
  // The namespace is a name, not a reference; nothing else may point outside.
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
    /http|href|url\(|@import|<script|<style|<image|<foreignObject|\bon\w+=/i,
  );
  expect(svg).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
  expect(svg).not.toMatch(/="-0"|[ ,]-0[ ,"]/);
}

describe.each(charts)('%s chart', (name, render, title) => {
  test.each(cases)('the %s assessment renders a well-formed, accessible, self-contained SVG', (_case, make) => {
    expectCleanSvg(render(make()));
  });

  test('the title and aria-label carry the city name', () => {
    const svg = render(fixtureAssessment());
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain(`aria-label="${title}"`);
  });

  test('a title option replaces the title and the aria-label', () => {
    const svg = render(fixtureAssessment(), { title: 'Tableau & co' });
    expect(svg).toContain('<title>Tableau &amp; co</title>');
    expect(svg).toContain('aria-label="Tableau &amp; co"');
  });

  test('hostile names are escaped in text and attributes', () => {
    const svg = render(hostileAssessment());
    expect(svg).toContain(
      'Ville &quot;A&amp;B&quot; &lt;Test&gt; &apos;Ω&apos; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(svg).not.toContain('<script');
    expect(svg.match(/<title>/g)).toHaveLength(1);
  });

  test('the same assessment gives a byte-identical SVG', async () => {
    const first = render(fixtureAssessment());
    expect(render(fixtureAssessment())).toBe(first);
    await expect(first).toMatchFileSnapshot(`__snapshots__/${name}-chart.svg`);
    await expect(render(emptyAssessment())).toMatchFileSnapshot(`__snapshots__/${name}-chart-empty.svg`);
  });

  test('characters XML forbids become U+FFFD and the SVG stays well-formed', () => {
    const svg = render(fixtureAssessment({ city: { id: 'c', name: 'Bad\u0000\u0007name\ud800' } }));
    assertWellFormedXml(svg);
    expect(svg).toContain('Bad\ufffd\ufffdname\ufffd');
  });
});

describe('chart contents', () => {
  test('the area chart prints every area value and marks missing ones "no data"', () => {
    const svg = renderAreaChart(fixtureAssessment());
    for (const value of ['64.17', '66.67', '53.33', '72.50', '40.00', '100.00', '68.06', '86.25'])
      expect(svg).toContain(`>${value}<`);
    expect(svg).toContain('>e-Info<');
    expect(svg).toContain('>no score<');
    expect(svg.match(/>no data</g)).toHaveLength(4 + 1);
    expect(svg).toContain('>Level 4 Transactional<');
    expect(svg).toContain('>5 Seamless<');
  });

  test('an area chart of empty areas draws no bars', () => {
    const svg = renderAreaChart(emptyAssessment());
    expect(svg.match(/>no data</g)).toHaveLength(5 * 4);
    expect(svg).not.toMatch(/<rect [^>]*y="1[0-9]{2}"[^>]*height="12"/);
  });

  test('the dimension chart labels all six spokes and leaves a missing one out of the shape', () => {
    const svg = renderDimensionChart(fixtureAssessment());
    for (const label of [
      'Governance Mechanism',
      'Policy &amp; Institution',
      'Resource Capacity',
      'ICT Network',
      'Citizen Readiness',
      'Public Service Infrastructure',
    ]) {
      expect(svg).toContain(`>${label}<`);
    }
    expect(svg).toContain('>no data<');
    const shape = /<polygon points="([^"]+)" fill="#0072b2"/.exec(svg);
    expect(shape?.[1]?.split(' ')).toHaveLength(5);
    expect(svg).toContain('>Overall level 74.26<');
    expect(svg).toContain('>Internal 59.61<');
  });

  test('the dimension chart of two scored dimensions draws a line, and of none no shape', () => {
    const full = fixtureAssessment();
    const two = fixtureAssessment({
      dimensions: full.dimensions.map((d, i) => (i < 2 ? d : { ...d, score: null, level: null })),
    });
    expect(renderDimensionChart(two)).toContain('<polyline');
    const none = renderDimensionChart(emptyAssessment());
    expect(none).not.toMatch(/<polygon points="[^"]+" fill="#0072b2"|<polyline/);
  });

  test('two dimensions are too few for a radar: each gets a bar', () => {
    const full = fixtureAssessment();
    const svg = renderDimensionChart(fixtureAssessment({ dimensions: full.dimensions.slice(0, 2) }));
    assertWellFormedXml(svg);
    expect(svg).not.toMatch(/<polygon|<polyline|<circle/);
    expect(svg.match(/<rect [^>]*height="14" rx="2" fill="#0072b2"\/>/g)).toHaveLength(2);
    expect(svg).toContain('>Governance Mechanism<');
    expect(svg).toContain('>62.50<');
  });

  test('the budget chart shows compact amounts, execution rates and bands', () => {
    const svg = renderBudgetChart(fixtureAssessment());
    expect(svg).toContain('>2.20 B<');
    expect(svg).toContain('>2.13 B<');
    expect(svg).toContain('>96.82 %<');
    expect(svg).toContain('>band A<');
    expect(svg).toContain('>no rate<');
    expect(svg).toContain('>budget 0<');
    expect(svg).toContain('>15.00 M<');
    expect(svg).toContain('>0<');
    expect(svg).toContain('>FY 2014–2015<');
    expect(svg).toContain(
      'Total: budget 2200000000 KRW, spending 2145000000.5 KRW, variance -54999999.5 KRW, execution 97.50 % · band A.',
    );
  });

  test('the budget chart handles one year, all-zero amounts, huge amounts and a rate without a band', () => {
    const base = fixtureAssessment().budget!;
    const admin = base.areas[0]!;
    const zero = { budget: '0', spending: '0', variance: '0', executionRate: null, band: null };
    const huge = '9'.repeat(400);
    const svg = renderBudgetChart(
      fixtureAssessment({
        budget: {
          ...base,
          areas: [
            { ...admin, years: [admin.years[0]!], band: null },
            { ...admin, id: 'e-city', label: 'e-City', ...zero, years: [] },
            { ...admin, id: 'e-info', label: 'e-Info', budget: huge, spending: huge },
          ],
          total: { ...base.total, band: null },
        },
      }),
    );
    assertWellFormedXml(svg);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('>FY 2014<');
    expect(svg).toContain('execution 97.50 %</text>');
    expect(svg).toContain('width="390"');
    const allZero = renderBudgetChart(
      fixtureAssessment({ budget: { ...base, areas: [{ ...admin, ...zero, years: [] }], total: { ...zero } } }),
    );
    expect(allZero).not.toMatch(/NaN|Infinity|<rect x="150"/);
    expect(allZero).toContain('execution no rate (budget 0)');
  });

  test('a budget without area lines reads as no budget', () => {
    const base = fixtureAssessment().budget!;
    expect(renderBudgetChart(fixtureAssessment({ budget: { ...base, areas: [] } }))).toContain(
      '>No budget was given.<',
    );
  });

  test('the budget chart without a budget says so', () => {
    const svg = renderBudgetChart(emptyAssessment());
    expect(svg).toContain('>No budget was given.<');
    expect(svg).toContain('<desc>No budget was given.</desc>');
  });
});

/** An index of `dimensions` components spread over `groups` groups, scored 10, 17, 24 … */
function indexAssessment(dimensions: number, groups: number): CityAssessment {
  const ids = Array.from({ length: groups }, (_, g) => `g${g + 1}`);
  const methodology = defineMethodology({
    id: `index-${dimensions}-${groups}`,
    version: '1',
    label: 'A generated index',
    areas: [],
    groups: ids.map((id) => ({ id, label: `Group ${id}`, weight: 1 })),
    dimensions: Array.from({ length: dimensions }, (_, i) => ({
      id: `d${i + 1}`,
      label: `Dimension ${i + 1}`,
      group: ids[i % groups]!,
      weight: 1,
    })),
  });
  return assessCity(
    {
      city: { id: 'g', name: 'Generated' },
      dimensions: methodology.dimensions.map((d, i) => ({ id: d.id, score: (10 + 7 * i) % 101 })),
    },
    { methodology },
  );
}

/** The colours of the footer's keys, in order: a group's, then the readiness row's. */
function footerColours(svg: string): string[] {
  return [...svg.matchAll(/<rect [^>]*width="12" height="12" rx="2" fill="(#[0-9a-f]+)"\/>/g)].map((m) => m[1]!);
}

describe('charts of other methodologies', () => {
  const trees = [
    ['egdi', egdiAssessment],
    ['two', pairAssessment],
    ['thirteen', thirteenAssessment],
    ['five-groups', fiveGroupAssessment],
    ['no-dimensions', servicesOnlyAssessment],
  ] as const;

  test.each(trees)('every chart of the %s assessment is clean and the same twice', (_name, make) => {
    for (const render of [renderAreaChart, renderDimensionChart, renderBudgetChart]) {
      const svg = render(make());
      expectCleanSvg(svg);
      expect(render(make())).toBe(svg);
    }
  });

  test.each(trees.filter(([name]) => name !== 'no-dimensions'))(
    'the dimension chart of the %s assessment matches its snapshot',
    async (name, make) => {
      await expect(renderDimensionChart(make())).toMatchFileSnapshot(`__snapshots__/dimension-chart-${name}.svg`);
    },
  );

  test('an index of three components is a triangle radar in one colour, with its group and readiness below', () => {
    const svg = renderDimensionChart(egdiAssessment());
    const shape = /<polygon points="([^"]+)" fill="#0072b2"/.exec(svg);
    expect(shape?.[1]?.split(' ')).toHaveLength(3);
    for (const label of ['Online Service Index', 'Human Capital Index']) expect(svg).toContain(`>${label}<`);
    // The long label is cut to the room left of its spoke.
    expect(svg).toContain('>Telecommunication Infrastruc…<');
    expect(svg).toContain('>EGDI 70.00<');
    expect(svg).toContain('>Overall level 70.00<');
    expect(footerColours(svg)).toEqual(['#0072b2', '#1f2933']);
    expect(svg).toContain(
      '<desc>Online Service Index (EGDI): 80.00, level 4 Very High. Human Capital Index (EGDI): 70.00, level 3 High. ' +
        'Telecommunication Infrastructure Index (EGDI): 60.00, level 3 High. EGDI: 70.00, level 3 High. ' +
        'Overall level: 70.00, level 3 High.</desc>',
    );
  });

  test.each([1, 2, 3, 6, 12, 13, 20])('%i dimensions: a radar from 3 to 12, bars otherwise', (n) => {
    const assessment = indexAssessment(n, Math.min(n, 2));
    const svg = renderDimensionChart(assessment);
    expectCleanSvg(svg);
    const radar = n >= 3 && n <= 12;
    expect(/<polygon points="[^"]+" fill="none"/.test(svg)).toBe(radar);
    // A bar per dimension, but none for a score of 0.
    const bars = assessment.dimensions.filter((d) => d.score! > 0).length;
    expect(svg.match(/<rect [^>]*height="14" rx="2"/g) ?? []).toHaveLength(radar ? 0 : bars);
    for (const d of assessment.dimensions) {
      expect(svg).toContain(`>${d.label}<`);
      expect(svg).toContain(`>${d.score!.toFixed(2)}<`);
      expect(svg).toContain(`${d.label} (${d.group === 'g1' ? 'Group g1' : 'Group g2'}): ${d.score!.toFixed(2)}`);
    }
  });

  test('the bars mark a missing score "no data" and draw no bar for a score of 0', () => {
    const thirteen = renderDimensionChart(thirteenAssessment());
    expect(thirteen.match(/>no data</g)).toHaveLength(1);
    expect(thirteen).toContain('>Component 13<');
    expect(thirteen.match(/<rect [^>]*height="14" rx="2"/g)).toHaveLength(11);
    expect(thirteen).toContain('>4 Very High<');
    expect(renderDimensionChart(pairAssessment()).match(/<rect [^>]*height="14" rx="2"/g)).toHaveLength(1);
  });

  test('each group has its own colour, the first two those of Internal and External', () => {
    expect(footerColours(renderDimensionChart(fixtureAssessment()))).toEqual(['#0072b2', '#b35806', '#1f2933']);
    const five = footerColours(renderDimensionChart(fiveGroupAssessment()));
    expect(five).toHaveLength(6);
    expect(new Set(five.slice(0, 5)).size).toBe(5);
    expect(five.slice(0, 2)).toEqual(['#0072b2', '#b35806']);
    // Beyond the palette the colours repeat; the keys still name every group.
    const eight = renderDimensionChart(indexAssessment(8, 8));
    const colours = footerColours(eight);
    expect(colours.slice(6, 8)).toEqual(colours.slice(0, 2));
    for (let g = 1; g <= 8; g++) expect(eight).toContain(`>Group g${g} `);
  });

  test('many groups wrap the footer into rows of four, and the chart grows to hold them', () => {
    const three = renderDimensionChart(egdiAssessment());
    const five = renderDimensionChart(fiveGroupAssessment());
    const keyRows = (svg: string) =>
      new Set([...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="12" height="12"/g)].map((m) => m[1]));
    expect(keyRows(three).size).toBe(1);
    expect(keyRows(five).size).toBe(2);
    const height = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)![1]);
    expect(height(five)).toBe(height(three) + 48);
    expect([...five.matchAll(/<rect x="([\d.]+)" y="544" width="12"/g)].map((m) => m[1])).toEqual([
      '24',
      '202',
      '380',
      '558',
    ]);
  });

  test('a methodology without service areas gets an area chart that says so', async () => {
    const svg = renderAreaChart(egdiAssessment());
    expectCleanSvg(svg);
    expect(svg).toContain('>The methodology has no service areas.<');
    expect(svg).toContain('<desc>The methodology has no service areas.</desc>');
    expect(svg).toContain('<title>Area chart: Index City</title>');
    expect(renderAreaChart(egdiAssessment(), { title: 'Zones' })).toContain('aria-label="Zones"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/area-chart-no-areas.svg');
  });

  test('a methodology without dimensions gets a dimension chart that says so', () => {
    const svg = renderDimensionChart(servicesOnlyAssessment());
    expect(svg).toContain('>The methodology has no readiness dimensions.<');
    expect(svg).toContain('<desc>The methodology has no readiness dimensions.</desc>');
    expect(renderAreaChart(servicesOnlyAssessment())).toContain('>83.33<');
  });
});
