package org.viralsim.model;

/** What an item is; all but organic posts are about a brand. */
public enum ItemKind {
  /** A user's own post about anything else. */
  ORGANIC,
  /** A campaign's item, posted by its seeds. */
  CAMPAIGN,
  /** A buyer's review of a brand's product, positive or negative. */
  REVIEW,
  /** A complaint about a brand's product, after an incident. */
  COMPLAINT,
  /** A customer saying they gave the product up. */
  CHURN,
  /** A brand's public reply to a complaint, shown to the complainer's followers. */
  REPLY
}
