package org.ilo.coalition.api.matching;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.matching.ScoreValue;
import org.ilo.coalition.graph.matching.SuggestionExplanation;
import org.ilo.coalition.matching.explain.Alternative;
import org.ilo.coalition.matching.explain.PartExplanation;
import org.ilo.coalition.matching.explain.Reason;
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
