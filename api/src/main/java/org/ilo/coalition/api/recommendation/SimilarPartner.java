package org.ilo.coalition.api.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.recommendation.PartnerSimilarity;
import org.ilo.coalition.graph.recommendation.RecommendationWeights.Overlap;

/** {@code SimilarPartner}: a partner like another one, by id, with what they share. */
public record SimilarPartner(String partnerId, int rank, double score, PartnerOverlap overlap, List<String> reasons) {

	static List<SimilarPartner> ranked(List<PartnerSimilarity> similar) {
		List<SimilarPartner> ranked = new ArrayList<>();
		for (PartnerSimilarity s : similar) {
			PartnerOverlap overlap = new PartnerOverlap(s.expertiseCodes(), s.thematicAreaCodes(), s.regionCodes(),
					s.workStreamIds(), s.shares().get(Overlap.EXPERTISE), s.shares().get(Overlap.THEMATIC_AREAS),
					s.shares().get(Overlap.REGIONS), s.shares().get(Overlap.WORK_STREAMS));
			ranked.add(new SimilarPartner(s.partnerId(), ranked.size() + 1, s.score(), overlap, s.reasons()));
		}
		return List.copyOf(ranked);
	}

}
