package org.ilo.coalition.api.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.matching.RunCounts;
import org.ilo.coalition.graph.matching.ScoreValue;
import org.ilo.coalition.graph.matching.SuggestionDraft;
import org.ilo.coalition.graph.matching.SuggestionExplanation;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestions of a run, which share one write time, come in a stable, meaningful order: the most severe request
 * first, then the soonest deadline, then ids; across runs the newest run first. Cursors keep that order. And every
 * suggestion has a unit, the request's for suggestions stored without one.
 *
 * <p>The planted graph: four Kenyan requests with different deadlines, one partner with one offer; runs are completed
 * through {@link MatchRunStore#complete} with drafts in a shuffled order and the severities the run weighed.
 */
class MatchSuggestionOrderIT extends ApiIntegrationTest {

	@Autowired
	MatchRunStore runs;

	GraphFixture fixture;

	String partner;

	String offer;

	String severe;

	String moderate;

	String mildSoon;

	String mildLater;

	@BeforeEach
	void plantedRequests() {
		this.fixture = new GraphFixture(this.neo4jClient);
		String objective = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate today = LocalDate.now();
		this.severe = this.fixture.request("KEN", objective, "Severe", today.plusMonths(5), "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		this.moderate = this.fixture.request("KEN", objective, "Moderate", today.plusMonths(4), "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		this.mildSoon = this.fixture.request("KEN", objective, "Mild soon", today.plusMonths(1), "TECHNICAL_ASSISTANCE",
				List.of("EMPLOYMENT"));
		this.mildLater = this.fixture.request("KEN", objective, "Mild later", today.plusMonths(2),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		this.partner = this.fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.offer = this.fixture.offer(this.partner, "Alpha offer", "TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"),
				List.of("KEN"));
	}

	@Test
	void listsARunsSuggestionsBySeverityThenDeadlineAndPagesThemInThatOrder() {
		String run = completedRun("run-1", List.of(draft(this.mildLater, 1), draft(this.severe, 4),
				draft(this.mildSoon, 1), draft(this.moderate, 2)));
		List<String> expected = List.of(this.severe, this.moderate, this.mildSoon, this.mildLater);

		GraphQlTester.Response all = asCoordinator().documentName("runSuggestionsOrder")
			.variable("id", GlobalId.of("MatchRun", run)).variable("first", 100).execute();
		assertThat(requests(all, "matchRun.suggestions")).containsExactlyElementsOf(expected);

		GraphQlTester.Response first = asCoordinator().documentName("runSuggestionsOrder")
			.variable("id", GlobalId.of("MatchRun", run)).variable("first", 3).execute();
		String cursor = first.path("matchRun.suggestions.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = asCoordinator().documentName("runSuggestionsOrder")
			.variable("id", GlobalId.of("MatchRun", run)).variable("first", 3).variable("after", cursor).execute();
		second.path("matchRun.suggestions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> paged = new ArrayList<>(requests(first, "matchRun.suggestions"));
		paged.addAll(requests(second, "matchRun.suggestions"));
		assertThat(paged).containsExactlyElementsOf(expected);
	}

	@Test
	void listsTheNewestRunsSuggestionsFirstAndEachRunInItsOwnOrderAcrossPages() throws InterruptedException {
		completedRun("run-1", List.of(draft(this.mildLater, 1), draft(this.severe, 4), draft(this.mildSoon, 1)));
		Thread.sleep(5);
		// The second run plans only the moderate request; the first run's proposals for other requests stay.
		completedRun("run-2", List.of(draft(this.moderate, 2)));

		List<String> paged = new ArrayList<>();
		String cursor = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = asCoordinator().documentName("suggestionsOrder").variable("first", 2)
				.variable("after", cursor).execute();
			paged.addAll(requests(page, "matchSuggestions"));
			cursor = page.path("matchSuggestions.pageInfo.endCursor").entity(String.class).get();
			more = page.path("matchSuggestions.pageInfo.hasNextPage").entity(Boolean.class).get();
		}

		assertThat(paged).containsExactly(this.moderate, this.severe, this.mildSoon, this.mildLater);
	}

	@Test
	void givesEverySuggestionAUnitTheRequestsForThoseStoredWithoutOne() {
		// Written as before units were always stored: no unit property.
		this.fixture.matchSuggestion(this.severe, this.partner, this.offer, "PROPOSED", 10.0);

		asCoordinator().documentName("suggestionsOrder").variable("first", 10).execute()
			.path("matchSuggestions.edges[*].node.unit").entityList(String.class).containsExactly("PERSON_DAYS");
	}

	@Test
	void refusesACursorOfTheOldNewestFirstOrderNamingAfter() {
		completedRun("run-1", List.of(draft(this.severe, 4)));
		String old = new Cursor("matchSuggestion", "2026-12-01T10:00:00Z", "some-id").encode();
		String malformed = new Cursor("matchSuggestionRanked", "2026-12-01T10:00:00Z", "some-id").encode();

		for (String after : List.of(old, malformed)) {
			asCoordinator().documentName("suggestionsOrder").variable("after", after).execute().errors()
				.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
						&& "after".equals(e.getExtensions().get("argument")))
				.verify();
			asCoordinator().documentName("runSuggestionsOrder").variable("id", GlobalId.of("MatchRun", "run-1"))
				.variable("after", after).execute().errors()
				.expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
						&& "after".equals(e.getExtensions().get("argument")))
				.verify();
		}
	}

	private SuggestionDraft draft(String request, int severity) {
		LocalDate deadline = this.neo4jClient.query("MATCH (r:SupportRequest {id: $id}) RETURN r.deadline")
			.bind(request).to("id").fetchAs(LocalDate.class).one().orElseThrow();
		return new SuggestionDraft(request, this.offer, this.partner, 10.0, "PERSON_DAYS", severity, deadline,
				SuggestionExplanation.NONE);
	}

	private String completedRun(String id, List<SuggestionDraft> drafts) {
		this.neo4jClient.query("""
				CREATE (:MatchRun {id: $id, status: 'SOLVING', countries: [], thematicAreas: [], requestIds: [],
				                   timeLimitSeconds: 1, createdAt: datetime(), startedAt: datetime(), createdBy: 'secretariat'})
				""").bind(id).to("id").run();
		boolean written = this.runs.complete(id, new ScoreValue(0, 0, 0),
				new RunCounts(drafts.size(), drafts.size(), drafts.size(), 0),
				drafts.stream().map(SuggestionDraft::requestId).toList(), drafts, List.of(), 1, 1);
		assertThat(written).isTrue();
		return id;
	}

	private static List<String> requests(GraphQlTester.Response response, String connection) {
		response.errors().verify();
		return response.path(connection + ".edges[*].node.request.id").entityList(String.class).get().stream()
			.map((id) -> GlobalId.decode("id", id).key())
			.toList();
	}

}
