#!/usr/bin/env node
// Writes examples/sample-city.json: an ILLUSTRATIVE city for the demo and the dashboard.
// The numbers are made up by a seeded generator (mulberry32, fixed seed), not official data
// of any city, so that the examples are realistic in shape and reproducible byte for byte:
//
//   node scripts/make-sample-city.mjs            # rewrite the file
//   node scripts/make-sample-city.mjs --check    # exit 1 when the file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED = 20150610;
const target = fileURLToPath(new URL('../examples/sample-city.json', import.meta.url));

/** mulberry32: a tiny 32-bit PRNG, identical on every platform. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (weights) => {
  // weights: [[value, weight], ...]
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weights) {
    r -= w;
    if (r < 0) return value;
  }
  return weights[weights.length - 1][0];
};
const slug = (name) =>
  name
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ----------------------------------------------------------------------------------------------
// Services: 110 systems over the four areas of defaultMethodology (ceds-deck-2015).
// ----------------------------------------------------------------------------------------------

const AREAS = {
  'e-admin': {
    profile: { operating: 78, developing: 12, planned: 6, absent: 4 },
    names: [
      'ipMail System (plus Mail)',
      'Electronic Approval System',
      'Records Management System',
      'Human Resources Management',
      'Payroll System',
      'Financial Management System',
      'Local Tax Administration',
      'Budget Planning System',
      'Civil Petition Management',
      'Statistics Data Warehouse',
      'Video Conferencing',
      'Intranet Portal',
      'Knowledge Management System',
      'e-Learning for Civil Servants',
      'Performance Management (BSC)',
      'Audit & Inspection System',
      'Public Asset Management',
      'Vehicle Fleet Management',
      'Legal Affairs Database',
      'Council Minutes System',
      'Document Exchange Hub',
      'Single Sign-On',
      'Mobile Office',
      'Cloud Desktop (VDI)',
      'Cyber Security Operations Center',
      'GIS Basemap Service',
      'Land Registry System',
      'Building Permit Processing',
      'Social Welfare Case Management',
      'Disaster Management Information System',
    ],
  },
  'e-industry': {
    profile: { operating: 55, developing: 20, planned: 12, absent: 13 },
    names: [
      'e-Procurement',
      'Business Registration Online',
      'One-Stop Business Permit',
      'SME Support Portal',
      'Export Promotion Portal',
      'Investment Promotion Portal',
      'Online Tax Filing for Business',
      'Job Matching Portal',
      'Tourism Information Portal',
      'Agricultural Market Information',
      'Cultural Content Marketplace',
      'Startup Incubation Platform',
      'Industrial Complex Management',
      'Labour Inspection System',
      'Business Licence Renewal',
      'Consumer Complaint Centre',
      'Local Currency Platform',
      'Public Contract Disclosure',
      'Market Price Information',
      'Convention Booking System',
      'Trade Fair Registration',
      'Fisheries Permits',
      'Factory Registration',
      'Smart Manufacturing Support',
      'Traditional Market Promotion',
    ],
  },
  'e-city': {
    profile: { operating: 60, developing: 20, planned: 12, absent: 8 },
    names: [
      'Smart Parking',
      'Bus Information System',
      'Traffic Signal Control',
      'Intelligent Transport System (ITS)',
      'Public Bike Sharing',
      'Smart Street Lighting',
      'Water Quality Monitoring',
      'Air Quality Monitoring',
      'Waste Collection Tracking',
      'Flood Early Warning',
      'CCTV Integrated Control Center',
      'Emergency Call Integration',
      'Smart Water Metering',
      'Urban Planning GIS',
      'Underground Utilities Map',
      'Parks & Facility Booking',
      'Public Wi-Fi',
      'Library Online Services',
      'School Meal Information',
      'Health Centre Appointments',
      'Elderly Care Monitoring',
      'Noise Monitoring',
      'Smart Bus Shelters',
      'Taxi Call Service',
      'Road Maintenance Reporting',
      'Energy Management for Public Buildings',
      'EV Charging Map',
      'Crime Prevention Map',
      'Heat Wave Alerts',
      'Digital Twin Pilot',
    ],
  },
  'e-info': {
    profile: { operating: 72, developing: 14, planned: 8, absent: 6 },
    names: [
      'Open Data Portal',
      'City Website',
      'Mobile City App',
      'Online Civil Petition (e-People)',
      'Public Opinion Polling (e-Voting)',
      'Social Media Channels',
      'Citizen Call Centre',
      'Information Disclosure Portal',
      'Budget Transparency Portal',
      'Online Policy Forum',
      'Participatory Budgeting',
      'Digital Archives',
      'Council Meeting Streaming',
      'Open API Gateway',
      'Big Data Analytics Platform',
      'Accessible Web Service',
      'Multilingual Services for Foreigners',
      'SMS Notification Service',
      'Digital Literacy Education',
      'Public Information Kiosks',
      'Chatbot Assistant',
      'e-Newsletter',
      'Online Public Hearings',
      'Youth Participation Portal',
      'Citizen Ideas Bank',
    ],
  },
};

// A system the inland sample city has no use for: it leaves every denominator.
const NOT_APPLICABLE = new Set(['Fisheries Permits']);

const services = [];
for (const [area, { profile, names }] of Object.entries(AREAS)) {
  for (const name of names) {
    const status = pick(Object.entries(profile));
    const service = { id: `${area}.${slug(name)}`, area, name, status };
    if (status === 'operating') {
      service.level = pick([
        [1, 4],
        [2, 14],
        [3, 32],
        [4, 34],
        [5, 16],
      ]);
      // Most operating systems report a utilization; a few leave it out.
      if (random() < 0.88) service.utilization = Math.round((25 + random() * 72) * 10) / 10;
    } else if (status === 'developing')
      service.level = pick([
        [1, 40],
        [2, 40],
        [3, 20],
      ]);
    else if (status === 'planned')
      service.level = pick([
        [0, 70],
        [1, 30],
      ]);
    else service.level = 0;
    if (NOT_APPLICABLE.has(name)) service.applicable = false;
    services.push(service);
  }
}

// ----------------------------------------------------------------------------------------------
// Readiness: 90 indicators over the six dimensions, every indicator kind.
// ----------------------------------------------------------------------------------------------

const MATURITY = { 0: 0, 1: 33.33, 2: 66.67, 3: 100 };
const STAGE = { none: 0, pilot: 25, partial: 50, most: 75, full: 100 };

/** Each spec: [id, kind, extra]; values are drawn around the dimension's `strength` (0..1). */
const DIMENSIONS = {
  'governance-mechanism': {
    strength: 0.78,
    indicators: [
      ['cio-office', 'boolean'],
      ['e-gov-committee', 'boolean'],
      ['strategy-alignment', 'likert', { weight: 2 }],
      ['master-plan-updated', 'ordinal', { scale: MATURITY }],
      ['cross-department-coordination', 'likert'],
      ['performance-monitoring', 'likert'],
      ['project-portfolio-review', 'ordinal', { scale: STAGE }],
      ['enterprise-architecture', 'ordinal', { scale: MATURITY }],
      ['standards-compliance', 'percent'],
      ['ict-steering-meetings-per-year', 'numeric', { low: 0, high: 12, direction: 'higher-is-better' }],
      ['leadership-commitment', 'likert', { weight: 2 }],
      ['evaluation-framework', 'boolean'],
      ['stakeholder-consultation', 'likert'],
      ['outsourcing-governance', 'likert'],
      ['benchmark-participation', 'score'],
    ],
  },
  'policy-institution': {
    strength: 0.7,
    indicators: [
      ['e-gov-ordinance', 'boolean', { weight: 2 }],
      ['privacy-regulation', 'boolean'],
      ['information-disclosure-law', 'boolean'],
      ['digital-signature-recognised', 'boolean'],
      ['open-data-policy', 'ordinal', { scale: MATURITY }],
      ['cyber-security-policy', 'likert'],
      ['records-management-rules', 'likert'],
      ['accessibility-standard', 'ordinal', { scale: STAGE }],
      ['cloud-first-policy', 'boolean'],
      ['procurement-rules-for-ict', 'likert'],
      ['regulatory-review-cycle-years', 'numeric', { low: 1, high: 10, direction: 'lower-is-better' }],
      ['policy-implementation-rate', 'percent'],
      ['interoperability-framework', 'ordinal', { scale: MATURITY }],
      ['citizen-rights-charter', 'boolean'],
      ['legal-readiness-review', 'score'],
    ],
  },
  'resource-capacity': {
    strength: 0.55,
    indicators: [
      ['ict-budget-share', 'numeric', { low: 0, high: 5, direction: 'higher-is-better', weight: 2 }],
      ['ict-staff-per-1000-employees', 'numeric', { low: 0, high: 40, direction: 'higher-is-better' }],
      ['staff-ict-training-hours', 'numeric', { low: 0, high: 40, direction: 'higher-is-better' }],
      ['certified-ict-staff', 'percent'],
      ['data-center-tier', 'ordinal', { scale: { 1: 0, 2: 33.33, 3: 66.67, 4: 100 } }],
      ['disaster-recovery', 'boolean'],
      ['ict-skills-self-assessment', 'likert', { min: 1, max: 7 }],
      ['vendor-dependence', 'likert'],
      ['rnd-partnerships', 'likert'],
      ['pc-per-employee', 'numeric', { low: 0, high: 1.2, direction: 'higher-is-better' }],
      ['maintenance-funding', 'likert'],
      ['project-management-office', 'boolean'],
      ['cloud-capacity', 'ordinal', { scale: STAGE }],
      ['change-management', 'likert'],
      ['resource-audit-score', 'score'],
    ],
  },
  'ict-network': {
    strength: 0.85,
    indicators: [
      ['fixed-broadband-households', 'percent', { weight: 2 }],
      ['mobile-4g-coverage', 'percent'],
      ['average-download-mbps', 'numeric', { low: 10, high: 1000, direction: 'higher-is-better' }],
      ['public-wifi-hotspots-per-10k', 'numeric', { low: 0, high: 30, direction: 'higher-is-better' }],
      ['government-backbone', 'boolean'],
      ['fibre-to-public-buildings', 'percent'],
      ['network-redundancy', 'ordinal', { scale: MATURITY }],
      ['ipv6-readiness', 'ordinal', { scale: STAGE }],
      ['network-outage-hours', 'numeric', { low: 0, high: 48, direction: 'lower-is-better' }],
      ['iot-sensor-network', 'likert'],
      ['smartphone-penetration', 'percent'],
      ['data-center-connectivity', 'likert'],
      ['security-monitoring', 'boolean'],
      ['rural-coverage', 'percent'],
      ['network-quality-index', 'score'],
    ],
  },
  'citizen-readiness': {
    strength: 0.8,
    indicators: [
      ['internet-users', 'percent', { weight: 2 }],
      ['digital-literacy', 'percent'],
      ['online-service-awareness', 'likert'],
      ['e-participation-rate', 'percent'],
      ['trust-in-online-services', 'likert'],
      ['elderly-internet-users', 'percent'],
      ['digital-id-holders', 'percent'],
      ['online-payment-use', 'percent'],
      ['citizen-satisfaction', 'likert', { min: 0, max: 10 }],
      ['complaints-per-10k-users', 'numeric', { low: 0, high: 50, direction: 'lower-is-better' }],
      ['community-ict-centres', 'boolean'],
      ['digital-divide-programmes', 'ordinal', { scale: MATURITY }],
      ['language-accessibility', 'likert'],
      ['mobile-service-use', 'percent'],
      ['readiness-survey-score', 'score'],
    ],
  },
  'public-service-infrastructure': {
    strength: 0.66,
    indicators: [
      ['services-fully-online', 'percent', { weight: 2 }],
      ['one-stop-portal', 'boolean'],
      ['mobile-first-services', 'ordinal', { scale: STAGE }],
      ['shared-citizen-database', 'boolean'],
      ['payment-gateway', 'boolean'],
      ['digital-identity-integration', 'ordinal', { scale: MATURITY }],
      ['average-permit-days', 'numeric', { low: 1, high: 30, direction: 'lower-is-better' }],
      ['api-catalogue-size', 'numeric', { low: 0, high: 200, direction: 'higher-is-better' }],
      ['service-uptime', 'percent'],
      ['call-centre-integration', 'likert'],
      ['gis-integration', 'likert'],
      ['paperless-processes', 'percent'],
      ['service-standards-published', 'boolean'],
      ['back-office-integration', 'likert'],
      ['infrastructure-audit-score', 'score'],
    ],
  },
};

// A few answers are left blank on purpose: the report shows how missing data is handled.
const UNANSWERED = new Set(['outsourcing-governance', 'rnd-partnerships', 'iot-sensor-network']);

const round = (x, step) => Math.round(x / step) * step;
const clamp01 = (x) => Math.min(1, Math.max(0, x));

function answer(id, kind, extra, strength) {
  const draw = clamp01(strength + (random() - 0.5) * 0.5);
  if (UNANSWERED.has(id)) return null;
  switch (kind) {
    case 'boolean':
      return random() < strength + 0.1;
    case 'likert': {
      const min = extra.min ?? 1;
      const max = extra.max ?? 5;
      return min + Math.round(draw * (max - min));
    }
    case 'percent':
    case 'score':
      return Math.round(draw * 1000) / 10;
    case 'ordinal': {
      const answers = Object.keys(extra.scale);
      return answers[Math.min(answers.length - 1, Math.floor(draw * answers.length))];
    }
    case 'numeric': {
      const span = extra.high - extra.low;
      const position = extra.direction === 'higher-is-better' ? draw : 1 - draw;
      // A few figures fall outside the goalposts; the methodology clamps them.
      const stretch = 1.1 * position - 0.05;
      return Math.round((extra.low + span * stretch) * 100) / 100;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

const dimensions = Object.entries(DIMENSIONS).map(([id, { strength, indicators }]) => ({
  id,
  indicators: indicators.map(([indicatorId, kind, extra = {}]) => {
    const indicator = { id: indicatorId, kind };
    if (extra.weight !== undefined) indicator.weight = extra.weight;
    if (kind === 'likert' && extra.min !== undefined) Object.assign(indicator, { min: extra.min, max: extra.max });
    if (kind === 'ordinal') indicator.scale = extra.scale;
    if (kind === 'numeric') Object.assign(indicator, { low: extra.low, high: extra.high, direction: extra.direction });
    indicator.value = answer(indicatorId, kind, extra, strength);
    return indicator;
  }),
}));

// ----------------------------------------------------------------------------------------------
// Budget vs spending: one currency, per area, fiscal years 2014 and 2015.
// ----------------------------------------------------------------------------------------------

const BASE_BUDGET = { 'e-admin': 4_200_000, 'e-industry': 1_900_000, 'e-city': 3_600_000, 'e-info': 1_500_000 };
const lines = [];
for (const year of [2014, 2015]) {
  for (const [area, base] of Object.entries(BASE_BUDGET)) {
    const budget = round(base * (0.9 + random() * 0.3), 500);
    const execution = 0.82 + random() * 0.3;
    const cents = between(0, 99);
    const spending = `${Math.round(budget * execution)}.${String(cents).padStart(2, '0')}`;
    lines.push({ area, year, budget: String(budget), spending });
  }
}

const sample = {
  city: { id: 'sample-city', name: 'Sample City (illustrative data)' },
  period: '2015',
  services,
  dimensions,
  budget: { currency: 'USD', lines },
};

const text = `${JSON.stringify(sample, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('examples/sample-city.json is out of date: run node scripts/make-sample-city.mjs');
    process.exit(1);
  }
  console.log('examples/sample-city.json is up to date');
} else {
  writeFileSync(target, text);
  const count = dimensions.reduce((n, d) => n + d.indicators.length, 0);
  console.log(
    `wrote examples/sample-city.json: ${services.length} services, ${count} indicators, ${lines.length} budget lines`,
  );
}
