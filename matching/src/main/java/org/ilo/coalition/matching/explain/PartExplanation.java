package org.ilo.coalition.matching.explain;

import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Why an assigned part holds its offer.
 *
 * @param impact the plan's score as planned minus its score with this part left unassigned
 * @param reasons the rules it satisfies (impact zero) and every constraint its assignment changes
 * @param nextBest the best other eligible offer and its cost, or null when the part had no other eligible offer (or
 * was accepted earlier and is not reconsidered)
 * @param alternativesCompared how many other offers were tried for {@code nextBest}
 */
public record PartExplanation(String partId, String requestId, String offerId, String partnerId, long amount,
		String unit, boolean accepted, HardMediumSoftLongScore impact, List<Reason> reasons, Alternative nextBest,
		int alternativesCompared) {

	public PartExplanation {
		reasons = List.copyOf(reasons);
	}

}
