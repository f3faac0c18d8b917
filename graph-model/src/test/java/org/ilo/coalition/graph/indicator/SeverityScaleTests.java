package org.ilo.coalition.graph.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeverityScaleTests {

	@Test
	void countsReachedThresholdsWhenHigherIsWorse() {
		SeverityScale unemployment = new SeverityScale(List.of(4.0, 7.0, 10.0, 15.0), true);

		assertThat(unemployment.severityOf(2.5)).isEqualTo(1);
		assertThat(unemployment.severityOf(4.0)).isEqualTo(2);
		assertThat(unemployment.severityOf(12.0)).isEqualTo(4);
		assertThat(unemployment.severityOf(30.0)).isEqualTo(5);
	}

	@Test
	void countsThresholdsStillAboveTheValueWhenLowerIsWorse() {
		SeverityScale coverage = new SeverityScale(List.of(20.0, 45.0, 70.0, 90.0), false);

		assertThat(coverage.severityOf(95.0)).isEqualTo(1);
		assertThat(coverage.severityOf(80.0)).isEqualTo(2);
		assertThat(coverage.severityOf(30.0)).isEqualTo(4);
		assertThat(coverage.severityOf(10.0)).isEqualTo(5);
	}

	@Test
	void rejectsThresholdsThatAreNotFourAscendingValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SeverityScale(List.of(1.0, 2.0, 3.0), true));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeverityScale(List.of(1.0, 3.0, 2.0, 4.0), true));
	}

}
