package org.ilo.coalition.matching.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The best other eligible offer for a part, everything else kept as planned.
 *
 * @param scoreDifference the plan's score with this offer minus its score as planned (negative: the plan is better)
 */
public record Alternative(String offerId, String offerTitle, String partnerId, String partnerName,
		HardMediumSoftLongScore scoreDifference, String sentence) {
}
