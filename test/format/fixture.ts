// A small hand-built CityAssessment for presentation tests: the formatters and charts only
// read a result, so they are tested against this fixed shape rather than the engine.
import { defaultMethodology } from '../../src/ceds/presets.js';
import type { CityAssessment } from '../../src/ceds/types.js';
import { deepFreeze } from '../../src/core/freeze.js';

const lv = (level: number, name: string) => ({ level, name });

export function fixtureAssessment(overrides: Partial<CityAssessment> = {}): CityAssessment {
  const base: CityAssessment = {
    methodology: { id: defaultMethodology.id, version: defaultMethodology.version, definition: defaultMethodology },
    city: { id: 'fixture-city', name: 'Fixture City', country: 'KR' },
    period: '2015',
    areas: [
      { id: 'e-admin', label: 'e-Admin', totalServices: 3, operationRate: 66.67, developmentRate: 53.33, utilizationRate: 72.5, score: 64.17, level: lv(4, 'Transactional') },
      { id: 'e-industry', label: 'e-Industry', totalServices: 2, operationRate: 50, developmentRate: 30, utilizationRate: null, score: 40, level: lv(3, 'Interactive') },
      { id: 'e-city', label: 'e-City', totalServices: 1, operationRate: 100, developmentRate: 100, utilizationRate: 100, score: 100, level: lv(5, 'Seamless') },
      { id: 'e-info', label: 'e-Info', totalServices: 0, operationRate: null, developmentRate: null, utilizationRate: null, score: null, level: null },
    ],
    average: { id: 'average', label: 'Average', totalServices: 6, operationRate: 72.22, developmentRate: 61.11, utilizationRate: 86.25, score: 68.06, level: lv(4, 'Transactional') },
    services: [
      { id: 'ipmail', area: 'e-admin', name: 'ipMail System (plus Mail)', status: 'operating', level: 4, utilization: 72.5, applicable: true },
      { id: 'e-approval', area: 'e-admin', name: 'Electronic Document Approval and Records Management System for All Departments', status: 'operating', level: 3, utilization: null, applicable: true },
      { id: 'hr', area: 'e-admin', name: 'Human Resources', status: 'planned', level: 1, utilization: null, applicable: true },
      { id: 'e-procurement', area: 'e-industry', name: 'e-Procurement', status: 'operating', level: 3, utilization: null, applicable: true },
      { id: 'biz-portal', area: 'e-industry', name: 'Business Portal', status: 'absent', level: 0, utilization: null, applicable: true },
      { id: 'port-logistics', area: 'e-industry', name: 'Port Logistics', status: 'absent', level: 0, utilization: null, applicable: false },
      { id: 'smart-parking', area: 'e-city', name: 'Smart Parking', status: 'operating', level: 5, utilization: 100, applicable: true },
    ],
    dimensions: [
      { id: 'governance-mechanism', label: 'Governance Mechanism', group: 'internal', score: 75, level: lv(4, 'Transactional') },
      { id: 'policy-institution', label: 'Policy & Institution', group: 'internal', score: 62.5, level: lv(4, 'Transactional') },
      { id: 'resource-capacity', label: 'Resource Capacity', group: 'internal', score: 41.33, level: lv(3, 'Interactive') },
      { id: 'ict-network', label: 'ICT Network', group: 'external', score: 88.8, level: lv(5, 'Seamless') },
      { id: 'citizen-readiness', label: 'Citizen Readiness', group: 'external', score: 89, level: lv(5, 'Seamless') },
      { id: 'public-service-infrastructure', label: 'Public Service Infrastructure', group: 'external', score: null, level: null },
    ],
    groups: {
      internal: { score: 59.61, level: lv(3, 'Interactive') },
      external: { score: 88.9, level: lv(5, 'Seamless') },
    },
    readiness: { score: 74.26, level: lv(4, 'Transactional') },
    overall: { score: 71.16, level: lv(4, 'Transactional') },
    budget: {
      currency: 'KRW',
      areas: [
        {
          id: 'e-admin', label: 'e-Admin', budget: '2200000000', spending: '2130000000', variance: '-70000000', executionRate: 96.82, band: 'A',
          years: [
            { year: 2014, budget: '1200000000', spending: '1130000000', variance: '-70000000', executionRate: 94.17, band: 'B' },
            { year: 2015, budget: '1000000000', spending: '1000000000', variance: '0', executionRate: 100, band: 'A' },
          ],
        },
        {
          id: 'e-city', label: 'e-City', budget: '0', spending: '15000000.5', variance: '15000000.5', executionRate: null, band: null,
          years: [{ year: null, budget: '0', spending: '15000000.5', variance: '15000000.5', executionRate: null, band: null }],
        },
      ],
      years: [
        { year: 2014, budget: '1200000000', spending: '1130000000', variance: '-70000000', executionRate: 94.17, band: 'B' },
        { year: 2015, budget: '1000000000', spending: '1000000000', variance: '0', executionRate: 100, band: 'A' },
        { year: null, budget: '0', spending: '15000000.5', variance: '15000000.5', executionRate: null, band: null },
      ],
      total: { budget: '2200000000', spending: '2145000000.5', variance: '-54999999.5', executionRate: 97.5, band: 'A' },
    },
    coverage: { areas: 75, utilization: 66.67, dimensions: 83.33, overall: 100 },
    warnings: [
      { code: 'empty-area', path: ['areas', 'e-info'], message: 'Area e-Info has no applicable service; it has no score.' },
      { code: 'zero-budget', path: ['budget', 'lines', 3], message: 'The budget of e-City is 0; no execution rate.' },
    ],
    explanations: {},
  };
  return deepFreeze({ ...base, ...overrides });
}
