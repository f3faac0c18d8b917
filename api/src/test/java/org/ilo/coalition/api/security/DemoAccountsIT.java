package org.ilo.coalition.api.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.api.test.HttpGraphQl;
import org.ilo.coalition.api.test.Tokens;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataSize;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.web.client.HttpClientErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo accounts sign in over HTTP Basic as the roles, partners and countries of the demo data. */
class DemoAccountsIT extends ApiIntegrationTest {

	@Autowired
	DemoDataGenerator generator;

	@Test
	void signInAsTheSecretariatCoordinatorMemberStatesAndPartnersOfTheDemoData() {
		this.generator.generate(new DemoDataSize(60, 60, 6, 6, 1), 7L,
				Instant.parse("2026-11-01T00:00:00Z"));

		assertThat(me("secretariat", "demo").path("me.role").entity(String.class).get()).isEqualTo("SECRETARIAT");
		assertThat(me("coordinator", "demo").path("me.role").entity(String.class).get()).isEqualTo("COORDINATION_GROUP");
		for (String iso3 : new String[] { "KEN", "BRA", "IND", "BGD", "JOR", "FJI" }) {
			GraphQlTester.Response state = me("state-" + iso3, "demo");
			state.path("me.role").entity(String.class).isEqualTo("MEMBER_STATE");
			state.path("me.country.iso3").entity(String.class).isEqualTo(iso3);
		}
		for (int n = 1; n <= 5; n++) {
			GraphQlTester.Response partner = me("partner-" + n, "demo");
			partner.path("me.role").entity(String.class).isEqualTo("PARTNER");
			partner.path("me.partner.name").hasValue();
		}
	}

	@Test
	void letsADemoMemberStateFileASupportRequestForItsOwnStrategy() {
		this.generator.generate(new DemoDataSize(60, 60, 6, 6, 1), 7L,
				Instant.parse("2026-11-01T00:00:00Z"));
		GraphQlTester kenya = basic("state-KEN", "demo");
		GraphQlTester.Response objectives = kenya
			.document("{ me { country { nationalStrategies { objectives { id supportKinds } } } } }").execute();
		String objective = objectives.path("me.country.nationalStrategies[0].objectives[0].id").entity(String.class).get();
		// A request must ask for a kind of support its objective needs; the demo data picks those at random.
		String kind = objectives.path("me.country.nationalStrategies[0].objectives[0].supportKinds[0]")
			.entity(String.class).get();
		String unit = switch (kind) {
			case "FUNDING" -> "USD";
			case "TRAINING" -> "PLACES";
			case "KNOWLEDGE" -> "PRODUCTS";
			default -> "PERSON_DAYS";
		};

		kenya.documentName("submitRequest").variable("input", java.util.Map.of("objectiveId", objective, "title",
				"Labour inspection training", "kind", kind, "amount", 25.0, "unit", unit, "language", "en",
				"deadline", java.time.LocalDate.now().plusMonths(4).toString())).execute()
			.path("submitSupportRequest.status").entity(String.class).isEqualTo("OPEN")
			.path("submitSupportRequest.country.iso3").entity(String.class).isEqualTo("KEN");
		basic("state-BRA", "demo").documentName("submitRequest").variable("input", java.util.Map.of("objectiveId",
				objective, "title", "Not ours", "kind", "TRAINING", "amount", 5.0, "unit", "PLACES", "language", "pt",
				"deadline", java.time.LocalDate.now().plusMonths(4).toString())).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
	}

	@Test
	void refusesOtherSpellingsOfTheDemoAccountNames() {
		this.generator.generate(new DemoDataSize(60, 60, 6, 6, 1), 7L,
				Instant.parse("2026-11-01T00:00:00Z"));

		for (String username : new String[] { "state-ken", "STATE-KEN", "state-Ken", "partner-01", "Partner-1",
				"Secretariat", "COORDINATOR" }) {
			assertThatThrownBy(() -> me(username, "demo")).as(username)
				.isInstanceOf(HttpClientErrorException.Unauthorized.class);
		}
		assertThat(me("state-KEN", "demo").path("me.username").entity(String.class).get()).isEqualTo("state-KEN");
		assertThat(me("partner-1", "demo").path("me.username").entity(String.class).get()).isEqualTo("partner-1");
	}

	@Test
	void keepsPartnerOneOnItsPartnerWhenThatPartnerIsRenamedAndRecordsItUnderItsCanonicalName() {
		this.generator.generate(new DemoDataSize(60, 60, 6, 6, 1), 7L,
				Instant.parse("2026-11-01T00:00:00Z"));
		GraphQlTester partnerOne = basic("partner-1", "demo");
		GraphQlTester.Response before = partnerOne.document("{ me { partner { id version } } }").execute();
		String id = before.path("me.partner.id").entity(String.class).get();
		int version = before.path("me.partner.version").entity(Integer.class).get();

		// A name after every other one: the login must not follow the name order.
		partnerOne.documentName("updateProfile")
			.variable("input", java.util.Map.of("partnerId", id, "version", version, "name", "Zzz Renamed Partner"))
			.execute().path("updatePartnerProfile.name").entity(String.class).isEqualTo("Zzz Renamed Partner");

		assertThat(partnerOne.document("{ me { partner { id } } }").execute().path("me.partner.id")
			.entity(String.class).get()).isEqualTo(id);
		assertThat(asCoordinator().documentName("auditEvents").variable("filter", java.util.Map.of("actor", "partner-1"))
			.execute().path("auditEvents.edges[*].node.actor").entityList(String.class).get()).containsExactly("partner-1");
	}

	@Test
	void refusesAWrongPasswordAndAForgedToken() {
		assertThatThrownBy(() -> me("secretariat", "wrong")).isInstanceOf(HttpClientErrorException.Unauthorized.class);
		assertThatThrownBy(() -> HttpGraphQl.tester(this.port, "Bearer " + Tokens.forgedToken("SECRETARIAT"))
			.documentName("me").execute()).isInstanceOf(HttpClientErrorException.Unauthorized.class);
	}

	private GraphQlTester.Response me(String username, String password) {
		return basic(username, password).documentName("me").execute();
	}

	private GraphQlTester basic(String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpGraphQl.tester(this.port, "Basic " + basic);
	}

}
