import { expect, test } from 'vitest';
import { defaultMethodology } from '../../src/ceds/presets.js';
import { methodologySchema } from '../../src/schemas/methodology.js';

const json = () => JSON.parse(JSON.stringify(defaultMethodology)) as Record<string, unknown>;

test('the full schema accepts a preset read from JSON', () => {
  expect(methodologySchema.safeParse(json()).success).toBe(true);
});

test('the full schema reports rules across fields as custom issues naming the rule', () => {
  const result = methodologySchema.safeParse({
    ...json(),
    levels: [
      { level: 1, name: 'A', min: 0 },
      { level: 2, name: 'B', min: 0 },
    ],
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues).toMatchObject([
    {
      code: 'custom',
      path: ['levels', 1, 'min'],
      message: 'Level bands must be in strictly increasing order: 0 must be greater than 0',
      params: { rule: 'out_of_order' },
    },
  ]);
});
