package org.ilo.coalition.matching.baseline;

import java.util.Map;

import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.RequestPart;

/** The greedy plan without a solver around it: the baseline that tests and benchmarks compare the solver with. */
public final class GreedyBaseline {

	private GreedyBaseline() {
	}

	/** Assigns the greedy choice to every open part of the plan, in place, and returns the plan. */
	public static MatchingPlan solve(MatchingPlan plan) {
		Map<String, Offer> choice = GreedyMatcher.assignments(plan);
		for (RequestPart part : plan.getParts()) {
			if (choice.containsKey(part.getId())) {
				part.setOffer(choice.get(part.getId()));
			}
		}
		return plan;
	}

}
