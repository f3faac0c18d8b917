package org.ilo.coalition.api.opendata;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * The public IATI export over HTTP: matches planted through the API at several states (confirmed, delivered with a
 * result, funding in euros in delivery, awaiting consent, declined), the file fetched without credentials, validated
 * against the shipped IATI 2.03 schema here too, and its mapping checked; an export that would be invalid is refused.
 */
class IatiExportIT extends ApiIntegrationTest {

	static final String ORG = "XM-DAC-41302";

	GraphFixture fixture;

	String objective;

	LocalDate today;

	String delivered;

	String confirmed;

	String funding;

	String awaiting;

	String declined;

	@BeforeEach
	void matchesAtSeveralStates() {
		this.fixture = new GraphFixture(this.neo4jClient);
		this.today = LocalDate.now(this.clock);
		this.fixture.observation("KEN", "8.3.1", 2021, 85.0, 4);
		this.fixture.observation("KEN", "8.3.1", 2024, 80.0, 4);
		this.objective = this.fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);

		String alpha = this.fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		this.delivered = accepted("Labour inspection", List.of("EMPLOYMENT"), alpha, "TECHNICAL_ASSISTANCE", "PERSON_DAYS");
		confirmBoth(this.delivered, alpha);
		String delivery = deliver(this.delivered, alpha, 50.0, this.today.minusDays(5), "Secret delivery note");
		asMemberState("KEN").documentName("confirmReceipt").variable("deliveryId", delivery).variable("version", 0)
			.execute().path("confirmReceipt.matchStatus").entity(String.class).isEqualTo("DELIVERED");
		Map<String, Object> result = new HashMap<>(Map.of("matchId", of("MatchSuggestion", this.delivered), "indicator",
				"8.3.1", "target", 60.0, "targetYear", 2028));
		asMemberState("KEN").documentName("recordResult").variable("input", result).execute()
			.path("recordResult.baselineYear").entity(Integer.class).isEqualTo(2024);

		String beta = this.fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		this.confirmed = accepted("Collective bargaining training",
				List.of("EMPLOYMENT", "RIGHTS_AT_WORK", "SOCIAL_DIALOGUE"), beta, "TRAINING", "PLACES");
		confirmBoth(this.confirmed, beta);

		String gamma = this.fixture.partner("Gamma Foundation", PartnerKind.NGO, "KEN");
		this.funding = accepted("Social protection floor costing", List.of("PROTECTION_RESILIENCE"), gamma, "FUNDING",
				"EUR");
		confirmBoth(this.funding, gamma);
		deliver(this.funding, gamma, 20.0, this.today.minusDays(1), null);

		String delta = this.fixture.partner("Delta Consulting", PartnerKind.ENTERPRISE, "KEN");
		this.awaiting = accepted("Awaiting request", List.of("EMPLOYMENT"), delta, "KNOWLEDGE", "PERSON_DAYS");

		String epsilon = this.fixture.partner("Epsilon Network", PartnerKind.OTHER, "KEN");
		this.declined = accepted("Declined request", List.of("EMPLOYMENT"), epsilon, "KNOWLEDGE", "PERSON_DAYS");
		asMemberState("KEN").documentName("answerMatch").variable("id", of("MatchSuggestion", this.declined))
			.variable("version", version(this.declined)).variable("answer", "DECLINE")
			.variable("reason", "Confidential decline reason").execute().path("answerMatch.matchStatus")
			.entity(String.class).isEqualTo("DECLINED");
	}

	@Test
	void publishesConfirmedAndLaterMatchesAsValidIatiActivitiesToAnyoneWithPublicFieldsOnly() throws Exception {
		HttpResponse<byte[]> response = get();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("application/xml;charset=utf-8"));
		byte[] body = response.body();
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getClassLoader().getResource("iati/iati-activities-schema.xsd")).newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(body)));
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).as("no user names, reasons, notes or e-mail addresses")
			.doesNotContain("-user", "Confidential decline reason", "Secret delivery note", "@", "Awaiting request",
					"Declined request", "Delta Consulting", "Epsilon Network");

		Document document = parse(body);
		assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.03");
		Map<String, Element> activities = new HashMap<>();
		for (Element activity : children(document.getDocumentElement(), "iati-activity")) {
			String identifier = child(activity, "iati-identifier").getTextContent();
			assertThat(activities.put(identifier, activity)).as("unique " + identifier).isNull();
			assertThat(identifier).startsWith(child(activity, "reporting-org").getAttribute("ref") + "-");
			assertThat(activity.getAttribute("default-currency")).isEqualTo("USD");
			assertThat(activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
			datesInOrderAndNoActualDateInTheFuture(activity);
			sectorPercentagesAddUpTo100PerVocabularyWithNarrativesOn99(activity);
			NodeList narratives = activity.getElementsByTagName("narrative");
			for (int i = 0; i < narratives.getLength(); i++) {
				assertThat(((Element) narratives.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isNotBlank();
			}
			NodeList values = activity.getElementsByTagName("value");
			for (int i = 0; i < values.getLength(); i++) {
				assertThat(((Element) values.item(i)).getAttribute("currency")).isEqualTo("EUR");
			}
			assertThat(child(child(activity, "recipient-country"), "narrative").getTextContent()).isEqualTo("Kenya");
			assertThat(child(activity, "recipient-country").getAttribute("code")).isEqualTo("KE");
		}
		assertThat(activities.keySet()).containsExactlyInAnyOrder(ORG + "-" + this.delivered, ORG + "-" + this.confirmed,
				ORG + "-" + this.funding);

		Element delivered = activities.get(ORG + "-" + this.delivered);
		assertThat(child(delivered, "activity-status").getAttribute("code")).as("DELIVERED: finalisation").isEqualTo("3");
		assertThat(dates(delivered)).containsKeys("1", "2", "3", "4");
		assertThat(orgs(delivered)).containsExactly("4/80/Alpha Institute", "2/10/Government of Kenya");
		assertThat(sectors(delivered)).containsExactly("1/16020/100", "99/EMPLOYMENT/100");
		assertThat(children(delivered, "budget")).as("in kind: no money").isEmpty();
		assertThat(children(delivered, "transaction")).isEmpty();
		List<Element> results = children(delivered, "result");
		assertThat(results).extracting((r) -> r.getAttribute("type")).containsExactly("1", "2");
		Element inKind = child(results.get(0), "indicator");
		assertThat(child(child(inKind, "title"), "narrative").getTextContent()).isEqualTo("Delivered, in person-days");
		assertThat(child(child(inKind, "period"), "target").getAttribute("value")).isEqualTo("50");
		assertThat(child(child(inKind, "period"), "actual").getAttribute("value")).isEqualTo("50");
		Element outcome = child(results.get(1), "indicator");
		assertThat(child(child(results.get(1), "title"), "narrative").getTextContent()).startsWith("SDG 8.3.1: ");
		assertThat(child(outcome, "baseline").getAttribute("year")).isEqualTo("2024");
		assertThat(child(outcome, "baseline").getAttribute("value")).isEqualTo("80");
		assertThat(child(child(outcome, "period"), "target").getAttribute("value")).isEqualTo("60");
		assertThat(child(child(outcome, "period"), "period-end").getAttribute("iso-date")).isEqualTo("2028-12-31");

		Element confirmed = activities.get(ORG + "-" + this.confirmed);
		assertThat(child(confirmed, "activity-status").getAttribute("code")).as("CONFIRMED: implementation").isEqualTo("2");
		assertThat(dates(confirmed)).containsOnlyKeys("1", "2", "3");
		assertThat(orgs(confirmed)).containsExactly("4/22/Beta Union", "2/10/Government of Kenya");
		assertThat(sectors(confirmed)).containsExactly("1/16020/34", "1/16070/33", "1/16080/33", "99/EMPLOYMENT/34",
				"99/RIGHTS_AT_WORK/33", "99/SOCIAL_DIALOGUE/33");
		assertThat(child(child(child(children(confirmed, "result").get(0), "indicator"), "title"), "narrative")
			.getTextContent()).isEqualTo("Delivered, in places");

		Element funding = activities.get(ORG + "-" + this.funding);
		assertThat(child(funding, "activity-status").getAttribute("code")).as("IN_DELIVERY: implementation").isEqualTo("2");
		assertThat(orgs(funding)).containsExactly("1/21/Gamma Foundation", "2/10/Government of Kenya");
		assertThat(sectors(funding)).containsExactly("1/16010/100", "99/PROTECTION_RESILIENCE/100");
		Element budget = child(funding, "budget");
		assertThat(child(budget, "value").getTextContent()).isEqualTo("50");
		assertThat(children(funding, "transaction")).extracting((t) -> child(t, "transaction-type").getAttribute("code")
				+ "/" + child(t, "value").getTextContent() + "/" + child(t, "transaction-date").getAttribute("iso-date"))
			.containsExactly("2/50/" + this.today, "3/20/" + this.today.minusDays(1));
		assertThat(children(funding, "result")).as("funding: money, not an in-kind result").isEmpty();
	}

	@Test
	void refusesToServeAnExportThatIsNotValidIatiAndSaysWhy() throws Exception {
		this.neo4jClient.query("MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q) SET q.title = 'Bad \u0001 title'")
			.bind(this.confirmed).to("id").run();
		HttpResponse<byte[]> response = get();
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(new String(response.body(), StandardCharsets.UTF_8))
			.startsWith("The IATI export failed validation and was not served: the export does not conform to the IATI 2.03 schema at line");
	}

	@Test
	void answersNotFoundWhileNoMatchIsConfirmed() throws Exception {
		this.neo4jClient.query("MATCH (m:MatchSuggestion) SET m.matchStatus = 'DECLINED'").run();
		HttpResponse<byte[]> response = get();
		assertThat(response.statusCode()).as("the schema requires at least one activity").isEqualTo(404);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("no activity to publish");
	}

	private HttpResponse<byte[]> get() throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + IatiExportController.PATH)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String accepted(String title, List<String> areas, String partner, String kind, String unit) {
		String request = this.fixture.request("KEN", this.objective, title, this.today.plusMonths(3), kind, areas);
		this.neo4jClient.query("MATCH (q:SupportRequest {id: $id}) SET q.unit = $unit").bindAll(Map.of("id", request,
				"unit", unit)).run();
		String offer = this.fixture.offer(partner, kind, 100.0, unit, 1, List.of("en"), areas, List.of("KEN"), List.of());
		String match = this.fixture.matchSuggestion(request, partner, offer, "PROPOSED", 50.0);
		asCoordinator().documentName("reviewSuggestion").variable("id", of("MatchSuggestion", match))
			.variable("decision", "ACCEPT").execute().path("reviewSuggestion.status").entity(String.class)
			.isEqualTo("ACCEPTED");
		return match;
	}

	private void confirmBoth(String match, String partner) {
		for (GraphQlTester party : List.of(asPartner(partner), asMemberState("KEN"))) {
			party.documentName("answerMatch").variable("id", of("MatchSuggestion", match)).variable("version", version(match))
				.variable("answer", "CONFIRM").execute().path("answerMatch.id").hasValue();
		}
	}

	private String deliver(String match, String partner, double amount, LocalDate on, String note) {
		Map<String, Object> input = new HashMap<>(Map.of("matchId", of("MatchSuggestion", match), "version",
				version(match), "amount", amount, "deliveredOn", on.toString()));
		input.put("note", note);
		return asPartner(partner).documentName("recordDelivery").variable("input", input).execute()
			.path("recordDelivery.deliveries[0].id").entity(String.class).get();
	}

	private int version(String match) {
		return asCoordinator().documentName("matchDelivery").variable("id", of("MatchSuggestion", match)).execute()
			.path("node.version").entity(Integer.class).get();
	}

	private void datesInOrderAndNoActualDateInTheFuture(Element activity) {
		Map<String, LocalDate> dates = dates(activity);
		if (dates.containsKey("3")) {
			assertThat(dates.get("3")).isAfterOrEqualTo(dates.get("1"));
		}
		if (dates.containsKey("4")) {
			assertThat(dates.get("4")).isAfterOrEqualTo(dates.get("2")).isBeforeOrEqualTo(this.today);
		}
		assertThat(dates.get("2")).isBeforeOrEqualTo(this.today);
	}

	private void sectorPercentagesAddUpTo100PerVocabularyWithNarrativesOn99(Element activity) {
		Map<String, Integer> sums = new HashMap<>();
		for (Element sector : children(activity, "sector")) {
			sums.merge(sector.getAttribute("vocabulary"), Integer.parseInt(sector.getAttribute("percentage")), Integer::sum);
			if ("99".equals(sector.getAttribute("vocabulary"))) {
				assertThat(child(sector, "narrative").getTextContent()).isNotBlank();
			}
		}
		assertThat(sums).containsOnlyKeys("1", "99").allSatisfy((vocabulary, sum) -> assertThat(sum).isEqualTo(100));
	}

	private static Map<String, LocalDate> dates(Element activity) {
		return children(activity, "activity-date").stream().collect(Collectors.toMap((d) -> d.getAttribute("type"),
				(d) -> LocalDate.parse(d.getAttribute("iso-date"))));
	}

	private static List<String> orgs(Element activity) {
		return children(activity, "participating-org").stream().map((o) -> o.getAttribute("role") + "/"
				+ o.getAttribute("type") + "/" + child(o, "narrative").getTextContent()).toList();
	}

	private static List<String> sectors(Element activity) {
		return children(activity, "sector").stream().map((s) -> s.getAttribute("vocabulary") + "/"
				+ s.getAttribute("code") + "/" + s.getAttribute("percentage")).toList();
	}

	private static Document parse(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name + " of " + parent.getLocalName()).isNotEmpty();
		return found.get(0);
	}

}
