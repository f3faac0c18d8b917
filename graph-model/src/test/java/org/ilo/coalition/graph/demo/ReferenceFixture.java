package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.demo.ReferenceSnapshot.CountryRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.DeficitRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.ExpertiseRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.IndicatorRef;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.reference.ReferenceDataReader;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small stand-in for the reference data loader and the ILOSTAT import: ten real member States over the five
 * regions, the taxonomies, a dozen expertise entries, the shipped indicator catalogue (indicators and their series),
 * optionally padded with made-up member States, and a few deficit observations in the shape the import writes, for
 * some countries and not for others.
 */
final class ReferenceFixture {

	static final List<String> REGIONS = List.of("AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC",
			"EUROPE_CENTRAL_ASIA");

	static final List<String> AREAS = List.of("RIGHTS_AT_WORK", "PROTECTION_RESILIENCE", "EMPLOYMENT",
			"INEQUALITY_DISCRIMINATION", "JUST_TRANSITIONS_TRADE", "SOCIAL_DIALOGUE");

	static final List<String> FUNCTIONAL_AREAS = List.of("KNOWLEDGE", "ADVOCACY", "DIALOGUE_MOBILIZATION",
			"PARTNER_COLLABORATION");

	static final List<String> PROGRAMMES = List.of("INFORMAL_TO_FORMAL", "JUST_TRANSITIONS", "SUPPLY_CHAINS_TRADE",
			"CRISIS_RESPONSE");

	// iso3, iso2, name, region
	private static final List<List<String>> COUNTRIES = List.of(List.of("KEN", "KE", "Kenya", "AFRICA"),
			List.of("SEN", "SN", "Senegal", "AFRICA"), List.of("BRA", "BR", "Brazil", "AMERICAS"),
			List.of("JOR", "JO", "Jordan", "ARAB_STATES"), List.of("LBN", "LB", "Lebanon", "ARAB_STATES"),
			List.of("IND", "IN", "India", "ASIA_PACIFIC"), List.of("BGD", "BD", "Bangladesh", "ASIA_PACIFIC"),
			List.of("FJI", "FJ", "Fiji", "ASIA_PACIFIC"), List.of("FRA", "FR", "France", "EUROPE_CENTRAL_ASIA"),
			List.of("KAZ", "KZ", "Kazakhstan", "EUROPE_CENTRAL_ASIA"));

	private static final Map<String, List<String>> EXPERTISE = Map.ofEntries(
			Map.entry("LABOUR_STANDARDS", List.of("RIGHTS_AT_WORK")), Map.entry("CHILD_LABOUR", List.of("RIGHTS_AT_WORK")),
			Map.entry("SOCIAL_PROTECTION_FLOORS", List.of("PROTECTION_RESILIENCE")),
			Map.entry("OCCUPATIONAL_SAFETY", List.of("PROTECTION_RESILIENCE")),
			Map.entry("WAGE_POLICY", List.of("PROTECTION_RESILIENCE", "INEQUALITY_DISCRIMINATION")),
			Map.entry("SKILLS", List.of("EMPLOYMENT")), Map.entry("FORMALIZATION", List.of("EMPLOYMENT")),
			Map.entry("YOUTH_EMPLOYMENT", List.of("EMPLOYMENT")),
			Map.entry("GENDER_EQUALITY", List.of("INEQUALITY_DISCRIMINATION")),
			Map.entry("GREEN_JOBS", List.of("JUST_TRANSITIONS_TRADE")),
			Map.entry("SUPPLY_CHAIN_DUE_DILIGENCE", List.of("JUST_TRANSITIONS_TRADE")),
			Map.entry("COLLECTIVE_BARGAINING", List.of("SOCIAL_DIALOGUE")),
			Map.entry("LABOUR_STATISTICS", List.of("EMPLOYMENT", "PROTECTION_RESILIENCE", "RIGHTS_AT_WORK")));

	/** The shipped catalogue, so that series, units and severities are those the import uses. */
	static final List<Indicator> CATALOGUE = ReferenceDataReader.read().indicators();

	private static final Map<String, IndicatorSeries> SERIES = CATALOGUE.stream()
		.flatMap((i) -> i.series().stream())
		.collect(Collectors.toMap(IndicatorSeries::id, (s) -> s));

	/**
	 * Figures of the shipped ILOSTAT snapshot ({@code ilostat-sdg-latest.csv}), except the three marked made up, which
	 * give the cases the snapshot lacks: an older observation of a series, an older one with a severity behind a newer
	 * one without, and a country with observations that give no severity only.
	 */
	static final List<Observation> OBSERVATIONS = List.of(
			new Observation("KEN", "SDG_0111_SEX_AGE_RT", 2016, 31.9, null),
			new Observation("KEN", "SDG_0131_SEX_SOC_RT", 2019, 8.3, null),
			new Observation("KEN", "SDG_0852_SEX_AGE_RT", 2016, 2.76, null),
			// Made up: severity 4, but older than the 2016 figure of severity 1.
			new Observation("KEN", "SDG_0852_SEX_AGE_RT", 2009, 12.0, null),
			new Observation("KEN", "SDG_1041_NOC_RT", 2017, 43.92, null),
			new Observation("BRA", "SDG_0852_SEX_AGE_RT", 2018, 12.33, null),
			new Observation("BRA", "SDG_0131_SEX_SOC_RT", 2018, 74.9, null),
			new Observation("BRA", "SDG_F881_SEX_MIG_RT", 2011, 7.43, null),
			new Observation("BRA", "SDG_N881_SEX_MIG_RT", 2017, 1374, null),
			new Observation("BRA", "SDG_0851_SEX_OCU_NB", 2014, 13.4, null),
			// Made up: the gender pay gap gives 8.5.1 its severity; the newer hourly earnings above give none.
			new Observation("BRA", "EAR_GGAP_OCU_RT", 2012, 14.0, null),
			new Observation("BRA", "SDG_1041_NOC_RT", 2017, 60.37, null),
			// Fatal (severity 5) and non-fatal (severity 2) injuries of the same year: the higher counts.
			new Observation("IND", "SDG_N881_SEX_MIG_RT", 2007, 325, null),
			new Observation("IND", "SDG_F881_SEX_MIG_RT", 2007, 116.8, null),
			// The other way round: non-fatal (severity 5) above fatal (severity 2), which comes first by id.
			new Observation("FRA", "SDG_F881_SEX_MIG_RT", 2015, 2.55, null),
			new Observation("FRA", "SDG_N881_SEX_MIG_RT", 2015, 3160.29, null),
			new Observation("FRA", "SDG_0851_SEX_OCU_NB", 2014, 17.4, null),
			new Observation("IND", "SDG_0831_SEX_ECO_RT", 2018, 88.63423, null),
			new Observation("IND", "SDG_0861_SEX_RT", 2018, 30.4, null),
			new Observation("JOR", "SDG_0852_SEX_AGE_RT", 2016, 15.28, "U"),
			new Observation("JOR", "SDG_B871_SEX_AGE_RT", 2016, 1.7, null),
			new Observation("SEN", "SDG_0882_NOC_RT", 2017, 1.9, null),
			new Observation("SEN", "SDG_B871_SEX_AGE_RT", 2016, 22.84003, null),
			// Made up: hourly earnings only, which give no severity, so no data to weigh Lebanon's objectives by.
			new Observation("LBN", "SDG_0851_SEX_OCU_NB", 2018, 8500, null));

	/** Member States of the fixture with at least one observation that gives a severity. */
	static final Set<String> WITH_DATA = Set.of("KEN", "BRA", "IND", "JOR", "SEN", "FRA");

	private ReferenceFixture() {
	}

	/** Writes the ten real member States, the taxonomies, the indicator catalogue and the observations. */
	static void load(Neo4jClient client) {
		load(client, COUNTRIES.size());
	}

	/**
	 * Writes the taxonomies, the indicator catalogue, {@code memberStates} member States (made-up ones, never observed,
	 * after the ten real ones) and the observations of those present.
	 */
	static void load(Neo4jClient client, int memberStates) {
		client.query("""
				UNWIND $regions AS code
				CREATE (:Region {code: code, name: code})
				""").bind(REGIONS).to("regions").run();
		client.query("""
				UNWIND $countries AS c
				MATCH (r:Region {code: c.region})
				CREATE (:Country {iso3: c.iso3, iso2: c.iso2, name: c.name, memberState: true})-[:IN_REGION]->(r)
				""").bind(countries(memberStates).stream()
			.map((c) -> Map.of("iso3", c.iso3(), "iso2", iso2(c), "name", c.name(), "region", c.region()))
			.toList()).to("countries").run();
		// A non-member territory that the generator must leave out.
		client.query("""
				MATCH (r:Region {code: 'EUROPE_CENTRAL_ASIA'})
				CREATE (:Country {iso3: 'XNM', iso2: 'XN', name: 'Non-member Territory', memberState: false})-[:IN_REGION]->(r)
				""").run();
		client.query("""
				UNWIND $areas AS code
				CREATE (:ThematicArea {code: code, name: code})
				""").bind(AREAS).to("areas").run();
		client.query("""
				UNWIND $codes AS code
				CREATE (:FunctionalArea {code: code, name: code})
				""").bind(FUNCTIONAL_AREAS).to("codes").run();
		client.query("""
				UNWIND $codes AS code
				CREATE (:PriorityProgramme {code: code, name: code})
				""").bind(PROGRAMMES).to("codes").run();
		client.query("""
				UNWIND $expertise AS e
				CREATE (x:Expertise {code: e.code, name: e.code})
				WITH x, e
				UNWIND e.areas AS area
				MATCH (a:ThematicArea {code: area})
				CREATE (x)-[:IN_AREA]->(a)
				""").bind(EXPERTISE.entrySet().stream()
			.map((e) -> Map.of("code", e.getKey(), "areas", e.getValue()))
			.toList()).to("expertise").run();
		client.query("""
				UNWIND $indicators AS i
				MATCH (a:ThematicArea {code: i.area})
				CREATE (n:Indicator {code: i.code, ilostatId: i.ilostatId, name: i.name, unit: i.unit,
				                     higherIsWorse: i.higherIsWorse, thresholds: i.thresholds})-[:MEASURES]->(a)
				WITH n, i
				UNWIND i.series AS s
				CREATE (:IndicatorSeries {id: s.id, name: s.name, unit: s.unit, higherIsWorse: s.higherIsWorse,
				                          thresholds: s.thresholds})-[:SERIES_OF]->(n)
				""").bind(CATALOGUE.stream()
			.map((i) -> Map.of("code", i.code(), "ilostatId", i.ilostatId(), "name", i.name(), "unit", i.unit(),
					"area", i.thematicArea().code(), "higherIsWorse", i.higherIsWorse(), "thresholds", i.thresholds(),
					"series", i.series().stream()
						.map((s) -> Map.of("id", s.id(), "name", s.name(), "unit", s.unit(), "higherIsWorse",
								s.higherIsWorse(), "thresholds", s.thresholds()))
						.toList()))
			.toList()).to("indicators").run();
		Set<String> present = countries(memberStates).stream().map(CountryRef::iso3).collect(Collectors.toSet());
		// A fixed time, so that loading twice gives the same graph (the generator's determinism tests compare them).
		client.query("""
				CREATE (:DataImport {id: 'fixture-import', source: 'ilostat-sdg-latest.csv',
				                     startedAt: datetime('2026-01-01T00:00:00Z')})
				""").run();
		client.query("""
				UNWIND $observations AS row
				MATCH (c:Country {iso3: row.iso3})
				MATCH (i:Indicator {code: row.indicator})
				MATCH (d:DataImport {id: 'fixture-import'})
				CREATE (o:DeficitObservation {id: row.id, series: row.series, year: row.year, value: row.value,
				                              severity: row.severity, obsStatus: row.obsStatus, source: row.source})
				CREATE (o)-[:OBSERVED_IN]->(c), (o)-[:OF_INDICATOR]->(i), (o)-[:IMPORTED_BY]->(d)
				""").bind(OBSERVATIONS.stream().filter((o) -> present.contains(o.iso3())).map(Observation::row).toList())
			.to("observations")
			.run();
	}

	/** The observations the fixture writes for {@code iso3}. */
	static List<Observation> observationsOf(String iso3) {
		return OBSERVATIONS.stream().filter((o) -> o.iso3().equals(iso3)).toList();
	}

	/**
	 * The current deficits of {@code iso3} by the rule the generator reads them with: per indicator the latest
	 * observation with a severity, the more severe of one year, then the smaller id.
	 */
	static Map<String, DeficitRef> deficitsOf(String iso3) {
		Map<String, Observation> current = new HashMap<>();
		Comparator<Observation> better = Comparator.comparingInt(Observation::year)
			.thenComparing(Comparator.comparing((Observation o) -> o.severity()))
			.thenComparing(Comparator.comparing(Observation::id).reversed());
		for (Observation o : observationsOf(iso3)) {
			if (o.severity() != null) {
				current.merge(o.indicator(), o, (a, b) -> better.compare(a, b) >= 0 ? a : b);
			}
		}
		Map<String, DeficitRef> deficits = new LinkedHashMap<>();
		current.forEach((indicator, o) -> deficits.put(indicator,
				new DeficitRef(o.series(), SERIES.get(o.series()).name(), SERIES.get(o.series()).unit(), o.year(),
						o.value(), o.severity())));
		return deficits;
	}

	/** The same reference data as {@link #load}, for tests that plan without a database. */
	static ReferenceSnapshot snapshot(int memberStates) {
		List<CountryRef> countries = new ArrayList<>(countries(memberStates));
		countries.sort(Comparator.comparing(CountryRef::iso3));
		List<ExpertiseRef> expertise = EXPERTISE.entrySet()
			.stream()
			.map((e) -> new ExpertiseRef(e.getKey(), e.getValue().stream().sorted().toList()))
			.sorted(Comparator.comparing(ExpertiseRef::code))
			.toList();
		List<IndicatorRef> indicators = CATALOGUE.stream()
			.map((i) -> new IndicatorRef(i.code(), i.name(), i.thematicArea().code()))
			.sorted(Comparator.comparing(IndicatorRef::code))
			.toList();
		return new ReferenceSnapshot(countries, REGIONS.stream().sorted().toList(), AREAS.stream().sorted().toList(),
				FUNCTIONAL_AREAS.stream().sorted().toList(), PROGRAMMES.stream().sorted().toList(), expertise,
				indicators);
	}

	static List<String> featuredCountries() {
		return List.of("KEN", "BRA", "IND", "BGD", "JOR", "FJI");
	}

	private static List<CountryRef> countries(int memberStates) {
		List<CountryRef> countries = new ArrayList<>();
		for (List<String> c : COUNTRIES.subList(0, Math.min(memberStates, COUNTRIES.size()))) {
			countries.add(new CountryRef(c.get(0), c.get(2), c.get(3), deficitsOf(c.get(0))));
		}
		for (int i = 0; countries.size() < memberStates; i++) {
			countries.add(new CountryRef("Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26), "Made-up Country " + (i + 1),
					REGIONS.get(i % REGIONS.size())));
		}
		return countries;
	}

	// Real codes come from the table; made-up ones get a digit first so they never clash with a real one.
	private static String iso2(CountryRef country) {
		for (List<String> c : COUNTRIES) {
			if (c.get(0).equals(country.iso3())) {
				return c.get(1);
			}
		}
		int i = (country.iso3().charAt(1) - 'A') * 26 + (country.iso3().charAt(2) - 'A');
		return "" + (char) ('0' + i / 26) + (char) ('A' + i % 26);
	}

	/** One observation as the ILOSTAT import writes it; its severity is the series' for the value, if any. */
	record Observation(String iso3, String series, int year, double value, String obsStatus) {

		String id() {
			return this.iso3 + ":" + this.series + ":" + this.year;
		}

		String indicator() {
			return SERIES.get(this.series).indicatorCode();
		}

		Integer severity() {
			return SERIES.get(this.series).severityOf(this.value);
		}

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", id());
			row.put("iso3", this.iso3);
			row.put("indicator", indicator());
			row.put("series", this.series);
			row.put("year", (long) this.year);
			row.put("value", this.value);
			row.put("severity", severity() == null ? null : (long) severity());
			row.put("obsStatus", this.obsStatus);
			row.put("source", "ILO / UN SDG Global Database (UNSD), via open-numbers/ddf--unstats--sdg_indicators");
			return row;
		}

	}

}
