package org.ilo.coalition.graph.recommendation;

import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.recommendation.RecommendationWeights.Overlap;

/**
 * A partner similar to another one, with what they have in common.
 *
 * @param shares the Jaccard index (shared ÷ together) of each overlap, 0 to 1
 * @param score the weighted sum of {@code shares}
 */
public record PartnerSimilarity(String partnerId, String name, double score, Map<Overlap, Double> shares,
		List<String> expertiseCodes, List<String> thematicAreaCodes, List<String> regionCodes,
		List<String> workStreamIds, List<String> reasons) {
}
