package org.ilo.coalition.graph.recommendation;

import java.util.List;

/**
 * A partner recommended for a support request: its score (the weighted sum of {@code parts}, 0 to 1) and the
 * reasons in sentences, strongest first.
 */
public record RankedPartner(String partnerId, String name, double score, List<WeightedPart> parts,
		List<String> reasons) {
}
