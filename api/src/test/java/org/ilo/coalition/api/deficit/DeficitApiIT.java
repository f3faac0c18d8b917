package org.ilo.coalition.api.deficit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.ilostat.ShippedDeficits;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Deficit figures as ILOSTAT gives them, through the API: per series, with status, source, history and coverage. */
class DeficitApiIT extends ApiIntegrationTest {

	private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT");

	private static final String BULK_HEADER = "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,"
			+ "note_classif,note_indicator,note_source\n";

	private static final String SNAPSHOT_ATTRIBUTION =
			"Source: ILO / UN SDG Global Database (UNSD), via open-numbers/ddf--unstats--sdg_indicators";

	private static final String ILOSTAT_ATTRIBUTION = "Source: ILOSTAT, International Labour Organization (CC BY 4.0)";

	private static final String COUNTRY_DEFICITS = """
			query($iso3: String!) {
			  country(iso3: $iso3) {
			    deficits {
			      indicator { code } series { id givesSeverity severityThresholds } unit year value severity
			      status { code description } source attribution importedAt importedFrom
			    }
			    indicatorsWithoutData { code }
			  }
			}""";

	private static final String HISTORY = """
			query($iso3: String!) {
			  country(iso3: $iso3) {
			    deficits {
			      value severity status { code } import { fileName }
			      history { value severity status { code description } source replacedAt import { fileName } }
			    }
			  }
			}""";

	@Autowired
	ShippedDeficits shipped;

	@Autowired
	IlostatImporter importer;

	record Ref(String code) {
	}

	record Series(String id, boolean givesSeverity, List<Double> severityThresholds) {
	}

	record Status(String code, String description) {
	}

	record Deficit(Ref indicator, Series series, String unit, int year, double value, Integer severity, Status status,
			String source, String attribution, String importedAt, String importedFrom) {
	}

	@Test
	void showsEachSeriesLatestShippedFigureAsTheFileGivesItMostSevereFirstAndHourlyEarningsWithoutSeverityLast() {
		this.shipped.importIfNew();
		Map<String, ShippedFile.Row> chile = ShippedFile.rows().stream().filter((r) -> r.iso3().equals("CHL"))
			.collect(Collectors.toMap(ShippedFile.Row::series, (r) -> r));

		List<Deficit> deficits = this.graphQl.document(COUNTRY_DEFICITS).variable("iso3", "CHL").execute()
			.path("country.deficits").entityList(Deficit.class).get();

		// Chile has a figure of all 11 series, both of 8.8.1 and both of 8.5.1 among them.
		assertThat(deficits).extracting((d) -> d.series().id()).containsExactlyInAnyOrderElementsOf(chile.keySet())
			.hasSize(11);
		assertThat(deficits).allSatisfy((d) -> {
			ShippedFile.Row row = chile.get(d.series().id());
			assertThat(d.value()).as(d.series().id()).isEqualTo(row.value());
			assertThat(d.year()).as(d.series().id()).isEqualTo(row.year());
			assertThat(d.source()).as(d.series().id()).isEqualTo(row.source());
			assertThat(d.indicator().code()).isEqualTo(row.sdg());
			assertThat(d.attribution()).isEqualTo(SNAPSHOT_ATTRIBUTION);
			assertThat(d.importedFrom()).isEqualTo(ShippedDeficits.FILE_NAME);
			assertThat(d.importedAt()).isNotBlank();
			assertThat(d.status()).isNull();
		});
		List<Integer> severities = deficits.stream().map(Deficit::severity).toList();
		assertThat(severities.subList(0, 10)).doesNotContainNull().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		Deficit earnings = deficits.get(10);
		assertThat(earnings.series().id()).isEqualTo("SDG_0851_SEX_OCU_NB");
		assertThat(earnings.severity()).isNull();
		assertThat(earnings.series().givesSeverity()).isFalse();
		assertThat(earnings.series().severityThresholds()).isNull();
		assertThat(earnings.unit()).isEqualTo("local currency per hour");
		assertThat(deficits).filteredOn((d) -> d.indicator().code().equals("8.8.1")).extracting((d) -> d.series().id())
			.containsExactlyInAnyOrder("SDG_F881_SEX_MIG_RT", "SDG_N881_SEX_MIG_RT");
	}

	@Test
	void showsAKnownShippedFigureAndTheIndicatorsACountryHasNoFigureFor() {
		this.shipped.importIfNew();
		Set<String> kenyaIndicators = ShippedFile.rows().stream().filter((r) -> r.iso3().equals("KEN"))
			.map(ShippedFile.Row::sdg).collect(Collectors.toSet());
		List<String> allIndicators = this.graphQl.document("{ indicators { code } }").execute()
			.path("indicators[*].code").entityList(String.class).get();

		GraphQlTester.Response response = this.graphQl.document(COUNTRY_DEFICITS).variable("iso3", "KEN").execute();

		List<Deficit> deficits = response.path("country.deficits").entityList(Deficit.class).get();
		assertThat(deficits).filteredOn((d) -> d.indicator().code().equals("8.5.2")).singleElement().satisfies((d) -> {
			assertThat(d.year()).isEqualTo(2016);
			assertThat(d.value()).isEqualTo(2.76);
			assertThat(d.unit()).isEqualTo("%");
			assertThat(d.severity()).isEqualTo(1);
			assertThat(d.source()).startsWith("UN SDG Global Database (UNSD SDG API CSV, custodian ILO), series SL_TLF_UEM");
		});
		assertThat(response.path("country.indicatorsWithoutData[*].code").entityList(String.class).get())
			.containsExactlyElementsOf(allIndicators.stream().filter((c) -> !kenyaIndicators.contains(c)).toList());
		assertThat(kenyaIndicators).hasSize(5);
	}

	@Test
	void showsTheStatusFlagOfAnImportedFigureWithItsMeaningAndIlostatsAttribution() {
		this.importer.importFile(utf8(BULK_HEADER
				+ "JOR,BA:7,SDG_0852_SEX_AGE_RT_A,SEX_T,AGE_YTHADULT_YGE15,,2019,19.1,U,,,\n"
				+ "JOR,BA:7,SDG_0861_SEX_RT_A,SEX_T,,,2019,36.6,B,,,\n"), "jordan.csv", SECRETARIAT);

		List<Deficit> deficits = this.graphQl.document(COUNTRY_DEFICITS).variable("iso3", "JOR").execute()
			.path("country.deficits").entityList(Deficit.class).get();

		assertThat(deficits).extracting((d) -> d.series().id(), Deficit::status, Deficit::source, Deficit::attribution,
				Deficit::importedFrom)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("SDG_0852_SEX_AGE_RT", new Status("U", "Unreliable"), "BA:7",
							ILOSTAT_ATTRIBUTION, "jordan.csv"),
					org.assertj.core.groups.Tuple.tuple("SDG_0861_SEX_RT", new Status("B", "Break in series"), "BA:7",
							ILOSTAT_ATTRIBUTION, "jordan.csv"));
	}

	@Test
	void keepsEveryReplacedFigureInTheHistoryNewestFirstAndItsImportForTheSecretariatOnly() {
		String row = "KEN,BA:1,SDG_0852_SEX_AGE_RT,SEX_T,AGE_YTHADULT_YGE15,,2019,%s,%s,,,\n";
		this.importer.importFile(utf8(BULK_HEADER + row.formatted("5.6", "")), "2024.csv", SECRETARIAT);
		this.importer.importFile(utf8(BULK_HEADER + row.formatted("11.2", "P")), "2025.csv", SECRETARIAT);
		this.importer.importFile(utf8(BULK_HEADER + row.formatted("7.0", "")), "2026.csv", SECRETARIAT);

		GraphQlTester.Response secretariat = asSecretariat().document(HISTORY).variable("iso3", "KEN").execute();

		secretariat.path("country.deficits[0].value").entity(Double.class).isEqualTo(7.0);
		secretariat.path("country.deficits[0].severity").entity(Integer.class).isEqualTo(3);
		secretariat.path("country.deficits[0].import.fileName").entity(String.class).isEqualTo("2026.csv");
		secretariat.path("country.deficits[0].history[*].value").entityList(Double.class).containsExactly(11.2, 5.6);
		secretariat.path("country.deficits[0].history[*].severity").entityList(Integer.class).containsExactly(4, 2);
		secretariat.path("country.deficits[0].history[0].status.description").entity(String.class)
			.isEqualTo("Provisional value");
		secretariat.path("country.deficits[0].history[1].status").valueIsNull();
		secretariat.path("country.deficits[0].history[*].source").entityList(String.class).containsExactly("BA:1", "BA:1");
		secretariat.path("country.deficits[0].history[*].import.fileName").entityList(String.class)
			.containsExactly("2025.csv", "2024.csv");

		// Anyone else sees the figures and their history, and no import: that field alone is null with its error.
		for (GraphQlTester tester : List.of(this.graphQl, asPartner(new GraphFixture(this.neo4jClient)
			.partner("Research Institute", PartnerKind.ACADEMIA, "KEN")))) {
			GraphQlTester.Response response = tester.document(HISTORY).variable("iso3", "KEN").execute();
			String expected = tester == this.graphQl ? "UNAUTHORIZED" : "FORBIDDEN";
			response.errors().satisfy((errors) -> assertThat(errors).hasSize(3).allSatisfy((error) -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo(expected);
				assertThat(error.getPath()).endsWith("import");
			}));
			response.path("country.deficits[0].import").valueIsNull();
			response.path("country.deficits[0].history[*].value").entityList(Double.class).containsExactly(11.2, 5.6);
			response.path("country.deficits[0].history[0].import").valueIsNull();
		}
	}

	@Test
	void countsTheMemberStatesWithFiguresOfEachIndicatorAsTheShippedFileHasThem() {
		this.shipped.importIfNew();
		Map<String, Set<String>> countries = new TreeMap<>();
		Map<String, Integer> figures = new HashMap<>();
		Map<String, int[]> years = new HashMap<>();
		for (ShippedFile.Row row : ShippedFile.rows()) {
			countries.computeIfAbsent(row.sdg(), (k) -> new TreeSet<>()).add(row.iso3());
			figures.merge(row.sdg(), 1, Integer::sum);
			years.merge(row.sdg(), new int[] { row.year(), row.year() },
					(a, b) -> new int[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
		}

		List<Map<String, Object>> indicators = new ArrayList<>();
		this.graphQl.document("""
				{ indicators { code coverage { memberStatesWithData memberStatesWithoutData firstYear lastYear observations } } }""")
			.execute().path("indicators").entityList(Map.class).get().forEach((m) -> indicators.add(cast(m)));

		assertThat(indicators).hasSize(10).allSatisfy((indicator) -> {
			String code = (String) indicator.get("code");
			Map<String, Object> coverage = cast(indicator.get("coverage"));
			assertThat(coverage.get("memberStatesWithData")).as(code).isEqualTo(countries.get(code).size());
			assertThat(coverage.get("memberStatesWithoutData")).as(code).isEqualTo(187 - countries.get(code).size());
			assertThat(coverage.get("observations")).as(code).isEqualTo(figures.get(code));
			assertThat(coverage.get("firstYear")).as(code).isEqualTo(years.get(code)[0]);
			assertThat(coverage.get("lastYear")).as(code).isEqualTo(years.get(code)[1]);
		});
	}

	@Test
	void listsExactlyTheMemberStatesWithoutAFigureForAnIndicator() {
		this.shipped.importIfNew();
		Set<String> withChildLabourFigures = ShippedFile.rows().stream().filter((r) -> r.sdg().equals("8.7.1"))
			.map(ShippedFile.Row::iso3).collect(Collectors.toSet());
		List<String> all = countries(null);
		List<String> expected = all.stream().filter((iso3) -> !withChildLabourFigures.contains(iso3)).toList();

		List<String> without = countries("8.7.1");

		assertThat(all).hasSize(187);
		assertThat(without).containsExactlyElementsOf(expected).hasSize(187 - withChildLabourFigures.size());
		this.graphQl.document("{ countries(withoutDataFor: \"8.7.1\", first: 1) { totalCount } }").execute()
			.path("countries.totalCount").entity(Integer.class).isEqualTo(expected.size());
		this.graphQl.document("{ countries(withoutDataFor: \"9.9.9\") { totalCount } }").execute().errors()
			.expect((error) -> String.valueOf(error.getErrorType()).equals("BAD_REQUEST")
					&& "withoutDataFor".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void readsDeficitsAndTheirHistoriesAndImportsWithOneStatementPerLevelWhateverThePageSize() {
		this.shipped.importIfNew();
		String query = """
				query($first: Int) { countries(first: $first) { edges { node {
				  deficits { value history { value } import { fileName } } indicatorsWithoutData { code }
				} } } }""";

		this.cypher.reset();
		asSecretariat().document(query).variable("first", 5).execute().path("countries.edges").entityList(Object.class)
			.hasSize(5);
		int small = this.cypher.count();
		this.cypher.reset();
		asSecretariat().document(query).variable("first", 100).execute().path("countries.edges")
			.entityList(Object.class).hasSize(100);
		int large = this.cypher.count();

		// the latest figures (also for indicatorsWithoutData), their histories, their imports
		assertThat(large).isEqualTo(small).isEqualTo(3);
	}

	private List<String> countries(String withoutDataFor) {
		List<String> seen = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("after", after);
			variables.put("without", withoutDataFor);
			GraphQlTester.Response response = this.graphQl.document("""
					query($after: String, $without: String) {
					  countries(first: 100, after: $after, withoutDataFor: $without) {
					    pageInfo { hasNextPage endCursor } edges { node { iso3 } }
					  }
					}""").variables(variables).execute();
			seen.addAll(response.path("countries.edges[*].node.iso3").entityList(String.class).get());
			after = response.path("countries.pageInfo.hasNextPage").entity(Boolean.class).get()
					? response.path("countries.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return seen;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object map) {
		return (Map<String, Object>) map;
	}

	private static ByteArrayInputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
