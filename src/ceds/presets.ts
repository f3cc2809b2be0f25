import { defaultLevelBands } from '../core/levels.js';
import { brandMethodology } from './methodology-brand.js';
import type { AreaDefinition, Methodology } from './types.js';

// Calls of `area` are marked pure, like the presets: a bundle that never uses a preset (an
// assessCity bundle never uses platformMethodology) then drops all of it.
function area(id: string, label: string, order: number): AreaDefinition {
  return { id, label, order };
}

function preset(id: string, label: string, areas: AreaDefinition[]): Methodology {
  // Presets count as validated (test/ceds/methodology.test.ts checks that they are valid).
  return brandMethodology({
    id,
    version: '1.0.0',
    label,
    areas,
    groups: [
      { id: 'internal', label: 'Internal', weight: 1 },
      { id: 'external', label: 'External', weight: 1 },
    ],
    dimensions: [
      { id: 'governance-mechanism', label: 'Governance Mechanism', group: 'internal', weight: 1 },
      { id: 'policy-institution', label: 'Policy & Institution', group: 'internal', weight: 1 },
      { id: 'resource-capacity', label: 'Resource Capacity', group: 'internal', weight: 1 },
      { id: 'ict-network', label: 'ICT Network', group: 'external', weight: 1 },
      { id: 'citizen-readiness', label: 'Citizen Readiness', group: 'external', weight: 1 },
      { id: 'public-service-infrastructure', label: 'Public Service Infrastructure', group: 'external', weight: 1 },
    ],
    areaWeights: { operation: 1, development: 1, utilization: 1 },
    overallWeights: { services: 1, readiness: 1 },
    areaWeighting: 'equal',
    aggregation: {
      area: 'arithmetic',
      dimension: 'arithmetic',
      group: 'arithmetic',
      readiness: 'arithmetic',
      overall: 'arithmetic',
    },
    levels: defaultLevelBands.map((band) => ({ ...band })),
    precision: 2,
    missingData: { policy: 'exclude', minCoverage: 50 },
    // PEFA PI-1 practice: A within 95–105 %, B within 90–110 %, C within 85–115 %, D outside.
    budgetBands: [
      { band: 'A', maxDeviation: 5 },
      { band: 'B', maxDeviation: 10 },
      { band: 'C', maxDeviation: 15 },
      { band: 'D', maxDeviation: null },
    ],
  });
}

/**
 * The default methodology, `ceds-deck-2015`: the four areas of the 2015 CeDS deck (e-Admin,
 * e-Industry, e-City, e-Info), the six readiness dimensions, equal weights everywhere,
 * arithmetic aggregation, the five UN/ASPA bands, 2 decimals, `exclude` with 50 % minimum
 * coverage, and PEFA-style budget bands.
 *
 * @example
 * ```ts
 * import { defaultMethodology } from 'wego-ceds';
 * defaultMethodology.id; // => 'ceds-deck-2015'
 * defaultMethodology.areas.map((a) => a.label); // => ['e-Admin', 'e-Industry', 'e-City', 'e-Info']
 * ```
 */
export const defaultMethodology: Methodology = /* @__PURE__ */ preset('ceds-deck-2015', 'CeDS deck (2015)', [
  /* @__PURE__ */ area('e-admin', 'e-Admin', 1),
  /* @__PURE__ */ area('e-industry', 'e-Industry', 2),
  /* @__PURE__ */ area('e-city', 'e-City', 3),
  /* @__PURE__ */ area('e-info', 'e-Info', 4),
]);

/**
 * The online platform's methodology, `ceds-platform-2014`: areas e-Admin (G2E), e-Life (G2C),
 * e-Industry (G2B) and e-Infra; everything else as in `defaultMethodology`.
 *
 * @example
 * ```ts
 * import { platformMethodology } from 'wego-ceds';
 * platformMethodology.areas.map((a) => a.id); // => ['e-admin', 'e-life', 'e-industry', 'e-infra']
 * ```
 */
export const platformMethodology: Methodology = /* @__PURE__ */ preset(
  'ceds-platform-2014',
  'CeDS online platform (2014)',
  [
    /* @__PURE__ */ area('e-admin', 'e-Admin', 1),
    /* @__PURE__ */ area('e-life', 'e-Life', 2),
    /* @__PURE__ */ area('e-industry', 'e-Industry', 3),
    /* @__PURE__ */ area('e-infra', 'e-Infra', 4),
  ],
);
