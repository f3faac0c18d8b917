package org.ilo.coalition.api.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.ilo.coalition.api.test.MutationInputs.application;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipWorkflowIT extends ApiIntegrationTest {

	@Test
	void admitsConstituentsAtOnceButUnverified() {
		GraphQlTester.Response response = anonymous().documentName("apply")
			.variable("input", application("Kenya Federation of Employers", "EMPLOYERS_ORGANIZATION", "KEN")).execute();

		response.path("applyForMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED");
		response.path("applyForMembership.constituent").entity(Boolean.class).isEqualTo(true);
		response.path("applyForMembership.verified").entity(Boolean.class).isEqualTo(false);
		response.path("applyForMembership.contactEmail").valueIsNull();
	}

	@Test
	void keepsOtherKindsPendingAndOutOfThePublicDirectoryUntilTheCoordinationGroupAdmitsThem() {
		String id = anonymous().documentName("apply").variable("input", application("Fair Work Institute", "NGO", "BRA"))
			.execute().path("applyForMembership.id").entity(String.class).get();

		anonymous().documentName("partnerDetails").variable("id", id).execute().path("partner").valueIsNull();
		anonymous().documentName("partnersPage").execute().path("partners.totalCount").entity(Integer.class).isEqualTo(0);
		asCoordinator().documentName("partnersPage").execute().path("partners.totalCount").entity(Integer.class)
			.isEqualTo(1);

		asCoordinator().documentName("decide").variable("partnerId", id).variable("decision", "ADMIT")
			.variable("reason", "Strong record on fair work").execute()
			.path("decideMembership.membershipStatus").entity(String.class).isEqualTo("ADMITTED")
			.path("decideMembership.decisionReason").entity(String.class).isEqualTo("Strong record on fair work");

		anonymous().documentName("partnerDetails").variable("id", id).execute().path("partner.name").entity(String.class)
			.isEqualTo("Fair Work Institute");
	}

	@Test
	void refusesASecondApplicationOfTheSameOrganizationAsAConflict() {
		anonymous().documentName("apply").variable("input", application("Fair Work Institute", "NGO", "BRA")).execute()
			.path("applyForMembership.id").hasValue();

		anonymous().documentName("apply").variable("input", application("  fair WORK institute ", "NGO", "BRA")).execute()
			.errors().expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("already"))
			.verify();
		assertThat(count("MATCH (p:Partner) RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void requiresAReasonToRejectAndDecidesOnlyPendingApplications() {
		String id = anonymous().documentName("apply").variable("input", application("Fair Work Institute", "NGO", "BRA"))
			.execute().path("applyForMembership.id").entity(String.class).get();

		asCoordinator().documentName("decide").variable("partnerId", id).variable("decision", "REJECT").execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("'reason'"))
			.verify();
		asCoordinator().documentName("decide").variable("partnerId", id).variable("decision", "REJECT")
			.variable("reason", "Not active in social justice").execute()
			.path("decideMembership.membershipStatus").entity(String.class).isEqualTo("REJECTED");
		asCoordinator().documentName("decide").variable("partnerId", id).variable("decision", "ADMIT").execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("not PENDING"))
			.verify();
	}

	@Test
	void letsOnlyTheCoordinationGroupDecide() {
		String id = anonymous().documentName("apply").variable("input", application("Fair Work Institute", "NGO", "BRA"))
			.execute().path("applyForMembership.id").entity(String.class).get();

		anonymous().documentName("decide").variable("partnerId", id).variable("decision", "ADMIT").execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("UNAUTHORIZED")).verify();
		asSecretariat().documentName("decide").variable("partnerId", id).variable("decision", "ADMIT").execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
	}

	@Test
	void letsTheSecretariatConfirmAConstituentOnce() {
		String id = anonymous().documentName("apply")
			.variable("input", application("Ministry of Labour of Fiji", "GOVERNMENT", "FJI")).execute()
			.path("applyForMembership.id").entity(String.class).get();

		asSecretariat().documentName("confirm").variable("partnerId", id).execute().path("confirmConstituent.verified")
			.entity(Boolean.class).isEqualTo(true);
		asSecretariat().documentName("confirm").variable("partnerId", id).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT")).verify();
	}

	@Test
	void validatesAnApplicationBeforeWritingAnything() {
		Map<String, Object> noEmail = application("Fair Work Institute", "NGO", "BRA");
		noEmail.put("contactEmail", "not-an-address");
		Map<String, Object> unknownCountry = application("Fair Work Institute", "NGO", "XKX");
		Map<String, Object> badLanguage = application("Fair Work Institute", "NGO", "BRA");
		badLanguage.put("languages", List.of("english"));
		Map<String, Object> longName = application("x".repeat(201), "NGO", "BRA");

		expectBadRequest(noEmail, "input.contactEmail");
		expectBadRequest(unknownCountry, "input.country");
		expectBadRequest(badLanguage, "input.languages");
		expectBadRequest(longName, "input.name");
		assertThat(count("MATCH (p:Partner) RETURN count(p)")).isZero();
		assertThat(count("MATCH (e:AuditEvent) RETURN count(e)")).isZero();
	}

	@Test
	void updatesAProfileWithOptimisticLockingAndShowsContactsToThePartnerOnly() {
		String id = new GraphFixture(this.neo4jClient).partner("Academy of Work", PartnerKind.ACADEMIA, "IND");
		String globalId = GlobalId.of("Partner", id);
		Map<String, Object> input = new HashMap<>(Map.of("partnerId", globalId, "version", 0, "description",
				"Research on decent work", "contactEmail", "office@academy.example"));

		asPartner(id).documentName("updateProfile").variable("input", input).execute()
			.path("updatePartnerProfile.version").entity(Integer.class).isEqualTo(1)
			.path("updatePartnerProfile.contactEmail").entity(String.class).isEqualTo("office@academy.example");
		asPartner(id).documentName("updateProfile").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("version")).verify();
		asPartner("someone-else").documentName("updateProfile").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
		anonymous().documentName("updateProfile").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("UNAUTHORIZED")).verify();
	}

	@Test
	void replacesDeclaredExpertise() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String id = fixture.partner("Academy of Work", PartnerKind.ACADEMIA, "IND");
		String first = fixture.anyExpertiseIn("EMPLOYMENT");
		String second = fixture.anyExpertiseIn("SOCIAL_DIALOGUE");
		fixture.expertise(id, first, "BASIC");

		asSecretariat().documentName("declareExpertise").variable("input", Map.of("partnerId", GlobalId.of("Partner", id),
				"version", 0, "expertise", List.of(Map.of("code", second, "level", "EXPERT")), "functionalAreas",
				List.of("KNOWLEDGE"))).execute()
			.path("declareExpertise.expertise[*].expertise.code").entityList(String.class).containsExactly(second)
			.path("declareExpertise.functionalAreas[*].code").entityList(String.class).containsExactly("KNOWLEDGE");
		asSecretariat().documentName("declareExpertise").variable("input", Map.of("partnerId", GlobalId.of("Partner", id),
				"version", 1, "expertise", List.of(Map.of("code", "NO_SUCH_THING", "level", "EXPERT")))).execute().errors()
			.expect((e) -> e.getMessage().contains("input.expertise.code")).verify();
	}

	@Test
	void recordsEveryChangeInTheAuditTrailForTheSecretariatOnly() {
		String id = anonymous().documentName("apply").variable("input", application("Fair Work Institute", "NGO", "BRA"))
			.execute().path("applyForMembership.id").entity(String.class).get();
		asCoordinator().documentName("decide").variable("partnerId", id).variable("decision", "ADMIT").execute()
			.path("decideMembership.id").hasValue();

		GraphQlTester.Response audit = asSecretariat().documentName("auditEvents")
			.variable("filter", Map.of("targetId", id)).execute();
		audit.path("auditEvents.totalCount").entity(Integer.class).isEqualTo(2);
		audit.path("auditEvents.edges[0].node.action").entity(String.class).isEqualTo("MEMBERSHIP_DECIDED");
		audit.path("auditEvents.edges[0].node.beforeStatus").entity(String.class).isEqualTo("PENDING");
		audit.path("auditEvents.edges[0].node.afterStatus").entity(String.class).isEqualTo("ADMITTED");
		audit.path("auditEvents.edges[0].node.actorRole").entity(String.class).isEqualTo("COORDINATION_GROUP");
		audit.path("auditEvents.edges[1].node.actor").entity(String.class).isEqualTo("anonymous");
		asPartner(GlobalId.decode("id", id).key()).documentName("auditEvents").execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
	}

	@Test
	void tellsCallersWhoTheyAre() {
		anonymous().documentName("me").execute().path("me.role").entity(String.class).isEqualTo("PUBLIC");
		asMemberState("KEN").documentName("me").execute().path("me.country.iso3").entity(String.class).isEqualTo("KEN");
	}

	private void expectBadRequest(Map<String, Object> input, String field) {
		anonymous().documentName("apply").variable("input", input).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("'" + field + "'"))
			.verify();
	}

	private long count(String cypher) {
		return this.neo4jClient.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
