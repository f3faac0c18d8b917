package org.ilo.coalition.api.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Query.offers}: the active offers of admitted partners by default, filters, keyset pagination in (title, id)
 * order, bad arguments, and what is left of an offer after its accepted matches, read for a whole page at once.
 *
 * <p>The planted graph: partner A (admitted, Kenya) offers "Alpha training" (TRAINING, EMPLOYMENT, serves KEN), "Beta
 * assistance" (TECHNICAL_ASSISTANCE, SOCIAL_DIALOGUE, serves BRA) and a withdrawn offer; partner B (admitted, Brazil)
 * offers two "TRAINING offer"s, one serving Africa (RIGHTS_AT_WORK), one the Americas (EMPLOYMENT); pending partner P
 * offers one.
 */
class OfferDirectoryIT extends ApiIntegrationTest {

	GraphFixture fixture;

	String partnerA;

	String partnerB;

	String pendingPartner;

	String alphaTraining;

	String betaAssistance;

	String withdrawn;

	String trainingAfrica;

	String trainingAmericas;

	String pendingOffer;

	@BeforeEach
	void plantedOffers() {
		this.fixture = new GraphFixture(this.neo4jClient);
		this.partnerA = this.fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.partnerB = this.fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "BRA");
		this.pendingPartner = this.fixture.partner("Pending Network", PartnerKind.NGO, "KEN", "PENDING");
		this.alphaTraining = this.fixture.offer(this.partnerA, "Alpha training", "TRAINING", List.of("EMPLOYMENT"),
				List.of("KEN"));
		this.betaAssistance = this.fixture.offer(this.partnerA, "Beta assistance", "TECHNICAL_ASSISTANCE",
				List.of("SOCIAL_DIALOGUE"), List.of("BRA"));
		this.withdrawn = this.fixture.offer(this.partnerA, "Withdrawn offer", "TRAINING", List.of("EMPLOYMENT"),
				List.of("KEN"));
		this.neo4jClient.query("MATCH (o:Offer {id: $id}) SET o.status = 'WITHDRAWN'").bind(this.withdrawn).to("id").run();
		this.trainingAfrica = this.fixture.offer(this.partnerB, "TRAINING", 100.0, "PERSON_DAYS", 3, List.of("en"),
				List.of("RIGHTS_AT_WORK"), List.of(), List.of("AFRICA"));
		this.trainingAmericas = this.fixture.offer(this.partnerB, "TRAINING", 100.0, "PERSON_DAYS", 3, List.of("en"),
				List.of("EMPLOYMENT"), List.of(), List.of("AMERICAS"));
		this.pendingOffer = this.fixture.offer(this.pendingPartner, "Pending partner offer", "TRAINING",
				List.of("EMPLOYMENT"), List.of("KEN"));
	}

	@Test
	void listsTheActiveOffersOfAdmittedPartnersByTitleThenIdByDefault() {
		List<String> sameTitle = new ArrayList<>(List.of(this.trainingAfrica, this.trainingAmericas));
		sameTitle.sort(null);
		for (GraphQlTester caller : List.of(anonymous(), asCoordinator(), asPartner(this.pendingPartner))) {
			GraphQlTester.Response response = caller.documentName("offersPage").execute();
			response.path("offers.totalCount").entity(Integer.class).isEqualTo(4);
			assertThat(ids(response)).containsExactly(this.alphaTraining, this.betaAssistance, sameTitle.get(0),
					sameTitle.get(1));
		}
	}

	@Test
	void filtersByKindAreaCountryRegionPartnerAndStatus() {
		assertThat(offers(Map.of("kind", "TECHNICAL_ASSISTANCE"))).containsExactly(this.betaAssistance);
		assertThat(offers(Map.of("thematicArea", "EMPLOYMENT"))).containsExactly(this.alphaTraining, this.trainingAmericas);
		assertThat(offers(Map.of("country", "KEN"))).as("named, or through the region it is in")
			.containsExactly(this.alphaTraining, this.trainingAfrica);
		assertThat(offers(Map.of("country", "ken"))).containsExactly(this.alphaTraining, this.trainingAfrica);
		assertThat(offers(Map.of("region", "AFRICA"))).as("the whole region, or a country in it")
			.containsExactly(this.alphaTraining, this.trainingAfrica);
		assertThat(offers(Map.of("region", "AMERICAS"))).containsExactly(this.betaAssistance, this.trainingAmericas);
		assertThat(offers(Map.of("partner", GlobalId.of("Partner", this.partnerA))))
			.containsExactly(this.alphaTraining, this.betaAssistance);
		assertThat(offers(Map.of("status", "WITHDRAWN"))).containsExactly(this.withdrawn);
		assertThat(offers(Map.of("partner", GlobalId.of("Partner", this.partnerA), "status", "WITHDRAWN")))
			.containsExactly(this.withdrawn);
		assertThat(offers(Map.of("kind", "TRAINING", "thematicArea", "EMPLOYMENT", "region", "AMERICAS")))
			.containsExactly(this.trainingAmericas);
		anonymous().documentName("offersPage").variable("filter", Map.of("kind", "TECHNICAL_ASSISTANCE")).execute()
			.path("offers.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void listsTheOffersOfAPartnerThatIsNotAdmittedOnlyToThoseWhoMaySeeIt() {
		Map<String, Object> ofPending = Map.of("partner", GlobalId.of("Partner", this.pendingPartner));
		assertThat(ids(anonymous().documentName("offersPage").variable("filter", ofPending).execute())).isEmpty();
		assertThat(ids(asPartner(this.partnerA).documentName("offersPage").variable("filter", ofPending).execute()))
			.isEmpty();
		assertThat(ids(asMemberState("KEN").documentName("offersPage").variable("filter", ofPending).execute()))
			.isEmpty();
		assertThat(ids(asPartner(this.pendingPartner).documentName("offersPage").variable("filter", ofPending).execute()))
			.containsExactly(this.pendingOffer);
		assertThat(ids(asCoordinator().documentName("offersPage").variable("filter", ofPending).execute()))
			.containsExactly(this.pendingOffer);
		assertThat(ids(asSecretariat().documentName("offersPage").variable("filter", ofPending).execute()))
			.containsExactly(this.pendingOffer);
	}

	@Test
	void pagesThroughTheOffersWithCursors() {
		List<String> all = ids(anonymous().documentName("offersPage").variable("first", 100).execute());

		GraphQlTester.Response first = anonymous().documentName("offersPage").variable("first", 3).execute();
		first.path("offers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("offers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
			.path("offers.totalCount").entity(Integer.class).isEqualTo(4);
		String cursor = first.path("offers.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = anonymous().documentName("offersPage").variable("first", 3)
			.variable("after", cursor).execute();
		second.path("offers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("offers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
			.path("offers.totalCount").entity(Integer.class).isEqualTo(4);

		List<String> pages = new ArrayList<>(ids(first));
		pages.addAll(ids(second));
		assertThat(ids(first)).hasSize(3);
		assertThat(pages).as("the two pages, in order, are the whole list").containsExactlyElementsOf(all);
	}

	@Test
	void refusesBadArgumentsNamingThem() {
		assertBadRequest(Map.of("first", 101), "first");
		assertBadRequest(Map.of("first", -1), "first");
		assertBadRequest(Map.of("after", "not-a-cursor"), "after");
		assertBadRequest(Map.of("after", new Cursor("partner", "alpha institute", this.partnerA).encode()), "after");
		assertBadRequest(Map.of("filter", Map.of("country", "XYZ")), "filter.country");
		assertBadRequest(Map.of("filter", Map.of("thematicArea", "NO_SUCH_AREA")), "filter.thematicArea");
		assertBadRequest(Map.of("filter", Map.of("partner", GlobalId.of("Offer", this.alphaTraining))), "filter.partner");
		assertBadRequest(Map.of("filter", Map.of("partner", "%%%")), "filter.partner");
	}

	@Test
	void showsTheAmountAndCapacityLeftAfterAcceptedMatchesOnly() {
		String objective = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate deadline = LocalDate.now().plusMonths(3);
		List<String> requests = new ArrayList<>();
		for (String title : List.of("R1", "R2", "R3")) {
			requests.add(this.fixture.request("KEN", objective, title, deadline, "TRAINING", List.of("EMPLOYMENT")));
		}
		// Two accepted parts of one request take one slot; a proposal takes nothing.
		this.fixture.matchSuggestion(requests.get(0), this.partnerA, this.alphaTraining, "ACCEPTED", 30.0);
		this.fixture.matchSuggestion(requests.get(0), this.partnerA, this.alphaTraining, "ACCEPTED", 20.0);
		this.fixture.matchSuggestion(requests.get(1), this.partnerA, this.alphaTraining, "ACCEPTED", 10.0);
		this.fixture.matchSuggestion(requests.get(2), this.partnerA, this.alphaTraining, "PROPOSED", 40.0);
		this.fixture.matchSuggestion(requests.get(2), this.partnerA, this.betaAssistance, "REJECTED", 40.0);

		Map<String, Map<String, Object>> byId = new HashMap<>();
		anonymous().documentName("offersRemaining").variable("filter", Map.of("partner", GlobalId.of("Partner", this.partnerA)))
			.execute().path("offers.edges[*].node").entityList(Map.class).get()
			.forEach((node) -> byId.put(GlobalId.decode("id", (String) node.get("id")).key(), castMap(node)));

		assertThat(byId.get(this.alphaTraining)).containsEntry("amount", 100.0).containsEntry("capacity", 3)
			.containsEntry("remainingAmount", 40.0).containsEntry("remainingCapacity", 1);
		assertThat(byId.get(this.betaAssistance)).containsEntry("remainingAmount", 100.0)
			.containsEntry("remainingCapacity", 3);
	}

	@Test
	void readsWhatIsLeftOfAPageOfOffersWithOneStatementWhateverThePageSize() {
		for (String partner : this.fixture.partners("Org", 60, "KEN")) {
			this.fixture.offer(partner, "Offer of " + partner, "TRAINING", List.of("EMPLOYMENT"), List.of("KEN"));
		}
		assertThat(statementsForRemaining(5)).as("5 offers").isEqualTo(2);
		assertThat(statementsForRemaining(50)).as("50 offers: the page and one statement for what is left").isEqualTo(2);
	}

	private int statementsForRemaining(int pageSize) {
		this.cypher.reset();
		anonymous().documentName("offersRemaining").variable("first", pageSize).execute()
			.path("offers.edges").entityList(Object.class).hasSize(pageSize)
			.path("offers.edges[0].node.remainingAmount").entity(Double.class).isEqualTo(100.0)
			.path("offers.edges[0].node.remainingCapacity").entity(Integer.class).isEqualTo(3);
		return this.cypher.count();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private List<String> offers(Map<String, Object> filter) {
		return ids(anonymous().documentName("offersPage").variable("filter", filter).execute());
	}

	private static List<String> ids(GraphQlTester.Response response) {
		response.errors().verify();
		return response.path("offers.edges[*].node.id").entityList(String.class).get().stream()
			.map((id) -> GlobalId.decode("id", id).key())
			.toList();
	}

	private void assertBadRequest(Map<String, Object> variables, String argument) {
		GraphQlTester.Request<?> request = anonymous().documentName("offersPage");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().expect((e) -> "BAD_REQUEST".equals(e.getErrorType().toString())
				&& argument.equals(e.getExtensions().get("argument"))).verify();
	}

}
