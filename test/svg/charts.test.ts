import { describe, expect, test } from 'vitest';
import type { CityAssessment } from '../../src/ceds/types.js';
import { renderAreaChart, renderBudgetChart, renderDimensionChart } from '../../src/svg.js';
import { fixtureAssessment } from '../format/fixture.js';
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
    groups: { internal: noScore, external: noScore },
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

describe.each(charts)('%s chart', (name, render, title) => {
  test.each(cases)('the %s assessment renders a well-formed, accessible, self-contained SVG', (_case, make) => {
    const svg = render(make());
    assertWellFormedXml(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/);
    expect(svg.split('\n')[1]).toMatch(/^<title>[^<]+<\/title>$/);
    expect(svg).toContain('<desc>');
    // The namespace is a name, not a reference; nothing else may point outside.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
      /http|href|url\(|@import|<script|<style|<image|<foreignObject|\bon\w+=/i,
    );
    expect(svg).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
    expect(svg).not.toMatch(/="-0"|[ ,]-0[ ,"]/);
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

  test('a methodology with two dimensions draws circular rings', () => {
    const full = fixtureAssessment();
    const svg = renderDimensionChart(fixtureAssessment({ dimensions: full.dimensions.slice(0, 2) }));
    assertWellFormedXml(svg);
    expect(svg).toContain('<circle cx="380" cy="292" r="160"');
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
