import { deepFreeze } from '../core/freeze.js';
import type { AwardCategory, AwardTier, Judge } from './types.js';

/** A prize slot of the 2nd WeGO Awards: one category and one tier. */
export interface WegoPrizeSlot {
  /** The category id, e.g. `open-city`. */
  readonly category: string;
  /** The tier id, e.g. `best`. */
  readonly tier: string;
}

/** A winner of the 2nd WeGO Awards, as WeGO's winners table prints it. */
export interface WegoWinner extends WegoPrizeSlot {
  /**
   * The winning city or region as printed, e.g. `San Fernando, La Union` or `Hong Kong Special
   * Administrative Region`. The deck sets the names in capitals; they are given here in title
   * case and otherwise exactly as printed (no spelling is modernised or shortened).
   */
  readonly winner: string;
  /** The ISO 3166-1 alpha-2 code of the country printed beside it, e.g. `TW` for `Chinese Taipei`. */
  readonly country: string;
  /** The country exactly as printed beside the winner, e.g. `Chinese Taipei`, `Republic of Korea`. */
  readonly countryName: string;
  /** Where the fact was checked. */
  readonly source: string;
}

/** The 2nd WeGO Awards (2014) as WeGO published it. */
export interface WegoAwards2014 {
  /** `2nd WeGO Awards (2014)`. */
  readonly edition: string;
  /**
   * Where and when the prizes were given: the WeGO Awards Ceremony at the 3rd WeGO General
   * Assembly, Chengdu, China, 5 November 2014.
   */
  readonly ceremony: string;
  /** Applications received, as WeGO published it (68). */
  readonly applications: number;
  /** The five categories, in WeGO's order. */
  readonly categories: readonly AwardCategory[];
  /** The three prize tiers, highest first. */
  readonly tiers: readonly AwardTier[];
  /**
   * The seven judges (in this library's established order; the deck lists them by country),
   * with name, position and organisation as printed. `country` is the ISO 3166-1 alpha-2 code
   * of the country printed beside each name (`S. Korea` is `KR`).
   */
  readonly panel: readonly Judge[];
  /** How many winners WeGO announced (15: five categories × three tiers). */
  readonly winnerCount: number;
  /** The fifteen winners, by category (WeGO's order) and then tier (highest first). */
  readonly winners: readonly WegoWinner[];
  /**
   * The prize slots whose winner could not be verified: left out, not guessed. Empty, since
   * every slot is verified; kept so the type stays stable.
   */
  readonly unverified: readonly WegoPrizeSlot[];
  /** Where the facts were checked. */
  readonly sources: readonly string[];
}

// Plain literals only: the value below is a pure-annotated call that bundlers drop when it is
// unused, which they do only when its argument holds no calls.
const DECK_WINNERS =
  "WeGO, 'FONARI Meeting: III Meeting of Municipalities for Sustainable Development' presentation (deck), Brasilia, 7 April 2015, winners table 'The 2nd WeGO Awards 2014 Winners'";

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
  {
    category: 'services',
    tier: 'best',
    winner: 'Taipei',
    country: 'TW',
    countryName: 'Chinese Taipei',
    source: DECK_WINNERS,
  },
  {
    category: 'services',
    tier: 'outstanding',
    winner: 'Songpa',
    country: 'KR',
    countryName: 'Republic of Korea',
    source: DECK_WINNERS,
  },
  {
    category: 'services',
    tier: 'most-promising',
    winner: 'Beyoglu',
    country: 'TR',
    countryName: 'Turkey',
    source: DECK_WINNERS,
  },
  {
    category: 'efficiency',
    tier: 'best',
    winner: 'Bangalore',
    country: 'IN',
    countryName: 'India',
    source: DECK_WINNERS,
  },
  {
    category: 'efficiency',
    tier: 'outstanding',
    winner: 'Barcelona',
    country: 'ES',
    countryName: 'Spain',
    source: DECK_WINNERS,
  },
  {
    category: 'efficiency',
    tier: 'most-promising',
    winner: 'San Fernando, La Union',
    country: 'PH',
    countryName: 'Philippines',
    source: DECK_WINNERS,
  },
  {
    category: 'open-city',
    tier: 'best',
    winner: 'Helsinki',
    country: 'FI',
    countryName: 'Finland',
    source: DECK_WINNERS,
  },
  {
    category: 'open-city',
    tier: 'outstanding',
    winner: 'Hong Kong Special Administrative Region',
    country: 'CN',
    countryName: "People's Republic of China",
    source: DECK_WINNERS,
  },
  {
    category: 'open-city',
    tier: 'most-promising',
    winner: 'Chengdu',
    country: 'CN',
    countryName: "People's Republic of China",
    source: DECK_WINNERS,
  },
  {
    category: 'urban-management',
    tier: 'best',
    winner: 'Seoul',
    country: 'KR',
    countryName: 'Republic of Korea',
    source: DECK_WINNERS,
  },
  {
    category: 'urban-management',
    tier: 'outstanding',
    winner: 'Gimpo',
    country: 'KR',
    countryName: 'Republic of Korea',
    source: DECK_WINNERS,
  },
  {
    category: 'urban-management',
    tier: 'most-promising',
    winner: 'Ankara',
    country: 'TR',
    countryName: 'Turkey',
    source: DECK_WINNERS,
  },
  {
    category: 'digital-divide',
    tier: 'best',
    winner: 'New Taipei',
    country: 'TW',
    countryName: 'Chinese Taipei',
    source: DECK_WINNERS,
  },
  {
    category: 'digital-divide',
    tier: 'outstanding',
    winner: 'Danang',
    country: 'VN',
    countryName: 'Vietnam',
    source: DECK_WINNERS,
  },
  {
    category: 'digital-divide',
    tier: 'most-promising',
    winner: 'Singapore',
    country: 'SG',
    countryName: 'Singapore',
    source: DECK_WINNERS,
  },
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
 * The 2nd WeGO Awards (2014), given at the 3rd WeGO General Assembly in Chengdu: categories,
 * tiers, the seven judges of the panel and all fifteen winners, as typed, frozen data.
 *
 * Source: WeGO's own presentation "FONARI Meeting: III Meeting of Municipalities for Sustainable
 * Development" (Brasilia, 7 April 2015): the five categories and the ceremony date (its
 * "Handbook for the WeGO Awards 2014" slide), the panel with each judge's name, country,
 * position and organisation ("Judging Panel of the 2nd WeGO Awards 2014") and the fifteen
 * winners, with city and country, by category and tier ("The 2nd WeGO Awards 2014 Winners").
 * The 68 applications are from WeGO's "2nd WeGO Awards" archive page; the Best e-Gov't Prize of
 * each category also agrees with The China Post (17 October 2014). Every slot is verified, so
 * `unverified` is empty.
 *
 * @example
 * ```ts
 * import { wegoAwards2014 } from 'wego-ceds/awards';
 * wegoAwards2014.panel.length; // => 7
 * wegoAwards2014.winners.length; // => 15
 * wegoAwards2014.unverified.length; // => 0
 * wegoAwards2014.winners.find((w) => w.category === 'open-city' && w.tier === 'best').winner; // => 'Helsinki'
 * wegoAwards2014.winners.find((w) => w.category === 'efficiency' && w.tier === 'most-promising').winner; // => 'San Fernando, La Union'
 * wegoAwards2014.panel.find((j) => j.id === 'hwang').name; // => 'Jong-Sung Hwang'
 * ```
 */
export const wegoAwards2014: WegoAwards2014 = /* @__PURE__ */ deepFreeze({
  edition: '2nd WeGO Awards (2014)',
  ceremony: 'WeGO Awards Ceremony, 3rd WeGO General Assembly, Chengdu, China, 5 November 2014',
  applications: 68,
  categories,
  tiers,
  panel: [
    {
      id: 'hwang',
      name: 'Jong-Sung Hwang',
      country: 'KR',
      position: 'Head, Korea Big Data Center',
      organization: 'National Information Society Agency',
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
      position: 'Founder and President',
      organization: 'Open Ministry',
    },
    {
      id: 'quaggiotto',
      name: 'Giulio Quaggiotto',
      country: 'ID',
      position: 'Manager',
      organization: 'Pulse Lab Jakarta (UN Global Pulse)',
    },
    {
      id: 'yarushkina',
      name: 'Nadezhda Yarushkina',
      country: 'RU',
      position: 'Vice-President of Research',
      organization: 'Ulyanovsk State Technical University',
    },
    {
      id: 'tang',
      name: 'Tang Zhiwei',
      country: 'CN',
      position: 'Vice Dean, School of Political and Public Administration',
      organization: 'University of Electronic Science & Technology of China',
    },
  ],
  winnerCount: 15,
  winners,
  unverified: [],
  sources: [
    "WeGO, 'FONARI Meeting: III Meeting of Municipalities for Sustainable Development' presentation (deck), Brasilia, 7 April 2015, winners table 'The 2nd WeGO Awards 2014 Winners': the fifteen winners, with city and country, by category and tier",
    "WeGO, 'FONARI Meeting: III Meeting of Municipalities for Sustainable Development' presentation (deck), Brasilia, 7 April 2015, 'Judging Panel of the 2nd WeGO Awards 2014': the seven judges, with country, position and organisation",
    "WeGO, 'FONARI Meeting: III Meeting of Municipalities for Sustainable Development' presentation (deck), Brasilia, 7 April 2015, 'Handbook for the WeGO Awards 2014' slide: the five categories; the ceremony, 5 November 2014, Chengdu, China",
    "WeGO, '2nd WeGO Awards' archive page: 68 applications, 15 winners, the five categories",
    "The China Post, 17 Oct 2014, reporting the WeGO statement: the Best e-Gov't Prize of each category (as in the deck)",
  ],
});
