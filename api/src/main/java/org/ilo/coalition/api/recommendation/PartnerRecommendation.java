package org.ilo.coalition.api.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.recommendation.RankedPartner;

/** {@code PartnerRecommendation}: a partner for a request, by id; {@code partner} resolves in one batch. */
public record PartnerRecommendation(String partnerId, int rank, double score, List<ScorePart> scoreParts,
		List<String> reasons) {

	static List<PartnerRecommendation> ranked(List<RankedPartner> partners) {
		List<PartnerRecommendation> ranked = new ArrayList<>();
		for (RankedPartner p : partners) {
			ranked.add(new PartnerRecommendation(p.partnerId(), ranked.size() + 1, p.score(), ScorePart.of(p.parts()),
					p.reasons()));
		}
		return List.copyOf(ranked);
	}

}
