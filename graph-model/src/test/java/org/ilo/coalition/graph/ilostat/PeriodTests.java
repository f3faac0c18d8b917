package org.ilo.coalition.graph.ilostat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	@ParameterizedTest
	@CsvSource({ "2023, 2023, , 2023", "2023Q1, 2023, Q1, 2023Q1", "2023Q4, 2023, Q4, 2023Q4",
			"2023M01, 2023, M01, 2023M01", "2023M12, 2023, M12, 2023M12", "2023-Q2, 2023, Q2, 2023Q2",
			"2023-01, 2023, M01, 2023M01", "2023-11, 2023, M11, 2023M11", "2023-M03, 2023, M03, 2023M03",
			"0999, 999, , 999" })
	void readsIlostatAndSdmxFormsIntoOneWritingOfThePeriod(String text, int year, String subAnnual, String written) {
		Period period = Period.parse(text);

		assertThat(period.year()).isEqualTo(year);
		assertThat(period.subAnnual()).isEqualTo(subAnnual);
		assertThat(period).hasToString(written);
	}

	@Test
	void isAnnualOnlyWithoutQuarterOrMonth() {
		assertThat(Period.parse("2023").annual()).isTrue();
		assertThat(Period.parse("2023Q1").annual()).isFalse();
		assertThat(Period.parse("2023M01").annual()).isFalse();
	}

	@Test
	void equalsTheSamePeriodWrittenAnotherWay() {
		assertThat(Period.parse("2023-01")).isEqualTo(Period.parse("2023M01")).isEqualTo(new Period(2023, "M01"));
		assertThat(Period.parse("2023-Q1")).isEqualTo(new Period(2023, "Q1")).isNotEqualTo(new Period(2023, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "202", "20230", "abc", "2023Q", "2023Q12", "2023M1", "2023M001", "2023-1", "2023-001",
			"2023 ", " 2023", "2023-Q", "2023/01", "2023S1", "2023-A1", "+2023", "２０２３" })
	void refusesMalformedTextNamingItAndTheFormsAccepted(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
			.withMessage("'" + text + "' is not a period; expected " + Period.FORMS);
	}

	@ParameterizedTest
	@CsvSource({ "2023Q5, quarter 5", "2023Q0, quarter 0", "2023-Q5, quarter 5", "2023M13, month 13",
			"2023M00, month 0", "2023-13, month 13", "2023-M13, month 13" })
	void refusesQuartersAndMonthsThatDoNotExist(String text, String named) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
			.withMessageStartingWith("'" + text + "' names " + named);
	}

	@Test
	void refusesNoText() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(null)).withMessageContaining("required");
	}

	@Test
	void refusesToBeBuiltWithAnotherSubAnnualPartOrYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(2023, "Q5")).withMessageContaining("Q5");
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(2023, "M1")).withMessageContaining("M1");
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(10000, null)).withMessageContaining("10000");
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(-1, null)).withMessageContaining("-1");
	}

}
