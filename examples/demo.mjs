#!/usr/bin/env node
// The CeDS report of the illustrative sample city, printed as the four tables of the deck.
//
//   npm run demo                              # builds, then runs this file
//   node examples/demo.mjs [path/to/city.json] # after `npm run build`
//
// It imports the package by its own name ('wego-ceds'), exactly as a user would; Node resolves
// that through the "exports" of package.json to the built files in dist/.
import { readFileSync } from 'node:fs';
import * as ceds from 'wego-ceds';

const file = process.argv[2] ?? new URL('./sample-city.json', import.meta.url);
const input = JSON.parse(readFileSync(file, 'utf8'));

const assessment = ceds.assessCity(input);
console.log(ceds.formatAssessment(assessment));

// The gap analysis ships in a later release of some builds: show it when it is there.
if (typeof ceds.findConsiderations === 'function') {
  const considerations = ceds.findConsiderations(input, { limit: 5 });
  const items = Array.isArray(considerations) ? considerations : (considerations.items ?? []);
  console.log('');
  console.log('Top considerations (single changes that raise the overall score most)');
  console.log('');
  const serviceName = (id) => assessment.services.find((s) => s.id === id)?.name ?? id;
  const dimensionLabel = (id) => assessment.dimensions.find((d) => d.id === id)?.label ?? id;
  const describe = (item) => {
    const change = `${item.from ?? 'none'} → ${item.to}`;
    switch (item.kind) {
      case 'operate':
        return `Put "${serviceName(item.serviceId)}" into operation (${change})`;
      case 'raise-level':
        return `Raise the level of "${serviceName(item.serviceId)}" (${change})`;
      case 'raise-utilization':
        return `Raise the utilization of "${serviceName(item.serviceId)}" (${change})`;
      default:
        return `${dimensionLabel(item.dimensionId)}: raise indicator "${item.indicatorId}" (${change})`;
    }
  };
  items.slice(0, 5).forEach((item, i) => {
    const level = item.crossesLevel ? `, reaching level ${item.overall.level.level} ${item.overall.level.name}` : '';
    console.log(
      `${i + 1}. ${describe(item)}: overall +${item.gain.toFixed(2)} to ${item.overall.score.toFixed(2)}${level}`,
    );
  });
}
