package org.viralsim.model;

/** What happened to one brand so far in a run: running totals, read by observers. */
public final class BrandLedger {
  long conversions;
  long abandoned;
  long churned;
  long complaints;
  long answered;
  long positiveMentions;
  long negativeMentions;
  long neutralMentions;
  long negativeReads;
  long customers;
  long aware;
  double attitudeSum;

  /** Purchases of the product. */
  public long conversions() { return conversions; }

  /** Would-be buyers who read reviews and then did not buy. */
  public long abandoned() { return abandoned; }

  /** Customers who gave the product up. */
  public long churned() { return churned; }

  /** Complaints: complaint posts, negative reviews, churn notices and negative comments. */
  public long complaints() { return complaints; }

  /** Complaints the brand replied to. */
  public long answered() { return answered; }

  /** Reads of negative items about the brand. */
  public long negativeReads() { return negativeReads; }

  /** Users who own the product now. */
  public long customers() { return customers; }

  /** Users who have heard of the brand. */
  public long aware() { return aware; }

  /** Sum of all users' attitudes towards the brand. */
  public double attitudeSum() { return attitudeSum; }

  /** Users' posts and comments about the brand, by tone. */
  public long mentions() { return positiveMentions + negativeMentions + neutralMentions; }

  /**
   * (positive - negative) / (positive + negative) mentions: +1 all praise, -1 all complaints, NaN
   * when nobody took a side.
   */
  public double netSentiment() {
    long sided = positiveMentions + negativeMentions;
    return sided == 0 ? Double.NaN : (positiveMentions - negativeMentions) / (double) sided;
  }
}
