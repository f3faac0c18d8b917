package org.ilo.coalition.matching.constraint;

import org.ilo.coalition.matching.plan.Offer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every weight of the matching score in one place; docs/matching.md gives the reasoning behind each number.
 *
 * <p>Hard rules are never traded: any hard penalty makes a plan infeasible. Medium is the severity-weighted unmet
 * need, traded only between plans equally feasible. Soft preferences only separate plans that meet the same need.
 */
public final class MatchingWeights {

	public static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;

	public static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;

	public static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

	/** Hard: a part that breaks a rule about its own (request, offer) pair, as much as a whole offer overdrawn. */
	public static final long PAIR_RULE_BROKEN = 1000;

	/** Hard: each request beyond an offer's capacity, as much as a whole offer overdrawn. */
	public static final long CAPACITY_EXCESS_PER_REQUEST = 1000;

	/** Soft: the offer is not given in the request's language. */
	public static final long LANGUAGE_MISMATCH = 30;

	/** Soft reward: each accepted match or shared work stream of the partner in the request's country... */
	public static final long TRACK_RECORD_PER_ITEM = 5;

	/** ...counted up to this many, so that one incumbent cannot take a country over. */
	public static final int TRACK_RECORD_CAP = 4;

	/** Soft reward: per country, per social partner kind (employers', workers') among its matches. */
	public static final long TRIPARTITE_PER_SOCIAL_PARTNER_KIND = 20;

	/** Soft: the square of each partner's number of assigned parts; the marginal cost of one more part is 2n+1. */
	public static final long PARTNER_LOAD_SQUARED = 1;

	/** Soft: an open part matched to an objective that already receives this kind of support. */
	public static final long OBJECTIVE_ALREADY_SUPPORTED = 40;

	/** Soft: two parts of one request on two different offers of the same partner. */
	public static final long SAME_PARTNER_TWICE = 15;

	/** Soft: each partner beyond the first on one request. */
	public static final long EXTRA_PARTNER_PER_REQUEST = 10;

	private MatchingWeights() {
	}

	/**
	 * Medium weight of a deficit severity: doubling per step, so that one severity-5 request weighs as much as two of
	 * severity 4 and sixteen of severity 1 (the most vulnerable first, paper §9 and §11).
	 */
	public static long severityWeight(int severity) {
		return 1L << (Math.max(1, Math.min(5, severity)) - 1);
	}

	/** The medium penalty of an unassigned part: its share of the request (per mille) times the severity weight. */
	public static long unmetNeed(long sharePerMille, int severity) {
		return sharePerMille * severityWeight(severity);
	}

	/**
	 * Hard measure of an overdrawn offer: the excess in per mille of what the offer holds, at least 1, so that amounts
	 * in dollars and in places weigh alike.
	 */
	public static long amountExcess(Offer offer, long assigned) {
		long excess = assigned - offer.amount();
		if (excess <= 0) {
			return 0;
		}
		if (offer.amount() == 0) {
			return excess * 1000;
		}
		return Math.max(1, (excess * 1000 + offer.amount() - 1) / offer.amount());
	}

	public static long trackRecordReward(int strength) {
		return TRACK_RECORD_PER_ITEM * Math.min(strength, TRACK_RECORD_CAP);
	}

}
