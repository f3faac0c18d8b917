package org.ilo.coalition.graph.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoDataSizeTests {

	@Test
	void demoSizeIsLargeEnoughToExploreByHand() {
		assertThat(DemoDataSize.DEMO.partners()).isGreaterThanOrEqualTo(300);
		assertThat(DemoDataSize.DEMO.offers()).isGreaterThanOrEqualTo(900);
		assertThat(DemoDataSize.DEMO.strategies()).isGreaterThanOrEqualTo(60);
		assertThat(DemoDataSize.DEMO.requests()).isGreaterThanOrEqualTo(200);
		assertThat(DemoDataSize.DEMO.workStreams()).isBetween(5, 8);
	}

	@Test
	void benchmarkSizeMatchesTheLoadTarget() {
		assertThat(DemoDataSize.BENCHMARK).isEqualTo(new DemoDataSize(10_000, 50_000, 150, 20_000, 8));
	}

	@Test
	void rejectsNumbersThatAreNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoDataSize(0, 1, 1, 1, 1))
			.withMessageContaining("partners");
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoDataSize(1, 1, 1, -3, 1))
			.withMessageContaining("requests");
	}

}
