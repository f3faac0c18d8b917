package org.ilo.coalition.matching.solver;

import java.util.Map;

import org.ilo.coalition.matching.baseline.GreedyMatcher;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.RequestPart;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Runs {@link GreedyMatcher} as an OptaPlanner phase: the solver's construction, and alone the benchmark peer.
 */
public final class GreedyPhaseCommand implements CustomPhaseCommand<MatchingPlan> {

	@Override
	public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
		MatchingPlan plan = scoreDirector.getWorkingSolution();
		Map<String, Offer> choice = GreedyMatcher.assignments(plan);
		for (RequestPart part : plan.getParts()) {
			if (choice.containsKey(part.getId())) {
				scoreDirector.beforeVariableChanged(part, RequestPart.OFFER);
				part.setOffer(choice.get(part.getId()));
				scoreDirector.afterVariableChanged(part, RequestPart.OFFER);
			}
		}
		scoreDirector.triggerVariableListeners();
	}

}
