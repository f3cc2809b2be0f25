import type { MembershipKind } from './types.js';

/**
 * The kinds of standing a participant has with WeGO: full `member`, `friendship-member` (the
 * associate status WeGO offers to bodies that are not local governments) and `non-member`.
 * The WeGO Awards are open to members and non-members alike.
 *
 * @example
 * ```ts
 * import { wegoMembershipKinds } from 'wego-ceds/awards';
 * wegoMembershipKinds; // => ['member', 'friendship-member', 'non-member']
 * ```
 */
export const wegoMembershipKinds: readonly MembershipKind[] = /* @__PURE__ */ Object.freeze([
  'member',
  'friendship-member',
  'non-member',
] as const);
