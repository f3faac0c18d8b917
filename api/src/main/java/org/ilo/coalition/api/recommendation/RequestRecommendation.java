package org.ilo.coalition.api.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.recommendation.RankedRequest;

/** {@code RequestRecommendation}: an open request for a partner, by id; {@code request} resolves in one batch. */
public record RequestRecommendation(String requestId, int rank, double score, double fit, Integer deficitSeverity,
		List<ScorePart> scoreParts, List<String> reasons) {

	static List<RequestRecommendation> ranked(List<RankedRequest> requests) {
		List<RequestRecommendation> ranked = new ArrayList<>();
		for (RankedRequest r : requests) {
			ranked.add(new RequestRecommendation(r.requestId(), ranked.size() + 1, r.score(), r.fit(),
					r.deficitSeverity(), ScorePart.of(r.parts()), r.reasons()));
		}
		return List.copyOf(ranked);
	}

}
