package org.ilo.coalition.graph.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class ReferenceDataLoaderIT extends GraphModelIntegrationTest {

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	ReferenceDataLoader loader;

	@BeforeEach
	void migrate() {
		this.migrationRunner.migrate();
	}

	@Test
	void loadsEveryMemberStateIntoExactlyOneRegion() {
		ReferenceDataSummary summary = this.loader.load();

		assertThat(summary.countries()).isEqualTo(187);
		assertThat(summary.regions()).isEqualTo(5);
		assertThat(count("MATCH (c:Country {memberState: true}) RETURN count(c)")).isEqualTo(187);
		assertThat(count("MATCH (r:Region) RETURN count(r)")).isEqualTo(5);
		assertThat(count("""
				MATCH (c:Country)
				WHERE COUNT { (c)-[:IN_REGION]->(:Region) } <> 1
				RETURN count(c)
				""")).isZero();
		assertThat(regionOf("KEN")).isEqualTo("AFRICA");
		assertThat(regionOf("JOR")).isEqualTo("ARAB_STATES");
	}

	@Test
	void putsAsManyCountriesInEachRegionAsTheFileDoes() throws IOException {
		this.loader.load();

		Map<String, Long> inGraph = this.neo4jClient.query("""
				MATCH (c:Country)-[:IN_REGION]->(r:Region)
				RETURN r.code AS region, count(c) AS countries
				""").fetch().all().stream()
			.collect(Collectors.toMap((row) -> (String) row.get("region"), (row) -> (Long) row.get("countries")));
		assertThat(inGraph).isEqualTo(countriesPerRegionInTheFile());
	}

	@Test
	void loadsTheTaxonomiesWithTheirExactCodes() {
		ReferenceDataSummary summary = this.loader.load();

		assertThat(codes("ThematicArea")).containsExactlyInAnyOrder("RIGHTS_AT_WORK", "PROTECTION_RESILIENCE",
				"EMPLOYMENT", "INEQUALITY_DISCRIMINATION", "JUST_TRANSITIONS_TRADE", "SOCIAL_DIALOGUE");
		assertThat(codes("FunctionalArea")).containsExactlyInAnyOrder("KNOWLEDGE", "ADVOCACY",
				"DIALOGUE_MOBILIZATION", "PARTNER_COLLABORATION");
		assertThat(codes("PriorityProgramme")).containsExactlyInAnyOrder("INFORMAL_TO_FORMAL", "JUST_TRANSITIONS",
				"SUPPLY_CHAINS_TRADE", "CRISIS_RESPONSE");
		assertThat(count("""
				MATCH (a:ThematicArea)
				WHERE a.name IS NULL OR a.description IS NULL OR a.paragraphs IS NULL
				RETURN count(a)
				""")).isZero();
		assertThat(summary).extracting(ReferenceDataSummary::thematicAreas, ReferenceDataSummary::functionalAreas,
				ReferenceDataSummary::priorityProgrammes)
			.containsExactly(6, 4, 4);
	}

	@Test
	void linksEveryExpertiseToAtLeastOneThematicArea() {
		this.loader.load();

		assertThat(count("MATCH (e:Expertise) RETURN count(e)")).isGreaterThanOrEqualTo(30);
		assertThat(count("MATCH (e:Expertise) WHERE NOT (e)-[:IN_AREA]->(:ThematicArea) RETURN count(e)")).isZero();
		assertThat(count("MATCH (e:Expertise) WHERE e.name IS NULL OR e.description IS NULL RETURN count(e)")).isZero();
	}

	@Test
	void loadsTenIndicatorsEachMeasuringOneAreaWithTheScaleOfItsFirstSeries() {
		this.loader.load();

		assertThat(count("MATCH (i:Indicator) RETURN count(i)")).isEqualTo(10);
		assertThat(count("""
				MATCH (i:Indicator)
				WHERE COUNT { (i)-[:MEASURES]->(:ThematicArea) } <> 1 OR size(i.thresholds) <> 4
				   OR i.ilostatId IS NULL OR i.unit IS NULL OR i.higherIsWorse IS NULL
				RETURN count(i)
				""")).isZero();
		assertThat(this.neo4jClient.query("MATCH (i:Indicator {code: '8.5.2'})-[:MEASURES]->(a) RETURN a.code")
			.fetchAs(String.class).one()).contains("EMPLOYMENT");
		assertThat(this.neo4jClient.query("MATCH (i:Indicator {code: '1.3.1'}) RETURN i.thresholds AS thresholds")
			.fetch().one().map((row) -> row.get("thresholds"))).contains(List.of(15.0, 35.0, 60.0, 85.0));
		assertThat(this.neo4jClient.query("""
				MATCH (s:IndicatorSeries)-[:SERIES_OF]->(i:Indicator {code: '8.8.1'})
				RETURN s.id ORDER BY s.position""").fetchAs(String.class).all())
			.containsExactly("SDG_F881_SEX_MIG_RT", "SDG_N881_SEX_MIG_RT");
	}

	@Test
	void recomputesTheSeveritiesOfStoredObservationsWhenTheThresholdsChange() {
		this.loader.load();
		this.neo4jClient.query("""
				MATCH (c:Country {iso3: 'KEN'}), (i:Indicator {code: '8.5.2'})
				CREATE (o:DeficitObservation {id: 'KEN:SDG_0852_SEX_AGE_RT:2019', series: 'SDG_0852_SEX_AGE_RT',
				                              year: 2019, value: 8.0, severity: 1})
				CREATE (o)-[:OBSERVED_IN]->(c), (o)-[:OF_INDICATOR]->(i)""").run();
		this.neo4jClient.query("MATCH (m:__ReferenceData) DELETE m").run();

		this.loader.load();

		assertThat(this.neo4jClient.query("MATCH (o:DeficitObservation) RETURN o.severity").fetchAs(Long.class).one())
			.contains(3L);
	}

	@Test
	void skipsTheMergeWhenTheSameDataWasLoadedAndMergesAgainWhenItIsGone() {
		this.loader.load();
		this.neo4jClient.query("MATCH (c:Country {iso3: 'KEN'}) SET c.name = 'Edited by hand'").run();

		this.loader.load();
		assertThat(this.neo4jClient.query("MATCH (c:Country {iso3: 'KEN'}) RETURN c.name").fetchAs(String.class).one())
			.contains("Edited by hand");

		this.neo4jClient.query("MATCH (m:__ReferenceData) DELETE m").run();
		this.loader.load();
		assertThat(this.neo4jClient.query("MATCH (c:Country {iso3: 'KEN'}) RETURN c.name").fetchAs(String.class).one())
			.contains("Kenya");
	}

	@Test
	void changesNothingWhenLoadedTwice() {
		ReferenceDataSummary first = this.loader.load();
		long nodes = count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");

		ReferenceDataSummary second = this.loader.load();

		assertThat(second).isEqualTo(first);
		assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void followsEditedResourcesWithoutDuplicatingAnything() {
		ReferenceData shipped = ReferenceDataReader.read();
		this.loader.load(shipped);
		long nodes = count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)");

		this.loader.load(edited(shipped));

		assertThat(count("MATCH (n) WHERE NOT n:__Migration RETURN count(n)")).isEqualTo(nodes);
		assertThat(this.neo4jClient.query("MATCH (c:Country {iso3: 'KEN'}) RETURN c.name").fetchAs(String.class).one())
			.contains("Republic of Kenya");
		assertThat(regionOf("KEN")).isEqualTo("ARAB_STATES");
		assertThat(this.neo4jClient.query("""
				MATCH (:Expertise {code: 'LABOUR_INSPECTION'})-[:IN_AREA]->(a:ThematicArea)
				RETURN a.code
				""").fetchAs(String.class).all()).containsExactly("SOCIAL_DIALOGUE");
	}

	@Test
	void aFailedLoadLeavesNoPartialReferenceData() {
		// Kenya's ISO2 code is taken by another country, so the country statement breaks a uniqueness constraint
		// after the regions were already merged.
		this.neo4jClient.query("CREATE (:Country {iso3: 'XKX', iso2: 'KE', name: 'Clash'})").run();

		assertThatException().isThrownBy(this.loader::load);

		assertThat(count("MATCH (r:Region) RETURN count(r)")).isZero();
		assertThat(count("MATCH (c:Country) RETURN count(c)")).isEqualTo(1);
	}

	private static ReferenceData edited(ReferenceData shipped) {
		List<Country> countries = new ArrayList<>();
		for (Country country : shipped.memberStates()) {
			countries.add(country.iso3().equals("KEN") ? new Country("KEN", "KE", "Republic of Kenya", true,
					ReferenceData.regionOf(IloRegion.ARAB_STATES)) : country);
		}
		ThematicArea socialDialogue = shipped.thematicAreas().stream()
			.filter((a) -> a.code().equals("SOCIAL_DIALOGUE"))
			.findFirst()
			.orElseThrow();
		List<Expertise> expertise = shipped.expertise().stream()
			.map((e) -> e.code().equals("LABOUR_INSPECTION")
					? new Expertise(e.code(), e.name(), e.description(), List.of(socialDialogue)) : e)
			.toList();
		return new ReferenceData(countries, shipped.thematicAreas(), shipped.functionalAreas(),
				shipped.priorityProgrammes(), expertise, shipped.indicators());
	}

	// Counted straight from the file's last column, which no region name contains a comma to confuse.
	private static Map<String, Long> countriesPerRegionInTheFile() throws IOException {
		String text = new ClassPathResource("reference/ilo-member-states.csv").getContentAsString(StandardCharsets.UTF_8);
		return Arrays.stream(text.split("\\R"))
			.skip(1)
			.filter((line) -> !line.isBlank())
			.map((line) -> line.substring(line.lastIndexOf(',') + 1))
			.map((name) -> IloRegion.fromDisplayName(name).orElseThrow().name())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private String regionOf(String iso3) {
		return this.neo4jClient.query("MATCH (:Country {iso3: $iso3})-[:IN_REGION]->(r:Region) RETURN r.code")
			.bind(iso3).to("iso3").fetchAs(String.class).one().orElseThrow();
	}

	private List<String> codes(String label) {
		return List.copyOf(this.neo4jClient.query("MATCH (n) WHERE $label IN labels(n) RETURN n.code")
			.bind(label).to("label").fetchAs(String.class).all());
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
