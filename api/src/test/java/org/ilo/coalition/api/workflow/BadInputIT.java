package org.ilo.coalition.api.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.MutationInputs;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mutation answers bad input with the documented error and leaves the graph exactly as it was. */
class BadInputIT extends ApiIntegrationTest {

	Ids ids;

	record Ids(String partner, String offer, String objective, String request, String workStream) {
	}

	/** One bad call: who makes it, the document, its variables, the expected classification and field. */
	record Case(String name, String caller, String document, Function<Ids, Map<String, Object>> variables,
			String classification, String field) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@BeforeEach
	void graph() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String partner = fixture.partner("Skills Alliance", PartnerKind.NGO, "KEN");
		String other = fixture.partner("Other Partner", PartnerKind.ACADEMIA, "BRA");
		String offer = fixture.offer(partner, "Training", "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		List<String> strategy = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1");
		String request = fixture.request("KEN", strategy.get(1), "Request", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String workStream = fixture.workStream("Stream", "CRISIS_RESPONSE", other, List.of());
		this.ids = new Ids(partner, offer, strategy.get(1), request, workStream);
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				new Case("application with a blank name", "public", "apply",
						(ids) -> Map.of("input", application(Map.of("name", "  "))), "BAD_REQUEST", "input.name"),
				new Case("application with a website that is no URL", "public", "apply",
						(ids) -> Map.of("input", application(Map.of("website", "javascript:alert(1)"))), "BAD_REQUEST",
						"input.website"),
				new Case("decision on an unknown partner", "coordinator", "decide",
						(ids) -> Map.of("partnerId", GlobalId.of("Partner", "nobody"), "decision", "ADMIT"), "NOT_FOUND",
						"partnerId"),
				new Case("decision with a malformed id", "coordinator", "decide",
						(ids) -> Map.of("partnerId", "!!", "decision", "ADMIT"), "BAD_REQUEST", "partnerId"),
				new Case("confirmation of a non-constituent", "secretariat", "confirm",
						(ids) -> Map.of("partnerId", GlobalId.of("Partner", ids.partner())), "CONFLICT", "partnerId"),
				new Case("profile with a stale version", "partner", "updateProfile",
						(ids) -> Map.of("input", Map.of("partnerId", GlobalId.of("Partner", ids.partner()), "version", 7,
								"description", "x")), "CONFLICT", "version"),
				new Case("profile with a bad e-mail address", "partner", "updateProfile",
						(ids) -> Map.of("input", Map.of("partnerId", GlobalId.of("Partner", ids.partner()), "version", 0,
								"contactEmail", "nobody")), "BAD_REQUEST", "input.contactEmail"),
				new Case("expertise named twice", "partner", "declareExpertise",
						(ids) -> Map.of("input", Map.of("partnerId", GlobalId.of("Partner", ids.partner()), "version", 0,
								"expertise", List.of(Map.of("code", "LABOUR_INSPECTION", "level", "BASIC"),
										Map.of("code", "LABOUR_INSPECTION", "level", "EXPERT")))), "BAD_REQUEST", "input.expertise"),
				new Case("offer with a negative amount", "partner", "offerResource",
						(ids) -> Map.of("input", offer(ids, Map.of("amount", -5.0))), "BAD_REQUEST", "input.amount"),
				new Case("offer ending before it starts", "partner", "offerResource",
						(ids) -> Map.of("input", offer(ids, Map.of("availableFrom", LocalDate.now().plusDays(10).toString(),
								"availableUntil", LocalDate.now().plusDays(5).toString()))), "BAD_REQUEST", "input.availableUntil"),
				new Case("offer change with a unit of another kind", "partner", "updateOffer",
						(ids) -> Map.of("input", Map.of("id", GlobalId.of("Offer", ids.offer()), "version", 0, "unit", "USD")),
						"BAD_REQUEST", "input.unit"),
				new Case("withdrawal of an unknown offer", "partner", "withdrawOffer",
						(ids) -> Map.of("id", GlobalId.of("Offer", "none"), "version", 0), "NOT_FOUND", "id"),
				new Case("strategy with no objectives", "state", "recordStrategy",
						(ids) -> Map.of("input", Map.of("country", "KEN", "title", "Empty", "periodStart", 2026, "periodEnd",
								2030, "objectives", List.of())), "BAD_REQUEST", "input.objectives"),
				new Case("strategy with an unknown programme", "state", "recordStrategy",
						(ids) -> Map.of("input", Map.of("country", "KEN", "title", "Strategy", "periodStart", 2026, "periodEnd",
								2030, "objectives", List.of(Map.of("title", "Objective", "addresses", List.of("8.3.1"),
										"supportKinds", List.of("FUNDING"), "programmes", List.of("MOONSHOT"))))), "BAD_REQUEST",
						"input.objectives.programmes"),
				new Case("request for an unknown objective", "state", "submitRequest",
						(ids) -> Map.of("input", request(GlobalId.of("Objective", "none"), Map.of())), "NOT_FOUND",
						"input.objectiveId"),
				new Case("request with a zero amount", "state", "submitRequest",
						(ids) -> Map.of("input", request(GlobalId.of("Objective", ids.objective()), Map.of("amount", 0.0))),
						"BAD_REQUEST", "input.amount"),
				new Case("withdrawal of a request with a stale version", "state", "withdrawRequest",
						(ids) -> Map.of("id", GlobalId.of("SupportRequest", ids.request()), "version", 3), "CONFLICT", "version"),
				new Case("work stream with an unknown programme", "partner", "createWorkStream",
						(ids) -> Map.of("input", Map.of("partnerId", GlobalId.of("Partner", ids.partner()), "name", "Stream",
								"programme", "MOONSHOT")), "BAD_REQUEST", "input.programme"),
				new Case("joining an unknown work stream", "partner", "joinWorkStream",
						(ids) -> Map.of("workStreamId", GlobalId.of("WorkStream", "none"), "role", "SUPPORTER"), "NOT_FOUND",
						"workStreamId"),
				new Case("leaving a work stream one is not in", "partner", "leaveWorkStream",
						(ids) -> Map.of("workStreamId", GlobalId.of("WorkStream", ids.workStream())), "CONFLICT",
						"workStreamId"))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void answersBadInputWithTheDocumentedErrorAndWritesNothing(Case bad) {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		String properties = this.neo4jClient.query("MATCH (n) WHERE n.version IS NOT NULL RETURN collect(n.version)")
			.fetchAs(Object.class).one().orElseThrow().toString();

		tester(bad.caller()).documentName(bad.document()).variables(bad.variables().apply(this.ids)).execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo(bad.classification());
				assertThat(error.getExtensions()).containsEntry("argument", bad.field());
			}));

		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(this.neo4jClient.query("MATCH (n) WHERE n.version IS NOT NULL RETURN collect(n.version)")
			.fetchAs(Object.class).one().orElseThrow().toString()).isEqualTo(properties);
	}

	private GraphQlTester tester(String caller) {
		return switch (caller) {
			case "public" -> anonymous();
			case "coordinator" -> asCoordinator();
			case "secretariat" -> asSecretariat();
			case "partner" -> asPartner(this.ids.partner());
			case "state" -> asMemberState("KEN");
			default -> throw new IllegalArgumentException(caller);
		};
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	static Map<String, Object> application(Map<String, Object> overrides) {
		Map<String, Object> input = MutationInputs.application("Fair Work Institute", "NGO", "BRA");
		input.putAll(overrides);
		return input;
	}

	static Map<String, Object> offer(Ids ids, Map<String, Object> overrides) {
		return MutationInputs.offer(ids.partner(), overrides);
	}

	static Map<String, Object> request(String objectiveId, Map<String, Object> overrides) {
		Map<String, Object> input = new HashMap<>(StrategyAndRequestWorkflowIT.request(objectiveId));
		input.putAll(overrides);
		return input;
	}

}
