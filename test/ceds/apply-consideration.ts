// Applies one consideration to a city's input, the way a user would edit the JSON, so tests can
// check its gain against a fresh `assessCity`.
import type { Consideration } from '../../src/ceds/considerations.js';
import type { CityAssessmentInput, IndicatorInput, ServiceInput } from '../../src/ceds/types.js';

export function applyConsideration(input: CityAssessmentInput, item: Consideration): CityAssessmentInput {
  if (item.kind === 'raise-indicator') {
    return {
      ...input,
      dimensions: (input.dimensions ?? []).map((d) =>
        d.id !== item.dimensionId
          ? d
          : {
              ...d,
              indicators: d.indicators!.map((i) =>
                i.id === item.indicatorId ? ({ ...i, value: item.to } as IndicatorInput) : i,
              ),
            },
      ),
    };
  }
  return {
    ...input,
    services: (input.services ?? []).map((s): ServiceInput => {
      if (s.id !== item.serviceId) return s;
      if (item.kind === 'operate') return { ...s, status: 'operating', level: Math.max(s.level, 1) };
      if (item.kind === 'raise-level') return { ...s, level: item.to as number };
      return { ...s, utilization: item.to as number };
    }),
  };
}
