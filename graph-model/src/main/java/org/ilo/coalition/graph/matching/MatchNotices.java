package org.ilo.coalition.graph.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.ilo.coalition.graph.paging.Records;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The notifications of a match's lifecycle: who is told what, in one sentence each (docs/notifications.md). Called
 * inside the transaction of the transition.
 */
@Component
public class MatchNotices {

	private static final String TYPE = "MatchSuggestion";

	private static final String FACTS = """
			MATCH (m:MatchSuggestion {id: $id})-[:FOR_REQUEST]->(q:SupportRequest)-[:FOR_COUNTRY]->(c:Country),
			      (m)-[:FROM_PARTNER]->(p:Partner)
			RETURN m.id AS id, q.id AS request, q.title AS requestTitle, p.id AS partner, p.name AS partnerName,
			       c.iso3 AS country, c.name AS countryName, coalesce(m.amount, 0.0) AS amount,
			       coalesce(m.unit, q.unit) AS unit, m.consentDeadline AS deadline
			""";

	/** What a notification about a match says and whom it names. */
	public record Facts(String matchId, String requestId, String requestTitle, String partnerId, String partnerName,
			String countryIso3, String countryName, double amount, String unit, OffsetDateTime deadline) {

		public String pair() {
			return this.partnerName + " for " + this.countryName + "'s request '" + this.requestTitle + "' ("
					+ quantity() + ")";
		}

		private String quantity() {
			String number = this.amount == Math.rint(this.amount) ? String.valueOf((long) this.amount)
					: String.format(Locale.ROOT, "%.2f", this.amount);
			return number + " " + this.unit.toLowerCase(Locale.ROOT).replace('_', ' ');
		}

	}

	private final Neo4jClient client;

	private final Notifications notifications;

	public MatchNotices(Neo4jClient client, Notifications notifications) {
		this.client = client;
		this.notifications = notifications;
	}

	public Facts facts(String matchId) {
		return this.client.query(FACTS).bind(matchId).to("id").fetchAs(Facts.class).mappedBy((types, r) -> new Facts(
				r.get("id").asString(), r.get("request").asString(), Records.string(r.get("requestTitle")),
				r.get("partner").asString(), r.get("partnerName").asString(), r.get("country").asString(),
				r.get("countryName").asString(), r.get("amount").asDouble(), Records.string(r.get("unit")),
				r.get("deadline").isNull() ? null : r.get("deadline").asOffsetDateTime()))
			.one().orElseThrow();
	}

	/** Tells {@code audiences} about the match in one sentence. */
	public void tell(Facts facts, NotificationType type, String summary, Audience... audiences) {
		this.notifications.publish(new NotificationDraft(type, TYPE, facts.matchId(), summary, facts.requestId(),
				facts.partnerId(), facts.countryIso3(), List.of(audiences)));
	}

	public static Audience partner(Facts facts) {
		return Audience.partner(facts.partnerId());
	}

	public static Audience memberState(Facts facts) {
		return Audience.memberState(facts.countryIso3());
	}

	public static String date(OffsetDateTime at) {
		return at == null ? "the deadline" : at.toLocalDate().toString();
	}

}
