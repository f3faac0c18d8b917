package org.ilo.coalition.graph.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes notifications inside the transaction of the change that causes them (the outbox: nothing is sent before the
 * change commits, nothing committed is lost; docs/notifications.md). Each takes the next number of one sequence node:
 * its write lock is held until the transaction ends, so numbers are handed out in commit order and a reader that has
 * seen number n has seen everything before it.
 */
@Component
public class Notifications {

	private static final String PUBLISH = """
			MERGE (s:__NotificationSequence {id: 'notifications'})
			SET s.value = coalesce(s.value, 0) + 1
			WITH s.value AS seq
			CREATE (n:Notification {id: $id, seq: seq, type: $type, at: datetime(), summary: $summary,
			                        subjectType: $subjectType, subjectId: $subjectId, requestId: $requestId,
			                        partnerId: $partnerId, country: $country, audiences: $audiences})
			WITH n
			UNWIND $audiences AS key
			MERGE (a:Audience {key: key})
			CREATE (n)-[:FOR]->(a)
			""";

	private final Neo4jClient client;

	public Notifications(Neo4jClient client) {
		this.client = client;
	}

	/** Records a notification; call it inside the transaction that makes the change. Returns its id. */
	public String publish(NotificationDraft draft) {
		if (draft.audiences().isEmpty()) {
			throw new IllegalArgumentException("A notification needs an audience: " + draft);
		}
		String id = UUID.randomUUID().toString();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("type", draft.type().name());
		parameters.put("summary", draft.summary());
		parameters.put("subjectType", draft.subjectType());
		parameters.put("subjectId", draft.subjectId());
		parameters.put("requestId", draft.requestId());
		parameters.put("partnerId", draft.partnerId());
		parameters.put("country", draft.countryIso3());
		parameters.put("audiences", draft.audiences().stream().map(Audience::key).toList());
		this.client.query(PUBLISH).bindAll(parameters).run();
		return id;
	}

	/** Records several notifications of one change. */
	public void publishAll(List<NotificationDraft> drafts) {
		drafts.forEach(this::publish);
	}

}
