package org.ilo.coalition.graph.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationStatusTests {

	@Test
	void givesIlostatsMeaningOfAFlag() {
		assertThat(ObservationStatus.of("U")).isEqualTo(new ObservationStatus("U", "Unreliable"));
		assertThat(ObservationStatus.of("B")).isEqualTo(new ObservationStatus("B", "Break in series"));
		assertThat(ObservationStatus.of("M").description()).isEqualTo("Model-based extrapolation");
		assertThat(ObservationStatus.of("P").description()).isEqualTo("Provisional value");
	}

	@Test
	void isNullWithoutAFlagAndSaysSoForAFlagItDoesNotKnow() {
		assertThat(ObservationStatus.of(null)).isNull();
		assertThat(ObservationStatus.of(" ")).isNull();
		assertThat(ObservationStatus.of("Q")).satisfies((status) -> {
			assertThat(status.code()).isEqualTo("Q");
			assertThat(status.description()).contains("'Q'").contains("not a code");
		});
	}

}
