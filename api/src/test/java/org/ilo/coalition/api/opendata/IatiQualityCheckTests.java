package org.ilo.coalition.api.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each data-quality rule of {@link IatiQualityCheck} fails on a hand-made document that breaks it. */
class IatiQualityCheckTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	static final String GOOD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<iati-activities version="2.03">
			 <iati-activity xml:lang="en" default-currency="USD">
			  <iati-identifier>XM-DAC-41302-a</iati-identifier>
			  <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
			  <title><narrative xml:lang="fr">Titre</narrative></title>
			  <activity-date type="1" iso-date="2026-01-01"/>
			  <activity-date type="2" iso-date="2026-02-01"/>
			  <activity-date type="3" iso-date="2027-01-01"/>
			  <activity-date type="4" iso-date="2026-12-01"/>
			  <sector vocabulary="1" code="16020" percentage="60"/>
			  <sector vocabulary="1" code="16010" percentage="40"/>
			  <sector vocabulary="99" code="EMPLOYMENT" percentage="100"><narrative>Employment</narrative></sector>
			  <budget><period-start iso-date="2026-01-01"/><period-end iso-date="2026-12-31"/><value value-date="2026-01-01">10</value></budget>
			  <transaction><transaction-type code="3"/><transaction-date iso-date="2026-12-06"/><value currency="EUR" value-date="2026-12-06">5</value></transaction>
			 </iati-activity>
			 <iati-activity xml:lang="en" default-currency="USD">
			  <iati-identifier>XM-DAC-41302-b</iati-identifier>
			  <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
			  <sector code="16020"/>
			 </iati-activity>
			</iati-activities>
			""";

	@Test
	void passesADocumentThatKeepsEveryRule() {
		assertThat(check(GOOD)).isEmpty();
	}

	@Test
	void refusesAnIdentifierThatDoesNotStartWithTheReportingOrganisation() {
		assertThat(check(GOOD.replace("XM-DAC-41302-b", "GB-1-b"))).singleElement().asString()
			.contains("activity 2 'GB-1-b'", "does not start with the reporting-org's identifier 'XM-DAC-41302-'");
	}

	@Test
	void refusesAnIdentifierUsedTwice() {
		assertThat(check(GOOD.replace("XM-DAC-41302-b", "XM-DAC-41302-a"))).singleElement().asString()
			.contains("activity 2", "not unique");
	}

	@Test
	void refusesDatesOutOfOrder() {
		assertThat(check(GOOD.replace("type=\"3\" iso-date=\"2027-01-01\"", "type=\"3\" iso-date=\"2025-12-31\"")))
			.singleElement().asString().contains("planned end 2025-12-31 is before planned start 2026-01-01");
		assertThat(check(GOOD.replace("type=\"4\" iso-date=\"2026-12-01\"", "type=\"4\" iso-date=\"2026-01-15\"")))
			.singleElement().asString().contains("actual end 2026-01-15 is before actual start 2026-02-01");
	}

	@Test
	void refusesActualDatesInTheFuture() {
		assertThat(check(GOOD.replace("type=\"4\" iso-date=\"2026-12-01\"", "type=\"4\" iso-date=\"2026-12-07\"")))
			.singleElement().asString().contains("actual date (activity-date type 4) 2026-12-07 is in the future");
		assertThat(check(GOOD.replace("<transaction-date iso-date=\"2026-12-06\"/>", "<transaction-date iso-date=\"2026-12-07\"/>")))
			.singleElement().asString().contains("transaction date 2026-12-07 is in the future");
	}

	@Test
	void refusesSectorPercentagesThatDoNotAddUpTo100PerVocabulary() {
		assertThat(check(GOOD.replace("percentage=\"40\"", "percentage=\"30\""))).singleElement().asString()
			.contains("sector percentages of vocabulary 1 add up to 90, not 100");
		assertThat(check(GOOD.replace("code=\"16010\" percentage=\"40\"", "code=\"16010\""))).asString()
			.contains("add up to 60", "some sectors of vocabulary 1 have a percentage and others none");
	}

	@Test
	void refusesAVocabulary99SectorWithoutANarrative() {
		assertThat(check(GOOD.replace("<narrative>Employment</narrative>", "<narrative> </narrative>")))
			.singleElement().asString().contains("a sector of vocabulary 99 has no narrative");
	}

	@Test
	void refusesANarrativeWithoutALanguage() {
		assertThat(check(GOOD.replace("<iati-activity xml:lang=\"en\" default-currency=\"USD\">\n  <iati-identifier>XM-DAC-41302-a",
				"<iati-activity default-currency=\"USD\">\n  <iati-identifier>XM-DAC-41302-a")))
			.as("the title's narrative keeps its own xml:lang, the others had only the activity's")
			.hasSize(2)
			.allSatisfy((problem) -> assertThat(problem).contains("has no xml:lang"));
	}

	@Test
	void refusesMoneyWithoutACurrency() {
		assertThat(check(GOOD.replace("<iati-activity xml:lang=\"en\" default-currency=\"USD\">\n  <iati-identifier>XM-DAC-41302-a",
				"<iati-activity xml:lang=\"en\">\n  <iati-identifier>XM-DAC-41302-a")))
			.as("the budget's value relied on the default currency; the transaction's names EUR")
			.singleElement().asString().contains("a value of budget has no currency");
	}

	private static List<String> check(String document) {
		try {
			return new IatiQualityCheck(TODAY)
				.check(new ByteArrayInputStream(document.strip().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
