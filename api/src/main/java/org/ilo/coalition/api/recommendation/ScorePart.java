package org.ilo.coalition.api.recommendation;

import java.util.List;

import org.ilo.coalition.graph.recommendation.Criterion;
import org.ilo.coalition.graph.recommendation.WeightedPart;

/** {@code ScorePart}: one part of a recommendation score with its weight. */
public record ScorePart(Criterion criterion, double value, double weight, double contribution) {

	static List<ScorePart> of(List<WeightedPart> parts) {
		return parts.stream().map((p) -> new ScorePart(p.criterion(), p.value(), p.weight(), p.contribution())).toList();
	}

}
