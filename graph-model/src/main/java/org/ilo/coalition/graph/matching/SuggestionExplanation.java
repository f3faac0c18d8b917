package org.ilo.coalition.graph.matching;

import java.util.List;

/**
 * Why a suggestion was made, as stored on the suggestion (parallel lists, see docs/matching.md).
 *
 * @param impact the part's whole contribution to the plan's score
 * @param nextBest the best other eligible offer, or null when there was none
 */
public record SuggestionExplanation(ScoreValue impact, List<Reason> reasons, Alternative nextBest) {

	public static final SuggestionExplanation NONE = new SuggestionExplanation(ScoreValue.ZERO, List.of(), null);

	public SuggestionExplanation {
		reasons = List.copyOf(reasons);
	}

	/** One reason: the constraint, what it gains or loses through this suggestion, and a sentence. */
	public record Reason(String constraint, ScoreValue impact, String sentence) {
	}

	/** The next-best alternative and the score difference it would make (negative: worse than the suggestion). */
	public record Alternative(String offerId, String partnerId, ScoreValue scoreDifference, String sentence) {
	}

}
