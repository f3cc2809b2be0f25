// The `wego-ceds/svg` entry: accessible, self-contained SVG charts of a CityAssessment.
export { renderAreaChart } from './svg/area-chart.js';
export { renderDimensionChart } from './svg/dimension-chart.js';
export { renderBudgetChart } from './svg/budget-chart.js';
export type { SvgChartOptions } from './svg/document.js';
