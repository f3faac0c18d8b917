package org.ilo.coalition.api.showcase;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * The public showcase: confirmed, in-delivery and delivered partnerships, newest confirmation first, paged, and the
 * same as an Atom feed; matches awaiting consent or ended without delivery are not shown, and nothing private is.
 */
class ShowcaseIT extends ApiIntegrationTest {

	String confirmed;

	String delivered;

	@BeforeEach
	void matchesAtSeveralStages() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		LocalDate deadline = LocalDate.now().plusMonths(3);
		String alpha = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		String beta = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		List<String> matches = new ArrayList<>();
		for (String title : List.of("Labour inspection", "Skills policy", "Formalization", "Social dialogue", "Wages")) {
			String request = fixture.request("KEN", objective, title, deadline, "TECHNICAL_ASSISTANCE",
					List.of("EMPLOYMENT"));
			matches.add(fixture.matchSuggestion(request, title.startsWith("S") ? beta : alpha, null, "ACCEPTED", 50.0));
		}
		this.confirmed = matches.get(0);
		this.delivered = matches.get(1);
		set(this.confirmed, "SET m.confirmedAt = datetime('2026-03-10T09:00:00Z'), m.confirmedBy = 'secret-user'");
		set(this.delivered, """
				SET m.matchStatus = 'DELIVERED', m.confirmedAt = datetime('2026-03-12T09:00:00Z'),
				    m.endedAt = datetime('2026-05-01T09:00:00Z'), m.endedBy = 'secret-user', m.deliveredAmount = 50.0""");
		set(matches.get(2), "SET m.matchStatus = 'AWAITING_CONSENT'");
		set(matches.get(3), """
				REMOVE m:ActiveMatch SET m.matchStatus = 'DECLINED', m.heldAmount = 0.0,
				    m.endReason = 'private reason'""");
		// Closed early after a delivery: it still holds what was delivered, but it is not a partnership to show.
		set(matches.get(4), """
				SET m.matchStatus = 'CANCELLED', m.confirmedAt = datetime('2026-03-20T09:00:00Z'), m.heldAmount = 10.0,
				    m.deliveredAmount = 10.0""");
	}

	@Test
	void showsConfirmedAndDeliveredPartnershipsNewestFirstToThePublic() {
		anonymous().document("""
				{ showcase(first: 10) { totalCount edges { node {
				    id status partner { name } country { iso3 } requestTitle kind thematicAreas { code } amount unit
				    deliveredAmount confirmedAt deliveredAt updatedAt results } } } }""").execute()
			.path("showcase.totalCount").entity(Integer.class).isEqualTo(2)
			.path("showcase.edges[*].node.id").entityList(String.class)
			.containsExactly(of("MatchSuggestion", this.delivered), of("MatchSuggestion", this.confirmed))
			.path("showcase.edges[0].node.status").entity(String.class).isEqualTo("DELIVERED")
			.path("showcase.edges[0].node.partner.name").entity(String.class).isEqualTo("Beta Union")
			.path("showcase.edges[0].node.deliveredAmount").entity(Double.class).isEqualTo(50.0)
			.path("showcase.edges[0].node.deliveredAt").entity(String.class).isEqualTo("2026-05-01T09:00:00.000Z")
			.path("showcase.edges[0].node.updatedAt").entity(String.class).isEqualTo("2026-05-01T09:00:00.000Z")
			.path("showcase.edges[1].node.status").entity(String.class).isEqualTo("CONFIRMED")
			.path("showcase.edges[1].node.country.iso3").entity(String.class).isEqualTo("KEN")
			.path("showcase.edges[1].node.thematicAreas[*].code").entityList(String.class).containsExactly("EMPLOYMENT")
			.path("showcase.edges[1].node.deliveredAt").valueIsNull();

		String cursor = anonymous().document("{ showcase(first: 1) { pageInfo { hasNextPage endCursor } } }").execute()
			.path("showcase.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("showcase.pageInfo.endCursor").entity(String.class).get();
		anonymous().document("query($after: String) { showcase(first: 1, after: $after) { edges { node { id } } } }")
			.variable("after", cursor).execute().path("showcase.edges[*].node.id").entityList(String.class)
			.containsExactly(of("MatchSuggestion", this.confirmed));
	}

	@Test
	void publishesTheSameAsAnAtomFeedWithNothingPrivate() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/showcase.atom")).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(response.body()).doesNotContain("secret-user").doesNotContain("private reason");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isEqualTo(2);
		Element newest = (Element) entries.item(0);
		assertThat(text(newest, "id")).isEqualTo("urn:coalition:match:" + this.delivered);
		assertThat(text(newest, "title")).isEqualTo("Beta Union supports Kenya: Skills policy");
		assertThat(text(newest, "updated")).isEqualTo("2026-05-01T09:00:00Z");
		assertThat(text(newest, "summary")).contains("50 person days").contains("delivered in full");
		assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo("2026-05-01T09:00:00Z");
	}

	private void set(String match, String cypher) {
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id}) " + cypher).bindAll(Map.of("id", match)).run();
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
	}

}
