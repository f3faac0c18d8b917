package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.demo.ReferenceSnapshot.CountryRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.ExpertiseRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.IndicatorRef;
import org.ilo.coalition.graph.indicator.SeverityScale;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small stand-in for the reference data loader: ten real member States over the five regions, the taxonomies, a
 * dozen expertise entries and the ten SDG indicators, optionally padded with made-up member States.
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

	// code, area, higherIsWorse, thresholds
	private static final List<IndicatorRef> INDICATORS = List.of(
			indicator("1.1.1", "PROTECTION_RESILIENCE", true, 2, 8, 20, 40),
			indicator("1.3.1", "PROTECTION_RESILIENCE", false, 20, 45, 70, 90),
			indicator("8.3.1", "EMPLOYMENT", true, 20, 40, 60, 80),
			indicator("8.5.1", "INEQUALITY_DISCRIMINATION", true, 5, 10, 15, 25),
			indicator("8.5.2", "EMPLOYMENT", true, 4, 7, 10, 15),
			indicator("8.6.1", "EMPLOYMENT", true, 10, 15, 22, 30),
			indicator("8.7.1", "RIGHTS_AT_WORK", true, 2, 5, 10, 20),
			indicator("8.8.1", "PROTECTION_RESILIENCE", true, 2, 5, 10, 15),
			indicator("8.8.2", "SOCIAL_DIALOGUE", true, 1, 2.5, 4, 6),
			indicator("10.4.1", "INEQUALITY_DISCRIMINATION", false, 35, 42, 50, 57));

	private ReferenceFixture() {
	}

	/** Writes the ten real member States and the taxonomies. */
	static void load(Neo4jClient client) {
		load(client, COUNTRIES.size());
	}

	/** Writes the taxonomies and {@code memberStates} member States, made-up ones after the ten real ones. */
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
				CREATE (:Indicator {code: i.code, name: 'SDG ' + i.code, higherIsWorse: i.higherIsWorse,
				                    thresholds: i.thresholds})-[:MEASURES]->(a)
				""").bind(INDICATORS.stream()
			.map((i) -> Map.of("code", i.code(), "area", i.area(), "higherIsWorse", i.scale().higherIsWorse(),
					"thresholds", i.scale().thresholds()))
			.toList()).to("indicators").run();
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
		List<IndicatorRef> indicators = INDICATORS.stream()
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
			countries.add(new CountryRef(c.get(0), c.get(2), c.get(3)));
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

	private static IndicatorRef indicator(String code, String area, boolean higherIsWorse, double... thresholds) {
		return new IndicatorRef(code, "SDG " + code, area,
				new SeverityScale(Arrays.stream(thresholds).boxed().toList(), higherIsWorse));
	}

}
