// The input schemas and the public types are two descriptions of one thing; tsc holds them
// together here, in both directions where both are exact, so neither can drift behind a cast.
import type * as z from 'zod/mini';
import { expectTypeOf, test } from 'vitest';
import type { budgetInputSchema } from '../../../src/ceds/input/budget.js';
import type { cityAssessmentInputShapeSchema } from '../../../src/ceds/input/city-input.js';
import type { methodologyOverridesSchema, methodologyShapeSchema } from '../../../src/ceds/input/methodology.js';
import type { BudgetInput, CityAssessmentInput, Methodology, MethodologyOverrides } from '../../../src/ceds/types.js';

// Public input types are deeply readonly; zod's input types are mutable.
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

test('what the city input schema accepts is a CityAssessmentInput, and the type is what it accepts', () => {
  expectTypeOf<z.output<typeof cityAssessmentInputShapeSchema>>().toExtend<CityAssessmentInput>();
  expectTypeOf<CityAssessmentInput>().toExtend<DeepReadonly<z.input<typeof cityAssessmentInputShapeSchema>>>();
});

test('the budget schema and BudgetInput describe the same input', () => {
  expectTypeOf<z.output<typeof budgetInputSchema>>().toExtend<BudgetInput>();
  expectTypeOf<BudgetInput>().toExtend<DeepReadonly<z.input<typeof budgetInputSchema>>>();
});

test('a parsed methodology is a Methodology, and a Methodology passes the shape', () => {
  expectTypeOf<z.output<typeof methodologyShapeSchema>>().toExtend<Methodology>();
  expectTypeOf<Methodology>().toExtend<DeepReadonly<z.input<typeof methodologyShapeSchema>>>();
});

test('parsed overrides are MethodologyOverrides', () => {
  expectTypeOf<z.output<typeof methodologyOverridesSchema>>().toExtend<MethodologyOverrides>();
});
