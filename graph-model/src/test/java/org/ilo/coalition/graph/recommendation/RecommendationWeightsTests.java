package org.ilo.coalition.graph.recommendation;

import java.util.EnumMap;
import java.util.Map;

import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.ilo.coalition.graph.recommendation.RecommendationWeights.Overlap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RecommendationWeightsTests {

	static final RecommendationWeights WEIGHTS = RecommendationWeights.DEFAULT;

	@Test
	void givesEveryCriterionAndOverlapAWeightAndEachGroupAddsUpToOne() {
		double fit = 0;
		for (Criterion criterion : Criterion.values()) {
			fit += WEIGHTS.weight(criterion);
		}
		double similarity = 0;
		for (Overlap overlap : Overlap.values()) {
			similarity += WEIGHTS.weight(overlap);
		}

		assertThat(fit).isCloseTo(1.0, within(1e-12));
		assertThat(similarity).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void refusesWeightsThatDoNotAddUpToOne() {
		Map<Criterion, Double> fit = new EnumMap<>(WEIGHTS.fit());
		fit.put(Criterion.EXPERTISE, 0.9);

		assertThatIllegalArgumentException().isThrownBy(() -> new RecommendationWeights(fit, 0.5, 3, 0.5, 3,
				WEIGHTS.similarity(), 100, 5)).withMessageContaining("add up to 1");
	}

	@Test
	void valuesExpertLevelsFullyAndBasicOnesAThird() {
		assertThat(RecommendationWeights.levelValue(ExpertiseLevel.EXPERT)).isEqualTo(1.0);
		assertThat(RecommendationWeights.levelValue(ExpertiseLevel.ADVANCED)).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(RecommendationWeights.levelValue(ExpertiseLevel.BASIC)).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void scalesAFitByDeficitSeverityWithUnknownAsTheMiddle() {
		assertThat(WEIGHTS.severityFactor(5)).isEqualTo(1.0);
		assertThat(WEIGHTS.severityFactor(1)).isCloseTo(0.6, within(1e-12));
		assertThat(WEIGHTS.severityFactor(null)).isEqualTo(WEIGHTS.severityFactor(3));
	}

	@Test
	void shortlistsAtLeastFortyCandidatesAndFourTimesThePageBeyondThat() {
		assertThat(WEIGHTS.shortlist(5)).isEqualTo(40);
		assertThat(WEIGHTS.shortlist(10)).isEqualTo(40);
		assertThat(WEIGHTS.shortlist(100)).isEqualTo(400);
	}

	@Test
	void scoresAPerfectFitAsOne() {
		Map<Criterion, Double> parts = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			parts.put(criterion, 1.0);
		}

		assertThat(WEIGHTS.fitScore(parts)).isCloseTo(1.0, within(1e-12));
	}

}
