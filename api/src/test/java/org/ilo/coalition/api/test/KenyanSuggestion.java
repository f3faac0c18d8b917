package org.ilo.coalition.api.test;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.test.GraphFixture;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.ilo.coalition.api.graphql.GlobalId.of;

/**
 * The graph the notification tests plant: a Kenyan request of 50 person-days, partners Alpha (with an offer of 100
 * person-days and capacity 1 serving Kenya) and Beta, and a proposed suggestion of Alpha's offer for the request.
 *
 * @param suggestion the suggestion's global id
 */
public record KenyanSuggestion(String request, String alpha, String beta, String alphaOffer, String suggestion) {

	public static KenyanSuggestion plant(Neo4jClient client) {
		GraphFixture fixture = new GraphFixture(client);
		String objective = fixture.strategyWithObjective("KEN", "Kenya strategy", "8.3.1").get(1);
		String request = fixture.request("KEN", objective, "Labour inspection", LocalDate.now().plusMonths(3),
				"TECHNICAL_ASSISTANCE", List.of("EMPLOYMENT"));
		String alpha = fixture.partner("Alpha Institute", PartnerKind.ACADEMIA, "KEN");
		String beta = fixture.partner("Beta Union", PartnerKind.WORKERS_ORGANIZATION, "KEN");
		String offer = fixture.offer(alpha, "TECHNICAL_ASSISTANCE", 100.0, "PERSON_DAYS", 1, List.of("en"),
				List.of("EMPLOYMENT"), List.of("KEN"), List.of());
		return new KenyanSuggestion(request, alpha, beta, offer,
				of("MatchSuggestion", fixture.matchSuggestion(request, alpha, offer, "PROPOSED", 50.0)));
	}

}
