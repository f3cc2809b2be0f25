import { deepFreeze } from '../core/freeze.js';
import type { AwardCategory, AwardTier, Judge } from './types.js';

/** A prize slot of the 2nd WeGO Awards: one category and one tier. */
export interface WegoPrizeSlot {
  /** The category id, e.g. `open-city`. */
  readonly category: string;
  /** The tier id, e.g. `best`. */
  readonly tier: string;
}

/** A verified winner of the 2nd WeGO Awards. */
export interface WegoWinner extends WegoPrizeSlot {
  /** The winning city as the source names it. */
  readonly winner: string;
  /** Its country (ISO 3166-1 alpha-2). */
  readonly country: string;
  /** Where the fact was checked. */
  readonly source: string;
}

/** The 2nd WeGO Awards (2014) as far as the public record could be verified. */
export interface WegoAwards2014 {
  /** `2nd WeGO Awards (2014)`. */
  readonly edition: string;
  /** Where the prizes were given: the 3rd WeGO General Assembly, Chengdu, November 2014. */
  readonly ceremony: string;
  /** Applications received, as WeGO published it (68). */
  readonly applications: number;
  /** The five categories, in WeGO's order. */
  readonly categories: readonly AwardCategory[];
  /** The three prize tiers, highest first. */
  readonly tiers: readonly AwardTier[];
  /**
   * The seven judges as WeGO published them; `country` is the country WeGO printed beside
   * each name. One judge's position was not published and is absent.
   */
  readonly panel: readonly Judge[];
  /** How many winners WeGO announced (15: five categories × three tiers). */
  readonly winnerCount: number;
  /** The winners that could be verified: the Best e-Gov't Prize of every category. */
  readonly winners: readonly WegoWinner[];
  /** The prize slots whose winner could not be verified from the stored record: left out, not guessed. */
  readonly unverified: readonly WegoPrizeSlot[];
  /** Where the facts were checked. */
  readonly sources: readonly string[];
}

const WEGO_ARCHIVE = "WeGO, '2nd WeGO Awards' archive page";
const CHINA_POST = 'The China Post, 17 Oct 2014, reporting the WeGO statement';

const categories: AwardCategory[] = [
  { id: 'services', name: 'Services' },
  { id: 'efficiency', name: 'Efficiency' },
  { id: 'open-city', name: 'Open City' },
  { id: 'urban-management', name: 'Urban Management' },
  { id: 'digital-divide', name: 'Digital Divide' },
];

const tiers: AwardTier[] = [
  { id: 'best', name: "Best e-Gov't Prize" },
  { id: 'outstanding', name: "Outstanding e-Gov't Prize" },
  { id: 'most-promising', name: "Most Promising e-Gov't Prize" },
];

const winners: WegoWinner[] = [
  { category: 'services', tier: 'best', winner: 'Taipei', country: 'TW', source: CHINA_POST },
  { category: 'efficiency', tier: 'best', winner: 'Bangalore', country: 'IN', source: CHINA_POST },
  { category: 'open-city', tier: 'best', winner: 'Helsinki', country: 'FI', source: CHINA_POST },
  { category: 'urban-management', tier: 'best', winner: 'Seoul', country: 'KR', source: CHINA_POST },
  { category: 'digital-divide', tier: 'best', winner: 'New Taipei', country: 'TW', source: CHINA_POST },
];

/**
 * The WeGO Awards categories (2012 and 2014 editions), in WeGO's order.
 *
 * @example
 * ```ts
 * import { wegoAwardCategories } from 'wego-ceds/awards';
 * wegoAwardCategories.map((c) => c.name); // => ['Services', 'Efficiency', 'Open City', 'Urban Management', 'Digital Divide']
 * ```
 */
export const wegoAwardCategories: readonly AwardCategory[] = /* @__PURE__ */ deepFreeze(categories);

/**
 * The prize tiers of the 2nd WeGO Awards (2014), highest first. Later editions used other
 * tiers (Gold, Silver), so tiers are program data.
 *
 * @example
 * ```ts
 * import { wegoAwardTiers2014 } from 'wego-ceds/awards';
 * wegoAwardTiers2014.map((t) => t.id); // => ['best', 'outstanding', 'most-promising']
 * ```
 */
export const wegoAwardTiers2014: readonly AwardTier[] = /* @__PURE__ */ deepFreeze(tiers);

/**
 * The 2nd WeGO Awards (2014), held at the 3rd WeGO General Assembly in Chengdu: categories,
 * tiers, the seven judges of the panel and the winners, as typed, frozen data.
 *
 * Verified: the categories, the 68 applications and 15 winners (WeGO), the panel of seven
 * (name, position, organisation and country, from WeGO's archive page; Giulio Quaggiotto's
 * position is not given there), and the Best e-Gov't Prize of each category (The China Post,
 * 17 October 2014, reporting WeGO's announcement). The ten Outstanding and Most Promising
 * winners could not be verified and are listed in `unverified` instead of being guessed.
 *
 * @example
 * ```ts
 * import { wegoAwards2014 } from 'wego-ceds/awards';
 * wegoAwards2014.panel.length; // => 7
 * wegoAwards2014.winners.find((w) => w.category === 'open-city' && w.tier === 'best').winner; // => 'Helsinki'
 * wegoAwards2014.winners.length + wegoAwards2014.unverified.length; // => 15
 * ```
 */
export const wegoAwards2014: WegoAwards2014 = /* @__PURE__ */ deepFreeze({
  edition: '2nd WeGO Awards (2014)',
  ceremony: '3rd WeGO General Assembly, Chengdu, November 2014',
  applications: 68,
  categories,
  tiers,
  panel: [
    {
      id: 'hwang',
      name: 'Jong Sung Hwang',
      country: 'KR',
      position: 'Vice President',
      organization: 'National Information Society Agency (NIA)',
    },
    { id: 'moore', name: 'Chris Moore', country: 'CA', position: 'Principal Consultant', organization: 'AcuitasGov' },
    {
      id: 'nawari',
      name: 'Mustafa Omar Nawari',
      country: 'SD',
      position: 'Professor, Dynamical Systems',
      organization: 'University of Khartoum',
    },
    {
      id: 'pekkanen',
      name: 'Joonas Pekkanen',
      country: 'FI',
      position: 'Founder & President',
      organization: 'Open Ministry',
    },
    { id: 'quaggiotto', name: 'Giulio Quaggiotto', country: 'ID', organization: 'Pulse Lab Jakarta (UN Global Pulse)' },
    {
      id: 'yarushkina',
      name: 'Nadezhda Glebobna Yarushkina',
      country: 'RU',
      position: 'Vice-President of Research',
      organization: 'Ulyanovsk State Technical University',
    },
    {
      id: 'tang',
      name: 'Tang Zhiwei',
      country: 'CN',
      position: 'Vice Dean, School of Political and Public Administration',
      organization: 'Univ. of Electronic Science and Technology of China',
    },
  ],
  winnerCount: 15,
  winners,
  sources: [
    `${WEGO_ARCHIVE}: categories, 68 applications, 15 winners, the panel`,
    `${CHINA_POST}: the Best e-Gov't Prize of each category`,
  ],
  unverified: categories.flatMap((c) =>
    tiers
      .filter((t) => !winners.some((w) => w.category === c.id && w.tier === t.id))
      .map((t) => ({ category: c.id, tier: t.id })),
  ),
});
