package org.ilo.coalition.matching.plan;

import java.util.List;
import java.util.Objects;

/**
 * Everything a run starts from, as the api module reads it from the graph; {@link PlanBuilder} turns it into a plan.
 *
 * @param acceptedMatches matches accepted in earlier runs, which become pinned parts
 * @param rejections (request, partner) pairs the coordination group rejected
 */
public record MatchingProblem(MatchingParameters parameters, List<Partner> partners, List<Offer> offers,
		List<SupportRequest> requests, List<AcceptedMatch> acceptedMatches, List<Rejection> rejections,
		List<TrackRecord> trackRecords, List<ExistingSupport> existingSupport) {

	public MatchingProblem {
		Objects.requireNonNull(parameters, "parameters");
		partners = List.copyOf(partners);
		offers = List.copyOf(offers);
		requests = List.copyOf(requests);
		acceptedMatches = List.copyOf(acceptedMatches);
		rejections = List.copyOf(rejections);
		trackRecords = List.copyOf(trackRecords);
		existingSupport = List.copyOf(existingSupport);
	}

}
