package org.ilo.coalition.graph.recommendation;

import java.util.List;

/**
 * An open support request recommended to a partner.
 *
 * @param fit the weighted sum of {@code parts}, 0 to 1
 * @param deficitSeverity the most severe latest observation (1-5) of the indicators the request's objective
 * addresses in the request's country, {@code null} when none is observed
 * @param score {@code fit} scaled by the deficit severity (see {@link RecommendationWeights#severityFactor})
 */
public record RankedRequest(String requestId, double score, double fit, Integer deficitSeverity,
		List<WeightedPart> parts, List<String> reasons) {
}
