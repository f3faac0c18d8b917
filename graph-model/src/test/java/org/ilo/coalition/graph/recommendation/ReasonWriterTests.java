package org.ilo.coalition.graph.recommendation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonWriterTests {

	@Test
	void joinsItemsAsEnglishEnumerations() {
		assertThat(ReasonWriter.join(List.of())).isEmpty();
		assertThat(ReasonWriter.join(List.of("a"))).isEqualTo("a");
		assertThat(ReasonWriter.join(List.of("a", "b", "c"))).isEqualTo("a, b and c");
	}

	@Test
	void lowersTheFirstLetterOfNamesButNotOfAcronyms() {
		assertThat(ReasonWriter.lowerFirst("Labour inspection")).isEqualTo("labour inspection");
		assertThat(ReasonWriter.lowerFirst("OSH systems")).isEqualTo("OSH systems");
	}

	@Test
	void writesAmountsWithTheirUnits() {
		assertThat(ReasonWriter.amount(1250, "PERSON_DAYS")).isEqualTo("1,250 person-days");
		assertThat(ReasonWriter.amount(500000, "USD")).isEqualTo("USD 500,000");
		assertThat(ReasonWriter.amount(30, "PLACES")).isEqualTo("30 training places");
	}

	@Test
	void namesLanguagesInEnglish() {
		assertThat(ReasonWriter.languageName("fr")).isEqualTo("French");
		assertThat(ReasonWriter.languageName("xx")).isEqualTo("xx");
	}

}
