package org.ilo.coalition.graph.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReferenceDataReaderTests {

	private static final String MEMBER_STATES_HEADER = "iso3,iso2,name,ilo_region\n";

	private static final String EXPERTISE_HEADER = "code,name,description,thematic_areas\n";

	private static final String INDICATORS_HEADER = "code,name,thematic_area\n";

	private static final String SERIES_HEADER = "series,indicator,name,unit,higher_is_worse,thresholds,headline\n";

	private static final List<IndicatorSeries> UNEMPLOYMENT = ReferenceDataReader.parseSeries("indicator-series.csv",
			SERIES_HEADER + "SDG_0852_SEX_AGE_RT,8.5.2,Unemployment rate,%,true,4;7;10;15,AGE_YTHADULT_YGE15\n");

	private static final Map<String, ThematicArea> AREAS = Map.of("EMPLOYMENT",
			new ThematicArea("EMPLOYMENT", "Employment", "Jobs.", "§15"), "SOCIAL_DIALOGUE",
			new ThematicArea("SOCIAL_DIALOGUE", "Social dialogue", "Talks.", "§18"));

	@Test
	void readsAMemberStateWhoseQuotedNameContainsAComma() {
		List<Country> countries = ReferenceDataReader.parseMemberStates("states.csv",
				MEMBER_STATES_HEADER + "BOL,BO,\"Bolivia, Plurinational State of\",Americas\n");

		assertThat(countries).singleElement().satisfies((country) -> {
			assertThat(country.name()).isEqualTo("Bolivia, Plurinational State of");
			assertThat(country.memberState()).isTrue();
			assertThat(country.region().code()).isEqualTo("AMERICAS");
			assertThat(country.region().name()).isEqualTo("Americas");
		});
	}

	@Test
	void rejectsAMemberStateInAnUnknownRegion() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseMemberStates("states.csv",
					MEMBER_STATES_HEADER + "KEN,KE,Kenya,Africa\nFRA,FR,France,Western Europe\n"))
			.withMessageContaining("states.csv line 3")
			.withMessageContaining("unknown ILO region 'Western Europe'")
			.withMessageContaining("Europe and Central Asia");
	}

	@Test
	void rejectsADuplicateIso3Code() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseMemberStates("states.csv",
					MEMBER_STATES_HEADER + "KEN,KE,Kenya,Africa\nKEN,KX,Kenya again,Africa\n"))
			.withMessageContaining("states.csv line 3")
			.withMessageContaining("duplicate ISO3 code KEN (first on line 2)");
	}

	@Test
	void rejectsAMalformedIsoCode() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseMemberStates("states.csv",
					MEMBER_STATES_HEADER + "Ken,KE,Kenya,Africa\n"))
			.withMessageContaining("states.csv line 2")
			.withMessageContaining("iso3");
	}

	@Test
	void rejectsATaxonomyCodeThatIsNotUpperSnakeCase() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseFunctionalAreas("functional.csv",
					"code,name,description\nKnowledge,Knowledge,Data.\n"))
			.withMessageContaining("functional.csv line 2")
			.withMessageContaining("'Knowledge'");
	}

	@Test
	void rejectsADuplicateTaxonomyCode() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parsePriorityProgrammes("programmes.csv",
					"code,name,description\nCRISIS_RESPONSE,A,B\nCRISIS_RESPONSE,C,D\n"))
			.withMessageContaining("programmes.csv line 3")
			.withMessageContaining("duplicate code CRISIS_RESPONSE");
	}

	@Test
	void rejectsAnEmptyName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseThematicAreas("areas.csv",
					"code,name,description,paragraphs\nEMPLOYMENT, ,Jobs.,§15\n"))
			.withMessageContaining("areas.csv line 2")
			.withMessageContaining("column name must not be empty");
	}

	@Test
	void linksExpertiseToEveryListedArea() {
		List<Expertise> expertise = ReferenceDataReader.parseExpertise("expertise.csv",
				EXPERTISE_HEADER + "COLLECTIVE_BARGAINING,Collective bargaining,Talks.,SOCIAL_DIALOGUE; EMPLOYMENT\n", AREAS);

		assertThat(expertise).singleElement()
			.satisfies((e) -> assertThat(e.thematicAreas()).extracting(ThematicArea::code)
				.containsExactly("SOCIAL_DIALOGUE", "EMPLOYMENT"));
	}

	@Test
	void rejectsExpertiseInAnUnknownThematicArea() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseExpertise("expertise.csv",
					EXPERTISE_HEADER + "GREEN_JOBS,Green jobs,Jobs.,EMPLOYMENT;CLIMATE\n", AREAS))
			.withMessageContaining("expertise.csv line 2")
			.withMessageContaining("unknown thematic area code 'CLIMATE'");
	}

	@Test
	void rejectsExpertiseInMoreThanThreeAreas() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseExpertise("expertise.csv",
					EXPERTISE_HEADER + "X,X,X.,EMPLOYMENT;SOCIAL_DIALOGUE;EMPLOYMENT;SOCIAL_DIALOGUE\n", AREAS))
			.withMessageContaining("expertise.csv line 2")
			.withMessageContaining("one to three");
	}

	@Test
	void readsAnIndicatorWithItsScale() {
		List<Indicator> indicators = ReferenceDataReader.parseIndicators("indicators.csv",
				INDICATORS_HEADER + "8.5.2,Unemployment rate,EMPLOYMENT\n", AREAS, UNEMPLOYMENT);

		assertThat(indicators).singleElement().satisfies((indicator) -> {
			assertThat(indicator.thresholds()).containsExactly(4.0, 7.0, 10.0, 15.0);
			assertThat(indicator.higherIsWorse()).isTrue();
			assertThat(indicator.thematicArea().code()).isEqualTo("EMPLOYMENT");
			assertThat(indicator.severityOf(12.0)).isEqualTo(4);
		});
	}

	@Test
	void rejectsAnIndicatorWithoutExactlyFourThresholds() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseSeries("indicator-series.csv", SERIES_HEADER
					+ "SDG_0852_SEX_AGE_RT,8.5.2,Unemployment rate,%,true,4;7;10,\n"))
			.withMessageContaining("indicator-series.csv line 2")
			.withMessageContaining("exactly four thresholds");
	}

	@Test
	void rejectsThresholdsThatDoNotAscend() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseSeries("indicator-series.csv", SERIES_HEADER
					+ "SDG_0852_SEX_AGE_RT,8.5.2,Unemployment rate,%,true,4;10;7;15,\n"))
			.withMessageContaining("indicator-series.csv line 2")
			.withMessageContaining("ascending");
	}

	@Test
	void rejectsAThresholdThatIsNotANumber() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseSeries("indicator-series.csv", SERIES_HEADER
					+ "SDG_0852_SEX_AGE_RT,8.5.2,Unemployment rate,%,true,4;7;ten;15,\n"))
			.withMessageContaining("indicator-series.csv line 2")
			.withMessageContaining("'ten'");
	}

	@Test
	void rejectsADirectionThatIsNotABoolean() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseSeries("indicator-series.csv", SERIES_HEADER
					+ "SDG_0852_SEX_AGE_RT,8.5.2,Unemployment rate,%,ture,4;7;10;15,\n"))
			.withMessageContaining("indicator-series.csv line 2")
			.withMessageContaining("higher_is_worse");
	}

	@Test
	void rejectsAnIndicatorOfAnUnknownArea() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseIndicators("indicators.csv",
					INDICATORS_HEADER + "8.5.2,Unemployment rate,JOBS\n", AREAS, UNEMPLOYMENT))
			.withMessageContaining("indicators.csv line 2")
			.withMessageContaining("unknown thematic area code 'JOBS'");
	}

	@Test
	void rejectsADuplicateIndicatorCode() {
		String row = "8.5.2,Unemployment rate,EMPLOYMENT\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseIndicators("indicators.csv", INDICATORS_HEADER + row + row, AREAS,
					UNEMPLOYMENT))
			.withMessageContaining("indicators.csv line 3")
			.withMessageContaining("duplicate code 8.5.2");
	}

	@Test
	void shipsTheTaxonomiesOfTheGoverningBodyPaper() {
		ReferenceData data = ReferenceDataReader.read();

		assertThat(data.memberStates()).hasSize(187);
		assertThat(data.regions()).hasSize(5);
		assertThat(data.thematicAreas()).extracting(ThematicArea::code)
			.containsExactlyInAnyOrder("RIGHTS_AT_WORK", "PROTECTION_RESILIENCE", "EMPLOYMENT",
					"INEQUALITY_DISCRIMINATION", "JUST_TRANSITIONS_TRADE", "SOCIAL_DIALOGUE");
		assertThat(data.thematicAreas()).allSatisfy((area) -> assertThat(area.paragraphs()).matches("§\\d+(-\\d+)?"));
		assertThat(data.functionalAreas()).extracting((a) -> a.code())
			.containsExactlyInAnyOrder("KNOWLEDGE", "ADVOCACY", "DIALOGUE_MOBILIZATION", "PARTNER_COLLABORATION");
		assertThat(data.priorityProgrammes()).extracting((p) -> p.code())
			.containsExactlyInAnyOrder("INFORMAL_TO_FORMAL", "JUST_TRANSITIONS", "SUPPLY_CHAINS_TRADE",
					"CRISIS_RESPONSE");
	}

	@Test
	void shipsAnExpertiseTaxonomyThatCoversEveryThematicArea() {
		ReferenceData data = ReferenceDataReader.read();

		assertThat(data.expertise()).hasSizeGreaterThanOrEqualTo(36)
			.allSatisfy((e) -> assertThat(e.thematicAreas()).hasSizeBetween(1, 3));
		Map<String, Long> entriesPerArea = data.expertise().stream()
			.map(Expertise::thematicAreas)
			.flatMap(Collection::stream)
			.collect(Collectors.groupingBy(ThematicArea::code, Collectors.counting()));
		assertThat(entriesPerArea).containsOnlyKeys(data.thematicAreas().stream().map(ThematicArea::code).toList())
			.allSatisfy((area, count) -> assertThat(count).as(area).isGreaterThanOrEqualTo(4));
	}

	@Test
	void shipsTheTenSdgLabourIndicatorsInTheirAreas() {
		Map<String, Indicator> indicators = ReferenceDataReader.read()
			.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));

		assertThat(indicators).hasSize(10);
		assertThat(indicators).extractingFromEntries((e) -> e.getKey() + " " + e.getValue().thematicArea().code())
			.containsExactlyInAnyOrder("1.1.1 PROTECTION_RESILIENCE", "1.3.1 PROTECTION_RESILIENCE", "8.3.1 EMPLOYMENT",
					"8.5.1 INEQUALITY_DISCRIMINATION", "8.5.2 EMPLOYMENT", "8.6.1 EMPLOYMENT", "8.7.1 RIGHTS_AT_WORK",
					"8.8.1 PROTECTION_RESILIENCE", "8.8.2 SOCIAL_DIALOGUE", "10.4.1 INEQUALITY_DISCRIMINATION");
		// Coverage and the labour income share are the two indicators where more is better.
		assertThat(indicators.values()).filteredOn((i) -> !i.higherIsWorse())
			.extracting(Indicator::code)
			.containsExactlyInAnyOrder("1.3.1", "10.4.1");
		assertThat(indicators.get("8.5.2").severityOf(12.0)).isEqualTo(4);
		assertThat(indicators.get("1.3.1").severityOf(10.0)).isEqualTo(5);
		// Hourly earnings in local currency cannot be compared across countries: stored, but without a severity.
		assertThat(indicators.get("8.5.1").series()).extracting(IndicatorSeries::id, IndicatorSeries::givesSeverity)
			.containsExactly(tuple("EAR_GGAP_OCU_RT", true), tuple("SDG_0851_SEX_OCU_NB", false));
		assertThat(indicators.get("8.8.1").series()).extracting(IndicatorSeries::id)
			.containsExactly("SDG_F881_SEX_MIG_RT", "SDG_N881_SEX_MIG_RT");
		assertThat(indicators.get("8.7.1").ilostatId()).isEqualTo("SDG_B871_SEX_AGE_RT");
	}

	@Test
	void rejectsASeriesOfAnIndicatorThatIsNotInTheCatalogue() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceDataReader.parseIndicators("indicators.csv",
					INDICATORS_HEADER + "8.6.1,Youth NEET,EMPLOYMENT\n", AREAS, UNEMPLOYMENT))
			.withMessageContaining("indicator 8.6.1 has no series");
	}

	@Test
	void readsASeriesWithoutSeverityAndItsHeadlineCodesInOrder() {
		List<IndicatorSeries> series = ReferenceDataReader.parseSeries("indicator-series.csv", SERIES_HEADER
				+ "SDG_0851_SEX_OCU_NB,8.5.1,Hourly earnings,local currency,false,,OCU_SKILL_TOTAL;*_TOTAL\n");

		assertThat(series).singleElement().satisfies((s) -> {
			assertThat(s.givesSeverity()).isFalse();
			assertThat(s.severityOf(12.5)).isNull();
			assertThat(s.headlineRank("OCU_SKILL_TOTAL")).isZero();
			assertThat(s.headlineRank("OCU_ISCO08_TOTAL")).isEqualTo(1);
			assertThat(s.headlineRank("OCU_SKILL_L1")).isEqualTo(-1);
			assertThat(s.headlineRank(null)).isEqualTo(2);
		});
	}

}
