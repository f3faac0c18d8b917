package org.ilo.coalition.api.workflow;

import java.util.Map;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.junit.jupiter.api.Test;

class WorkStreamWorkflowIT extends ApiIntegrationTest {

	@Test
	void letsAdmittedPartnersCreateJoinAndLeaveWithOneLeadAtMost() {
		GraphFixture fixture = new GraphFixture(this.neo4jClient);
		String agency = fixture.partner("UN Agency", PartnerKind.INTERNATIONAL_ORGANIZATION, "CHE");
		String union = fixture.partner("Workers Union", PartnerKind.WORKERS_ORGANIZATION, "IND");

		String id = asPartner(agency).documentName("createWorkStream").variable("input", Map.of("partnerId",
				GlobalId.of("Partner", agency), "name", "Crisis response network", "programme", "CRISIS_RESPONSE"))
			.execute().path("createWorkStream.lead.name").entity(String.class).isEqualTo("UN Agency")
			.path("createWorkStream.id").entity(String.class).get();

		asPartner(union).documentName("joinWorkStream").variable("workStreamId", id).variable("role", "LEAD").execute()
			.errors().expect((e) -> e.getErrorType().toString().equals("CONFLICT") && e.getMessage().contains("already has a lead"))
			.verify();
		asPartner(union).documentName("joinWorkStream").variable("workStreamId", id).variable("role", "SUPPORTER")
			.execute().path("joinWorkStream.supporters[*].name").entityList(String.class).containsExactly("Workers Union");
		asPartner(agency).documentName("leaveWorkStream").variable("workStreamId", id).execute()
			.path("leaveWorkStream.lead").valueIsNull();
		asPartner(union).documentName("leaveWorkStream").variable("workStreamId", id).variable("partnerId",
				GlobalId.of("Partner", agency)).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("FORBIDDEN")).verify();
	}

	@Test
	void keepsPendingPartnersOut() {
		String pending = new GraphFixture(this.neo4jClient).partner("Newcomer", PartnerKind.NGO, "KEN", "PENDING");

		asPartner(pending).documentName("createWorkStream").variable("input", Map.of("partnerId",
				GlobalId.of("Partner", pending), "name", "Something")).execute().errors()
			.expect((e) -> e.getErrorType().toString().equals("CONFLICT")).verify();
	}

}
