package org.ilo.coalition.graph.matching;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A suggestion to write when a run completes: one assigned, not yet accepted part of the plan.
 *
 * @param severity the severity the run weighed for the request (of its objective's deficits), which orders the run's
 * suggestions
 * @param deadline the request's deadline, the next key of that order
 */
public record SuggestionDraft(String requestId, String offerId, String partnerId, double amount, String unit,
		int severity, LocalDate deadline, SuggestionExplanation explanation) {

	/**
	 * The order of a run's suggestions (their stored {@code rank}): the most severe request first, then the soonest
	 * deadline, then request and offer id. All suggestions of a run share one write time, so without it they came out in
	 * random id order.
	 */
	public static final Comparator<SuggestionDraft> RUN_ORDER = Comparator.comparingInt(SuggestionDraft::severity)
		.reversed()
		.thenComparing(SuggestionDraft::deadline)
		.thenComparing(SuggestionDraft::requestId)
		.thenComparing(SuggestionDraft::offerId);

}
