/* global DOMParser, fetch */
// The dashboard's script: scores a city with wego-ceds in the browser and shows its report.
// It is bundled with the library into bundle.js by scripts/build-dashboard.mjs (the page
// cannot import the bare 'zod' and 'decimal.js' that the package's own files name).
import { assessCity, CedsInputError, formatAssessment } from 'wego-ceds';
import { renderAreaChart, renderBudgetChart, renderDimensionChart } from 'wego-ceds/svg';

const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);

function fixed(value, precision) {
  return value === null ? '—' : value.toFixed(precision);
}

function levelText(row) {
  return row.level === null ? 'no score' : `Level ${row.level.level} · ${row.level.name}`;
}

// Parsing as XML (not innerHTML) checks that every chart is a well-formed SVG document.
function svgNode(markup) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error !== null) throw new Error(`A chart is not well-formed SVG: ${error.textContent}`);
  return document.importNode(doc.documentElement, true);
}

/** Renders the report of one city input into the page. */
export function show(input) {
  const assessment = assessCity(input);
  const precision = assessment.methodology.definition.precision;
  const { city, budget } = assessment;

  byTestId('city-name').textContent = city.name;
  byTestId('city-meta').textContent = [
    city.country,
    assessment.period === null ? null : `period ${assessment.period}`,
    `methodology ${assessment.methodology.id} ${assessment.methodology.version}`,
  ]
    .filter(Boolean)
    .join(' · ');

  byTestId('overall-score').textContent = fixed(assessment.overall.score, precision);
  byTestId('overall-level').textContent = levelText(assessment.overall);
  byTestId('services-average').textContent = fixed(assessment.average.score, precision);
  byTestId('services-count').textContent =
    `${assessment.average.totalServices} services · ${levelText(assessment.average)}`;
  byTestId('readiness-score').textContent = fixed(assessment.readiness.score, precision);
  byTestId('readiness-level').textContent = levelText(assessment.readiness);
  byTestId('budget-execution').textContent =
    budget === null ? '—' : `${fixed(budget.total.executionRate, precision)} %`;
  byTestId('budget-band').textContent =
    budget === null ? 'no budget given' : `band ${budget.total.band ?? '—'} · ${budget.currency}`;

  byTestId('area-chart').replaceChildren(svgNode(renderAreaChart(assessment)));
  byTestId('dimension-chart').replaceChildren(svgNode(renderDimensionChart(assessment)));
  byTestId('budget-chart').replaceChildren(svgNode(renderBudgetChart(assessment)));

  const warnings = byTestId('warnings');
  warnings.replaceChildren(
    ...assessment.warnings.map((w) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = w.code;
      item.append(code, ` ${w.message}`);
      return item;
    }),
  );
  byTestId('warning-count').textContent = String(assessment.warnings.length);
  byTestId('report').textContent = formatAssessment(assessment);
  byTestId('error').hidden = true;
  return assessment;
}

function showError(error) {
  const box = byTestId('error');
  box.hidden = false;
  box.textContent =
    error instanceof CedsInputError
      ? `${error.message}`
      : `Could not show this city: ${error instanceof Error ? error.message : String(error)}`;
}

async function main() {
  const response = await fetch(new URL('../sample-city.json', document.baseURI));
  if (!response.ok) throw new Error(`Could not load the sample city (HTTP ${response.status})`);
  show(await response.json());
  byTestId('file').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file === undefined) return;
    try {
      show(JSON.parse(await file.text()));
    } catch (error) {
      showError(error);
    }
  });
  document.documentElement.dataset.state = 'ready';
}

main().catch((error) => {
  showError(error);
  document.documentElement.dataset.state = 'error';
  throw error;
});
