package org.ilo.coalition.graph.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ilo.coalition.graph.demo.ReferenceSnapshot.CountryRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.DeficitRef;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphCleaner;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DemoDataGeneratorIT extends GraphModelIntegrationTest {

	private static final DemoDataSize SMALL = new DemoDataSize(40, 120, 6, 30, 5);

	private static final DemoDataSize TINY = new DemoDataSize(12, 20, 3, 8, 2);

	private static final LocalDate REFERENCE_DATE = LocalDate.ofInstant(DemoDataGenerator.REFERENCE_INSTANT,
			ZoneOffset.UTC);

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	DemoDataGenerator generator;

	@BeforeEach
	void migrate() {
		this.migrationRunner.migrate();
	}

	@Test
	void writesTheRequestedNumberOfEachKindOfNode() {
		ReferenceFixture.load(this.neo4jClient);

		DemoDataReport report = this.generator.generate(SMALL, 42);

		assertThat(count("MATCH (n:Partner) RETURN count(n)")).isEqualTo(40).isEqualTo(report.nodes("Partner"));
		assertThat(count("MATCH (n:Offer) RETURN count(n)")).isEqualTo(120).isEqualTo(report.nodes("Offer"));
		assertThat(count("MATCH (n:NationalStrategy) RETURN count(n)")).isEqualTo(6);
		assertThat(count("MATCH (n:SupportRequest) RETURN count(n)")).isEqualTo(30);
		assertThat(count("MATCH (n:WorkStream) RETURN count(n)")).isEqualTo(5);
		assertThat(count("MATCH (n:DeficitObservation) RETURN count(n)")).isEqualTo(ReferenceFixture.OBSERVATIONS.size());
		assertThat(report.nodes("DeficitObservation")).isZero();
		assertThat(count("MATCH (n:Objective) RETURN count(n)")).isBetween(12L, 30L).isEqualTo(report.nodes("Objective"));
		assertThat(count("""
				MATCH (s:NationalStrategy)
				WITH s, COUNT { (s)-[:HAS_OBJECTIVE]->(:Objective) } AS objectives
				WHERE objectives < 2 OR objectives > 5
				RETURN count(s)
				""")).isZero();
		assertThat(count("MATCH (s:NationalStrategy)-[:FOR_COUNTRY]->(c) RETURN count(DISTINCT c)")).isEqualTo(6);
		assertThat(report.relationships("OFFERS")).isEqualTo(120);
		assertThat(report.elapsedMillis()).isNotNegative();
	}

	@Test
	void writesTheSameGraphForTheSameSeedAndAnotherForAnotherSeed() {
		ReferenceFixture.load(this.neo4jClient);
		this.generator.generate(SMALL, 7);
		String first = fingerprint();

		reset();
		this.generator.generate(SMALL, 7);
		String again = fingerprint();

		reset();
		this.generator.generate(SMALL, 8);
		String other = fingerprint();

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void writesTheSameGraphRowByRowAsInBatches() {
		ReferenceFixture.load(this.neo4jClient);
		this.generator.generate(TINY, 3);
		String batched = fingerprint();

		reset();
		WriteMode.ROW_BY_ROW.generate(this.generator, TINY, 3);

		assertThat(fingerprint()).isEqualTo(batched);
	}

	@Test
	void basesEveryPartnerInOneMemberStateWithExpertiseAndFitsMembershipToKind() {
		ReferenceFixture.load(this.neo4jClient);

		this.generator.generate(SMALL, 11);

		assertThat(count("""
				MATCH (p:Partner)
				WHERE COUNT { (p)-[:BASED_IN]->(:Country {memberState: true}) } <> 1
				   OR NOT EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise) }
				   OR NOT EXISTS { (p)-[:CONTRIBUTES_TO]->(:FunctionalArea) }
				RETURN count(p)
				""")).isZero();
		assertThat(count("""
				MATCH (p:Partner)-[x:HAS_EXPERTISE]->()
				WHERE NOT x.level IN ['BASIC', 'ADVANCED', 'EXPERT']
				RETURN count(x)
				""")).isZero();
		assertThat(count("""
				MATCH (p:Partner)
				WHERE p.constituent AND p.membershipStatus <> 'ADMITTED'
				   OR p.constituent <> (p.kind IN ['GOVERNMENT', 'EMPLOYERS_ORGANIZATION', 'WORKERS_ORGANIZATION'])
				   OR p.demo <> true OR p.version <> 0
				RETURN count(p)
				""")).isZero();
		assertThat(count("MATCH (p:Partner) RETURN count(DISTINCT p.kind)")).isGreaterThanOrEqualTo(5);
		assertThat(count("MATCH (:Partner)-[:BASED_IN]->()-[:IN_REGION]->(r:Region) RETURN count(DISTINCT r)"))
			.isEqualTo(5);
		assertThat(count("""
				MATCH (p:Partner {kind: 'GOVERNMENT'})-[:BASED_IN]->(c:Country)
				WITH c, count(p) AS governments
				WHERE governments > 1
				RETURN count(c)
				""")).isZero();
		List<String> governed = strings("""
				MATCH (p:Partner {kind: 'GOVERNMENT'})-[:BASED_IN]->(c:Country)
				WHERE p.name = 'Ministry of Labour of ' + c.name
				RETURN c.iso3
				""");
		assertThat(governed).containsAll(ReferenceFixture.featuredCountries());
	}

	@Test
	void tiesEveryRequestToAnObjectiveOfItsCountrysStrategyInTheObjectivesAreas() {
		ReferenceFixture.load(this.neo4jClient);

		this.generator.generate(SMALL, 5);

		assertThat(count("""
				MATCH (r:SupportRequest)
				WHERE NOT EXISTS {
				    MATCH (r)-[:FOR_COUNTRY]->(c:Country)<-[:FOR_COUNTRY]-(:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective),
				          (r)-[:FOR_OBJECTIVE]->(o)
				  }
				   OR COUNT { (r)-[:FOR_COUNTRY]->() } <> 1
				   OR NOT EXISTS { (r)-[:IN_AREA]->(:ThematicArea) }
				   OR r.deadline <= $referenceDate
				RETURN count(r)
				""", Map.of("referenceDate", REFERENCE_DATE))).isZero();
		assertThat(count("""
				MATCH (r:SupportRequest)-[:FOR_OBJECTIVE]->(o:Objective)
				WITH r, o,
				     COLLECT { MATCH (r)-[:IN_AREA]->(a) RETURN a.code ORDER BY a.code } AS requestAreas,
				     COLLECT { MATCH (o)-[:ADDRESSES]->()-[:MEASURES]->(a) RETURN DISTINCT a.code AS code ORDER BY code }
				       AS objectiveAreas
				WHERE requestAreas <> objectiveAreas
				RETURN count(r)
				""")).isZero();
		assertThat(count("MATCH (r:SupportRequest {status: 'OPEN'}) RETURN count(r)")).isPositive();
	}

	@Test
	void neitherWritesNorChangesNorDeletesDeficitObservations() {
		ReferenceFixture.load(this.neo4jClient);
		List<String> before = observations();
		assertThat(before).hasSize(ReferenceFixture.OBSERVATIONS.size());

		DemoDataReport report = this.generator.generate(SMALL, 13);

		assertThat(observations()).isEqualTo(before);
		assertThat(report.nodes("DeficitObservation")).isZero();
		assertThat(report.relationships("OBSERVED_IN") + report.relationships("OF_INDICATOR")).isZero();
		assertThat(count("MATCH (n:DeficitObservation) WHERE n.demo IS NOT NULL RETURN count(n)")).isZero();
	}

	@Test
	void readsEachMemberStatesCurrentDeficitFromTheLatestObservationsWithASeverity() {
		ReferenceFixture.load(this.neo4jClient);

		Map<String, CountryRef> countries = new TreeMap<>();
		this.generator.readReference().countries().forEach((c) -> countries.put(c.iso3(), c));

		assertThat(List.copyOf(countries.values())).isEqualTo(ReferenceFixture.snapshot(10).countries());
		Map<String, DeficitRef> kenya = countries.get("KEN").deficits();
		assertThat(kenya).containsOnlyKeys("1.1.1", "1.3.1", "8.5.2", "10.4.1");
		// The 2016 figure, not the more severe 2009 one.
		assertThat(kenya.get("8.5.2")).isEqualTo(new DeficitRef("SDG_0852_SEX_AGE_RT", "Unemployment rate, age 15+", "%",
				2016, 2.76, 1));
		// Fatal and non-fatal injuries of one year: the more severe, whichever it is.
		assertThat(countries.get("IND").deficits().get("8.8.1")).extracting(DeficitRef::series, DeficitRef::severity)
			.containsExactly("SDG_F881_SEX_MIG_RT", 5);
		assertThat(countries.get("FRA").deficits()).containsOnlyKeys("8.8.1");
		assertThat(countries.get("FRA").deficits().get("8.8.1")).extracting(DeficitRef::series, DeficitRef::severity)
			.containsExactly("SDG_N881_SEX_MIG_RT", 5);
		// Hourly earnings of 2014 give no severity; the pay gap of 2012 does.
		assertThat(countries.get("BRA").deficits().get("8.5.1")).extracting(DeficitRef::series, DeficitRef::year)
			.containsExactly("EAR_GGAP_OCU_RT", 2012);
		// Hourly earnings only: no severity, so no deficit.
		assertThat(countries.get("LBN").deficits()).isEmpty();
		assertThat(countries.get("BGD").deficits()).isEmpty();
	}

	@Test
	void addressesIndicatorsWithRealDataAndQuotesThemOrSaysNoData() {
		ReferenceFixture.load(this.neo4jClient);

		this.generator.generate(SMALL, 23);

		var objectives = this.neo4jClient.query("""
				MATCH (c:Country)<-[:FOR_COUNTRY]-(:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective)
				RETURN c.iso3 AS iso3, o.description AS description,
				       COLLECT { MATCH (o)-[:ADDRESSES]->(i:Indicator) RETURN i.code } AS indicators
				""").fetch().all();
		// The six featured member States: four with data, Bangladesh and Fiji without.
		assertThat(objectives).extracting((row) -> row.get("iso3")).contains("KEN", "BRA", "IND", "JOR", "BGD", "FJI");
		assertThat(objectives).allSatisfy((row) -> {
			String description = (String) row.get("description");
			@SuppressWarnings("unchecked")
			List<String> indicators = (List<String>) row.get("indicators");
			Map<String, DeficitRef> deficits = ReferenceFixture.deficitsOf((String) row.get("iso3"));
			assertThat(indicators).isNotEmpty();
			for (String indicator : indicators) {
				if (deficits.isEmpty()) {
					assertThat(description).contains("SDG " + indicator + " (no data)").doesNotContain("severity");
				}
				else {
					DeficitRef d = deficits.get(indicator);
					assertThat(d).as("%s addresses %s without data", row.get("iso3"), indicator).isNotNull();
					assertThat(description).contains(" in %d, severity %d of 5)".formatted(d.year(), d.severity()))
						.contains("SDG " + indicator + " (");
				}
			}
		});
	}

	@Test
	void flagsEveryGeneratedNodeAsDemo() {
		ReferenceFixture.load(this.neo4jClient);

		this.generator.generate(SMALL, 29);

		assertThat(count("""
				MATCH (n)
				WHERE (n:Partner OR n:Offer OR n:NationalStrategy OR n:Objective OR n:SupportRequest OR n:WorkStream)
				  AND coalesce(n.demo, false) <> true
				RETURN count(n)
				""")).isZero();
		assertThat(count("MATCH (n:Offer {demo: true}) RETURN count(n)")).isEqualTo(120);
	}

	@Test
	void givesEveryWorkStreamOneLeadAndSeveralSupportersAllAdmitted() {
		ReferenceFixture.load(this.neo4jClient);

		this.generator.generate(SMALL, 17);

		assertThat(count("""
				MATCH (w:WorkStream)
				WHERE COUNT { (:Partner)-[:LEADS]->(w) } <> 1
				   OR COUNT { (:Partner)-[:SUPPORTS]->(w) } < 2
				   OR COUNT { (w)-[:ON_PROGRAMME]->(:PriorityProgramme) } <> 1
				   OR EXISTS { (p:Partner)-[:LEADS|SUPPORTS]->(w) WHERE p.membershipStatus <> 'ADMITTED' }
				RETURN count(w)
				""")).isZero();
	}

	@Test
	void refusesToWriteOverEveryKindOfNodeItWritesButNotOverObservations() {
		ReferenceFixture.load(this.neo4jClient);
		assertThat(count("MATCH (n:DeficitObservation) RETURN count(n)")).isPositive();
		assertThat(this.generator.hasData()).isFalse();

		for (String label : List.of("Offer", "NationalStrategy", "Objective", "SupportRequest", "WorkStream")) {
			this.neo4jClient.query("CREATE (:" + label + " {id: 'existing'})").run();

			assertThat(this.generator.hasData()).as(label).isTrue();
			assertThatIllegalStateException().as(label).isThrownBy(() -> this.generator.generate(TINY, 1))
				.withMessageContaining("never written over existing data");
			assertThat(count("MATCH (n:Partner) RETURN count(n)")).as(label).isZero();
			this.neo4jClient.query("MATCH (n:" + label + " {id: 'existing'}) DELETE n").run();
		}
		assertThat(this.generator.hasData()).isFalse();
	}

	@Test
	void refusesToWriteOverExistingPartners() {
		ReferenceFixture.load(this.neo4jClient);
		assertThat(this.generator.hasData()).isFalse();
		this.neo4jClient.query("CREATE (:Partner {id: 'existing', dedupKey: 'existing|KEN'})").run();

		assertThat(this.generator.hasData()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> this.generator.generate(TINY, 1))
			.withMessageContaining("never written over existing data");
		assertThat(count("MATCH (n:Partner) RETURN count(n)")).isEqualTo(1);
	}

	@Test
	void failsClearlyWithoutReferenceData() {
		assertThatIllegalStateException().isThrownBy(() -> this.generator.generate(TINY, 1))
			.withMessageContaining("Reference data must be loaded")
			.withMessageContaining("Indicator");
		assertThat(this.generator.hasData()).isFalse();
	}

	@Test
	void writesCompleteNodesAndRelationships() {
		ReferenceFixture.load(this.neo4jClient);
		this.generator.generate(SMALL, 19);

		Map<String, Object> partner = this.neo4jClient.query("""
				MATCH (p:Partner)-[:OFFERS]->(:Offer)
				WHERE EXISTS { (p)-[:LEADS]->() }
				WITH p ORDER BY p.id LIMIT 1
				RETURN p.version AS version, p.demo AS demo, p.createdAt AS createdAt,
				       COUNT { (p)-[:BASED_IN]->(:Country)-[:IN_REGION]->(:Region) } AS regions,
				       COUNT { (p)-[:LEADS]->() } AS leads,
				       COUNT { (p)-[e:HAS_EXPERTISE]->() WHERE e.level IS NOT NULL } AS levelled,
				       COUNT { (p)-[:HAS_EXPERTISE]->() } AS expertise,
				       [(p)-[:OFFERS]->(o) | o {.availableFrom, .availableUntil, .capacity, .amount,
				                                areas: COUNT { (o)-[:IN_AREA]->() }}] AS offers
				""").fetch().one().orElseThrow();

		assertThat(partner.get("regions")).isEqualTo(1L);
		assertThat((List<?>) partner.get("offers")).isNotEmpty().allSatisfy((row) -> {
			Map<?, ?> offer = (Map<?, ?>) row;
			assertThat((LocalDate) offer.get("availableFrom")).isBefore((LocalDate) offer.get("availableUntil"));
			assertThat((Long) offer.get("areas")).isPositive();
			assertThat((Long) offer.get("capacity")).isBetween(1L, 10L);
			assertThat((Double) offer.get("amount")).isPositive();
		});
		assertThat((Long) partner.get("expertise")).isPositive().isEqualTo(partner.get("levelled"));
		assertThat(partner.get("leads")).isEqualTo(1L);
		assertThat(partner.get("version")).isEqualTo(0L);
		assertThat(partner.get("demo")).isEqualTo(true);
		assertThat(((java.time.ZonedDateTime) partner.get("createdAt")).toInstant())
			.isBeforeOrEqualTo(DemoDataGenerator.REFERENCE_INSTANT);

		Map<String, Object> request = this.neo4jClient.query("""
				MATCH (r:SupportRequest) WITH r ORDER BY r.id LIMIT 1
				RETURN r.deadline AS deadline, COUNT { (r)-[:FOR_OBJECTIVE]->()-[:ADDRESSES]->() } AS addresses
				""").fetch().one().orElseThrow();
		assertThat((Long) request.get("addresses")).isPositive();
		assertThat((LocalDate) request.get("deadline")).isAfter(REFERENCE_DATE);
		Map<String, Object> strategy = this.neo4jClient.query("""
				MATCH (s:NationalStrategy) WITH s ORDER BY s.id LIMIT 1
				RETURN s.periodStart < s.periodEnd AS ordered, COUNT { (s)-[:HAS_OBJECTIVE]->() } AS objectives
				""").fetch().one().orElseThrow();
		assertThat((Long) strategy.get("objectives")).isBetween(2L, 5L);
		assertThat(strategy.get("ordered")).isEqualTo(true);
		assertThat(strings("MATCH (w:WorkStream) WHERE NOT EXISTS { (w)-[:ON_PROGRAMME]->() } RETURN w.id")).isEmpty();
		assertThat(strings("MATCH (d:DeficitObservation) RETURN d.id")).hasSize(ReferenceFixture.OBSERVATIONS.size());
	}

	@Test
	void writesTheDemoSizeOverAllMemberStates() {
		ReferenceFixture.load(this.neo4jClient, 187);

		DemoDataReport report = this.generator.generate(DemoDataSize.DEMO, 2026);

		assertThat(report.nodes("Partner")).isEqualTo(DemoDataSize.DEMO.partners());
		assertThat(report.nodes("Offer")).isEqualTo(DemoDataSize.DEMO.offers());
		assertThat(report.nodes("NationalStrategy")).isEqualTo(DemoDataSize.DEMO.strategies());
		assertThat(report.nodes("SupportRequest")).isEqualTo(DemoDataSize.DEMO.requests());
		assertThat(report.nodes("WorkStream")).isEqualTo(DemoDataSize.DEMO.workStreams());
		assertThat(report.nodes("DeficitObservation")).isZero();
		assertThat(count("MATCH (n:DeficitObservation) RETURN count(n)")).isEqualTo(ReferenceFixture.OBSERVATIONS.size());
		assertThat(count("MATCH (p:Partner) RETURN count(DISTINCT p.kind)")).isEqualTo(PartnerKind.values().length);
		assertThat(count("MATCH (p:Partner {membershipStatus: 'PENDING'}) RETURN count(p)")).isPositive();
		assertThat(count("MATCH (p:Partner {membershipStatus: 'REJECTED'}) RETURN count(p)")).isPositive();
		assertThat(count("MATCH (o:Offer {status: 'WITHDRAWN'}) RETURN count(o)")).isPositive();
	}

	private void reset() {
		GraphCleaner.deleteData(this.neo4jClient);
		ReferenceFixture.load(this.neo4jClient);
	}

	private long count(String cypher) {
		return count(cypher, Map.of());
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.neo4jClient.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}

	// Every observation with its properties and the keys at the end of its relationships, sorted.
	private List<String> observations() {
		List<String> lines = new ArrayList<>();
		this.neo4jClient.query("""
				MATCH (o:DeficitObservation)
				RETURN properties(o) AS props,
				       COLLECT { MATCH (o)-[r]->(n) RETURN type(r) + '->' + coalesce(n.iso3, n.code, n.id) AS e ORDER BY e }
				         AS links
				""").fetch().all().forEach((row) -> lines.add(new TreeMap<>((Map<?, ?>) row.get("props")) + " "
				+ row.get("links")));
		lines.sort(null);
		return lines;
	}

	private List<String> strings(String cypher) {
		return List.copyOf(this.neo4jClient.query(cypher).fetchAs(String.class).all());
	}

	// Every node's label and properties and every relationship between keys, sorted, hashed.
	private String fingerprint() {
		List<String> lines = new ArrayList<>();
		this.neo4jClient.query("""
				MATCH (n) WHERE NOT n:__Migration
				RETURN labels(n) AS labels, properties(n) AS props
				""").fetch().all().forEach((row) -> lines.add(row.get("labels") + " " + new TreeMap<>((Map<?, ?>) row.get("props"))));
		this.neo4jClient.query("""
				MATCH (a)-[r]->(b)
				RETURN type(r) AS type, coalesce(a.id, a.code, a.iso3) AS from, coalesce(b.id, b.code, b.iso3) AS to,
				       properties(r) AS props
				""").fetch().all().forEach((row) -> lines.add(row.get("from") + " -" + row.get("type") + "-> " + row.get("to")
				+ " " + new TreeMap<>((Map<?, ?>) row.get("props"))));
		lines.sort(null);
		assertThat(lines).hasSizeGreaterThan(100);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
