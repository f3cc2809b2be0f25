import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { formatAssessment } from '../../src/format/assessment.js';
import { fixtureAssessment } from './fixture.js';

test.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })])(
  'no name can add or break a line of the report',
  (name, serviceName) => {
    const base = fixtureAssessment();
    const plain = formatAssessment(base).split('\n').length;
    const services = base.services.map((s) => ({ ...s, name: serviceName }));
    const text = formatAssessment(fixtureAssessment({ city: { ...base.city, name }, services }));
    expect(text.split('\n')).toHaveLength(plain);
  },
);
