package org.viralsim.config;

/**
 * How users feel about brands and buy: an attitude in [-1, 1] per user and brand, moved by what
 * they read; purchases, reviews, complaints and churn follow from it.
 *
 * @param initialAttitude  every user's attitude at the start
 * @param impact           how far one positive item moves an attitude
 * @param negativity       how much more a negative item weighs (7.5 / 6.9 from Médiamétrie)
 * @param neutralBand      comments by users with attitude within +-band are neutral; below it they
 *                         are negative (complaints), above it positive
 * @param purchaseRate     chance per tick that an aware user who does not own the product wants
 *                         it, at attitude 0
 * @param attitudeEffect   that chance is purchaseRate * max(0, 1 + attitudeEffect * attitude)
 * @param consult          share of would-be buyers who read reviews first
 * @param consultAlways    share of users who always read reviews first (part of consult)
 * @param reviewsRead      most recent reviews a consulting user reads
 * @param reviewPost       chance a buyer posts a review
 * @param churnBelow       customers whose attitude falls below this give the product up
 * @param churnAnnounce    chance a churner says so publicly (a negative post)
 * @param reviewAppeal     appeal of reviews: multiplies readers' reshare chance (capped at 1), or
 *                         divides thresholds, as a campaign's appeal does
 * @param complaintAppeal  appeal of complaint posts (those made after an incident)
 * @param churnAppeal      appeal of churn notices
 */
public record Consumers(double initialAttitude, double impact, double negativity, double neutralBand,
    double purchaseRate, double attitudeEffect, double consult, double consultAlways, int reviewsRead,
    double reviewPost, double churnBelow, double churnAnnounce, double reviewAppeal, double complaintAppeal,
    double churnAppeal) {
  public Consumers {
    Checks.range("attitude.initial", initialAttitude, -1, 1);
    Checks.probability("attitude.impact", impact);
    Checks.range("attitude.negativity", negativity, 0, 100);
    Checks.probability("attitude.neutral_band", neutralBand);
    Checks.probability("purchase.rate", purchaseRate);
    Checks.range("purchase.attitude_effect", attitudeEffect, 0, 100);
    Checks.probability("reviews.consult", consult);
    Checks.probability("reviews.always", consultAlways);
    if (consultAlways > consult) {
      throw new InvalidValueException("reviews.always", "must be at most reviews.consult (" + Checks.fmt(consult)
          + "): those who always read reviews are among those who do, was " + Checks.fmt(consultAlways));
    }
    Checks.atLeast("reviews.read", reviewsRead, 0);
    Checks.atMost("reviews.read", reviewsRead, 10_000);
    Checks.probability("reviews.post", reviewPost);
    Checks.range("churn.below", churnBelow, -1, 1);
    Checks.probability("churn.announce", churnAnnounce);
    Checks.range("reviews.appeal", reviewAppeal, 0, 1000);
    Checks.range("complaints.appeal", complaintAppeal, 0, 1000);
    Checks.range("churn.appeal", churnAppeal, 0, 1000);
  }
}
