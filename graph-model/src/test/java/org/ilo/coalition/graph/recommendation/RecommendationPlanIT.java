package org.ilo.coalition.graph.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataSize;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recommendation statement starts from its anchor's unique index and reaches the rest through relationships:
 * its plan on a demo graph (with match suggestions) has no all-nodes scan and no label scan.
 */
class RecommendationPlanIT extends GraphModelIntegrationTest {

	@Autowired
	MigrationRunner migrations;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	DemoDataGenerator demoData;

	@Autowired
	ReferenceCatalog catalog;

	@Autowired
	RecommendationService recommendations;

	String requestId;

	String partnerId;

	@BeforeEach
	void demoGraphWithMatches() {
		this.migrations.migrate();
		this.referenceData.load();
		this.demoData.generate(DemoDataSize.DEMO, 20261127L);
		this.catalog.refresh();
		// Some accepted and rejected suggestions, so that the planner knows the label and the relationship types.
		this.neo4jClient.query("""
				MATCH (r:SupportRequest)-[:FOR_OBJECTIVE]->(:Objective)-[:NEEDS_EXPERTISE]->(:Expertise)
				      <-[:HAS_EXPERTISE]-(p:Partner {membershipStatus: 'ADMITTED'})-[:OFFERS]->(o:Offer)
				WITH r, p, o ORDER BY r.id, p.id, o.id
				WITH r, collect({p: p, o: o})[0..2] AS picks
				UNWIND range(0, size(picks) - 1) AS i
				WITH r, picks[i].p AS p, picks[i].o AS o, i
				CREATE (m:MatchSuggestion {id: randomUUID(), status: CASE i WHEN 0 THEN 'ACCEPTED' ELSE 'REJECTED' END,
				        amount: 1.0, createdAt: datetime(), decidedAt: datetime()})
				CREATE (m)-[:FOR_REQUEST]->(r), (m)-[:FROM_PARTNER]->(p), (m)-[:FROM_OFFER]->(o)
				""").run();
		this.requestId = this.neo4jClient.query("""
				MATCH (r:SupportRequest {status: 'OPEN'})<-[:FOR_REQUEST]-(:MatchSuggestion)
				RETURN r.id ORDER BY r.id LIMIT 1
				""").fetchAs(String.class).one().orElseThrow();
		this.partnerId = this.neo4jClient.query("""
				MATCH (p:Partner {membershipStatus: 'ADMITTED'})-[:HAS_EXPERTISE]->(:Expertise)<-[:NEEDS_EXPERTISE]-(:Objective)
				      <-[:FOR_OBJECTIVE]-(r:SupportRequest {status: 'OPEN'})
				WHERE EXISTS { (p)<-[:FROM_PARTNER]-(:MatchSuggestion) }
				  AND NOT EXISTS { (r)<-[:FOR_REQUEST]-(:MatchSuggestion {status: 'REJECTED'})-[:FROM_PARTNER]->(p) }
				RETURN p.id ORDER BY p.id LIMIT 1
				""").fetchAs(String.class).one().orElseThrow();
	}

	@Test
	void noRecommendationStatementScansAllNodesOrALabel() {
		Map<String, Object> w = RecommendationWeights.DEFAULT.parameters();
		Map<String, Map<String, Object>> statements = new LinkedHashMap<>();
		statements.put(RecommendationQueries.PARTNERS_FOR_REQUEST,
				Map.of("requestId", this.requestId, "limit", 10L, "shortlist", 100L, "w", w));
		statements.put(RecommendationQueries.REQUESTS_FOR_PARTNER, Map.of("partnerId", this.partnerId, "limit", 10L, "w", w));
		statements.put(RecommendationQueries.SIMILAR_PARTNERS,
				Map.of("partnerId", this.partnerId, "limit", 10L, "shortlist", 100L, "w", w));
		statements.put(RecommendationQueries.PROGRAMME_SIGNALS, Map.of("iso3", "KEN", "rules", ProgrammeSignals.parameters()));

		statements.forEach((cypher, parameters) -> {
			for (String mode : List.of("EXPLAIN ", "PROFILE ")) {
				ResultSummary summary = this.neo4jClient.query(mode + cypher).bindAll(parameters).run();
				Plan plan = summary.hasProfile() ? summary.profile() : summary.plan();
				List<String> operators = operators(plan);
				assertThat(operators).as("operators of %s%s", mode, cypher).isNotEmpty()
					.noneMatch((op) -> op.startsWith("AllNodesScan"))
					.noneMatch((op) -> op.startsWith("NodeByLabelScan"))
					.anyMatch((op) -> op.startsWith("NodeUniqueIndexSeek"));
			}
		});
	}

	@Test
	void recommendsOnlyAdmittedPartnersNeverRejectedOnesOnDemoData() {
		List<RankedPartner> ranked = this.recommendations.recommendPartners(this.requestId, 20).orElseThrow();
		List<String> rejected = List.copyOf(this.neo4jClient.query("""
				MATCH (:SupportRequest {id: $id})<-[:FOR_REQUEST]-(m:MatchSuggestion {status: 'REJECTED'})-[:FROM_PARTNER]->(p)
				RETURN p.id
				""").bind(this.requestId).to("id").fetchAs(String.class).all());
		List<String> statuses = List.copyOf(this.neo4jClient.query("""
				MATCH (p:Partner) WHERE p.id IN $ids RETURN DISTINCT p.membershipStatus
				""").bind(ranked.stream().map(RankedPartner::partnerId).toList()).to("ids").fetchAs(String.class).all());

		assertThat(ranked).isNotEmpty().hasSizeLessThanOrEqualTo(20)
			.allSatisfy((p) -> assertThat(p.reasons()).isNotEmpty())
			.isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
		assertThat(ranked).extracting(RankedPartner::partnerId).doesNotContainAnyElementsOf(rejected);
		assertThat(statuses).containsOnly("ADMITTED");
		assertThat(this.recommendations.recommendedRequests(this.partnerId, 10).orElseThrow()).isNotEmpty();
		assertThat(this.recommendations.similarPartners(this.partnerId, 10).orElseThrow()).isNotEmpty();
		assertThat(this.recommendations.suggestedProgrammes("KEN")).allSatisfy((s) -> assertThat(s.evidence()).isNotEmpty());
	}

	private static List<String> operators(Plan plan) {
		List<String> operators = new ArrayList<>();
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> operators.addAll(operators(child)));
		return operators;
	}

}
