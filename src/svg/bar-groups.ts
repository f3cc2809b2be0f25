/** Sizes of a stack of bar groups: each group holds `bars` horizontal bars, one under the other. @internal */
export interface BarGroupSizes {
  /** Where the first group starts. */
  readonly top: number;
  /** Bars per group. */
  readonly bars: number;
  /** The height of one bar. */
  readonly bar: number;
  /** The gap between two bars of a group. */
  readonly barGap: number;
  /** The gap between two groups. */
  readonly groupGap: number;
}

/** Where the groups and bars of a `BarGroupSizes` stack sit. @internal */
export interface BarGroups extends BarGroupSizes {
  /** The top of group `group` (from 0). */
  readonly groupTop: (group: number) => number;
  /** The top of bar `bar` of group `group` (both from 0). */
  readonly barTop: (group: number, bar: number) => number;
  /** The bottom of the last bar when there are `groups` groups. */
  readonly bottom: (groups: number) => number;
}

/**
 * The vertical layout shared by the charts that draw groups of horizontal bars (one group an
 * area): `barGroups({ top: 100, bars: 2, bar: 10, barGap: 2, groupGap: 20 }).barTop(1, 1)` is 154.
 * @internal
 */
export function barGroups(sizes: BarGroupSizes): BarGroups {
  const groupHeight = sizes.bars * (sizes.bar + sizes.barGap) - sizes.barGap;
  const groupTop = (group: number): number => sizes.top + group * (groupHeight + sizes.groupGap);
  return {
    ...sizes,
    groupTop,
    barTop: (group, bar) => groupTop(group) + bar * (sizes.bar + sizes.barGap),
    bottom: (groups) => groupTop(groups) - sizes.groupGap,
  };
}
