package org.ilo.coalition.graph.mail;

import java.util.HashMap;
import java.util.Map;

import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' e-mail preferences, kept on the {@code (:Reader {username})} node that also holds their read state, with the
 * audience whose notifications they get by mail (users are not stored otherwise: docs/notifications.md).
 */
@Component
public class MailPreferences {

	private static final String FIND = """
			OPTIONAL MATCH (r:Reader {username: $user})
			RETURN r.email AS email, coalesce(r.emailMode, 'OFF') AS mode
			""";

	// A user who turns the digest on gets what is committed from now on, not the audience's whole history.
	private static final String SAVE = """
			MERGE (r:Reader {username: $user})
			WITH r
			OPTIONAL MATCH (s:__NotificationSequence {id: 'notifications'})
			WITH r, CASE WHEN $mode = 'DAILY_DIGEST' AND coalesce(r.emailMode, 'OFF') <> 'DAILY_DIGEST'
			             THEN coalesce(s.value, 0) ELSE r.digestSequence END AS digestSequence
			SET r.email = $email, r.emailMode = $mode, r.audience = $audience, r.digestSequence = digestSequence,
			    r.preferencesChangedAt = datetime()
			RETURN r.email AS email, r.emailMode AS mode
			""";

	private final Neo4jClient client;

	public MailPreferences(Neo4jClient client) {
		this.client = client;
	}

	/** The preference of {@code user}; {@link MailPreference#NONE} when it never chose. */
	@Transactional(readOnly = true)
	public MailPreference find(String user) {
		return this.client.query(FIND).bind(user).to("user").fetchAs(MailPreference.class)
			.mappedBy((types, record) -> preference(record)).one().orElse(MailPreference.NONE);
	}

	/**
	 * Sets the preference of {@code user}, who receives the notifications of {@code audience} by mail (the audience it
	 * acts for now; setting the preference again follows a change). {@code email} is checked by the caller.
	 */
	@Transactional
	public MailPreference save(String user, Audience audience, MailPreference preference) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("audience", audience.key());
		parameters.put("email", preference.email());
		parameters.put("mode", preference.emailMode().name());
		return this.client.query(SAVE).bindAll(parameters).fetchAs(MailPreference.class)
			.mappedBy((types, record) -> preference(record)).one().orElseThrow();
	}

	private static MailPreference preference(Record record) {
		return new MailPreference(Records.string(record.get("email")), EmailMode.valueOf(record.get("mode").asString()));
	}

}
