package org.ilo.coalition.api.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.matching.ScoreValue;
import org.ilo.coalition.graph.matching.SuggestionExplanation;
import org.ilo.coalition.graph.matching.UnmetReason;
import org.ilo.coalition.graph.matching.UnmetRequest;
import org.ilo.coalition.matching.explain.Alternative;
import org.ilo.coalition.matching.explain.PartExplanation;
import org.ilo.coalition.matching.explain.Reason;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Maps the solver's scores and explanations to the graph-model's values: the way back of {@link ProblemMapper}, so
 * that graph-model never sees an OptaPlanner or matching type.
 */
final class ResultMapper {

	private ResultMapper() {
	}

	static ScoreValue score(HardMediumSoftLongScore score) {
		return score == null ? null : new ScoreValue(score.hardScore(), score.mediumScore(), score.softScore());
	}

	/**
	 * The requests with parts the plan left without an offer, in the plan's order, with the amount of those parts. A
	 * request's parts share one list of eligible offers (PlanBuilder: the pair rules and the rejections): empty means
	 * there was never an offer for it; otherwise the plan gave the eligible offers' capacity or amount to other parts.
	 */
	static List<UnmetRequest> unmet(MatchingPlan plan) {
		Map<String, UnmetRequest> byRequest = new LinkedHashMap<>();
		for (RequestPart part : plan.getParts()) {
			if (part.isAssigned()) {
				continue;
			}
			UnmetReason reason = part.getEligibleOffers().isEmpty() ? UnmetReason.NO_ELIGIBLE_OFFER
					: UnmetReason.CAPACITY_EXHAUSTED;
			byRequest.merge(part.getRequest().id(), new UnmetRequest(part.getRequest().id(), reason, part.getAmount()),
					(one, other) -> new UnmetRequest(one.requestId(), one.reason(), one.amount() + other.amount()));
		}
		return List.copyOf(byRequest.values());
	}

	static SuggestionExplanation explanation(PartExplanation explanation) {
		List<SuggestionExplanation.Reason> reasons = new ArrayList<>();
		for (Reason reason : explanation.reasons()) {
			reasons.add(new SuggestionExplanation.Reason(reason.constraint(), score(reason.impact()), reason.sentence()));
		}
		Alternative next = explanation.nextBest();
		return new SuggestionExplanation(score(explanation.impact()), reasons,
				next == null ? null
						: new SuggestionExplanation.Alternative(next.offerId(), next.partnerId(),
								score(next.scoreDifference()), next.sentence()));
	}

}
