package org.ilo.coalition.matching.plan;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveTests {

	@Test
	void weighsTheWorstMeasuredDeficitAndIgnoresIndicatorsWithoutData() {
		Objective objective = new Objective("O1", null, Set.of(), List.of(new Deficit("8.5.2", "EMPLOYMENT", 2),
				Deficit.noData("8.7.1", "RIGHTS_AT_WORK"), new Deficit("8.6.1", "EMPLOYMENT", 4)));

		assertThat(objective.severity()).isEqualTo(4);
		assertThat(objective.severityMeasured()).isTrue();
	}

	@Test
	void fallsBackToTheDocumentedDefaultWhenNothingItAddressesHasData() {
		Objective objective = new Objective("O1", null, Set.of(), List.of(Deficit.noData("8.7.1", "RIGHTS_AT_WORK")));

		assertThat(objective.severity()).isEqualTo(Deficit.NO_DATA_SEVERITY).isEqualTo(3);
		assertThat(objective.severityMeasured()).isFalse();
	}

	@Test
	void aMeasuredSeverityOfOneStaysOneEvenThoughTheDefaultIsHigher() {
		Objective objective = new Objective("O1", null, Set.of(),
				List.of(new Deficit("8.5.2", "EMPLOYMENT", 1), Deficit.noData("8.7.1", "RIGHTS_AT_WORK")));

		assertThat(objective.severity()).isEqualTo(1);
	}

}
