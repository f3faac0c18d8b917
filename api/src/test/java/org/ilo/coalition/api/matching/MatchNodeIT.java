package org.ilo.coalition.api.matching;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code node(id:)} finds match suggestions and runs with the visibility of {@code matchSuggestions} and
 * {@code matchRun} (docs/security.md); a caller who may not see one gets {@code null}, exactly as for an unknown id.
 *
 * <p>The planted graph: a completed run with a PROPOSED suggestion of partner A for a Kenyan request and an ACCEPTED
 * one of partner B for another Kenyan request.
 */
class MatchNodeIT extends ApiIntegrationTest {

	String partnerA;

	String partnerB;

	String proposed;

	String accepted;

	String run;

	@BeforeEach
	void plantedRunWithTwoSuggestions() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate deadline = LocalDate.now().plusMonths(3);
		String r1 = fixture.request("KEN", objective, "R1", deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String r2 = fixture.request("KEN", objective, "R2", deadline, "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.partnerA = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.partnerB = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		String offerA = fixture.offer(this.partnerA, "Alpha offer", "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"), List.of("KEN"));
		String offerB = fixture.offer(this.partnerB, "Beta offer", "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"), List.of("KEN"));
		this.proposed = fixture.matchSuggestion(r1, this.partnerA, offerA, "PROPOSED", 50.0);
		this.accepted = fixture.matchSuggestion(r2, this.partnerB, offerB, "ACCEPTED", 50.0);
		this.run = "run-1";
		this.neo4jClient.query("""
				CREATE (r:MatchRun {id: $run, status: 'COMPLETED', countries: [], thematicAreas: [], requestIds: [],
				                    timeLimitSeconds: 1, createdAt: datetime(), startedAt: datetime(), endedAt: datetime(),
				                    createdBy: 'secretariat'})
				WITH r
				MATCH (m:MatchSuggestion) CREATE (m)-[:IN_RUN]->(r)
				""").bind(this.run).to("run").run();
	}

	@Test
	void theCoordinationGroupAndTheSecretariatFindEverySuggestionAndTheRunByTheirIds() {
		for (GraphQlTester privileged : List.of(asCoordinator(), asSecretariat())) {
			node(privileged, "MatchSuggestion", this.proposed)
				.path("node.__typename").entity(String.class).isEqualTo("MatchSuggestion")
				.path("node.id").entity(String.class).isEqualTo(GlobalId.of("MatchSuggestion", this.proposed))
				.path("node.status").entity(String.class).isEqualTo("PROPOSED")
				.path("node.run.id").entity(String.class).isEqualTo(GlobalId.of("MatchRun", this.run));
			node(privileged, "MatchSuggestion", this.accepted)
				.path("node.status").entity(String.class).isEqualTo("ACCEPTED");
			node(privileged, "MatchRun", this.run)
				.path("node.__typename").entity(String.class).isEqualTo("MatchRun")
				.path("node.id").entity(String.class).isEqualTo(GlobalId.of("MatchRun", this.run))
				.path("node.runStatus").entity(String.class).isEqualTo("COMPLETED");
		}
	}

	@Test
	void aPartnerUserFindsItsOwnPartnersSuggestionsWithoutTheirRunAndNothingElse() {
		node(asPartner(this.partnerA), "MatchSuggestion", this.proposed)
			.path("node.status").entity(String.class).isEqualTo("PROPOSED")
			.path("node.partner.id").entity(String.class).isEqualTo(GlobalId.of("Partner", this.partnerA))
			.path("node.run").valueIsNull();
		assertInvisible(asPartner(this.partnerA), "MatchSuggestion", this.accepted);
		assertInvisible(asPartner(this.partnerA), "MatchRun", this.run);
	}

	@Test
	void aMemberStateUserFindsOnlyTheAcceptedSuggestionsForItsOwnCountry() {
		node(asMemberState("KEN"), "MatchSuggestion", this.accepted)
			.path("node.status").entity(String.class).isEqualTo("ACCEPTED");
		assertInvisible(asMemberState("KEN"), "MatchSuggestion", this.proposed);
		assertInvisible(asMemberState("BRA"), "MatchSuggestion", this.accepted);
		assertInvisible(asMemberState("KEN"), "MatchRun", this.run);
	}

	@Test
	void thePublicGetsNullForSuggestionsAndRunsAsForAnUnknownId() {
		assertInvisible(anonymous(), "MatchSuggestion", this.proposed);
		assertInvisible(anonymous(), "MatchSuggestion", this.accepted);
		assertInvisible(anonymous(), "MatchRun", this.run);
		assertInvisible(asCoordinator(), "MatchSuggestion", "no-such-suggestion");
		assertInvisible(asCoordinator(), "MatchRun", "no-such-run");
	}

	private GraphQlTester.Response node(GraphQlTester tester, String type, String key) {
		GraphQlTester.Response response = tester.documentName("matchNode").variable("id", GlobalId.of(type, key)).execute();
		response.errors().verify();
		return response;
	}

	// The same answer as for an unknown id: null and no error.
	private void assertInvisible(GraphQlTester tester, String type, String key) {
		node(tester, type, key).path("node").valueIsNull();
	}

}
