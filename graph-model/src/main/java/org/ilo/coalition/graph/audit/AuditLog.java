package org.ilo.coalition.graph.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.cypher.KeysetPage;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes audit events inside the caller's transaction (so a change and its record commit or roll back together)
 * and reads them back, newest first.
 */
@Component
public class AuditLog {

	/** The ordering name that audit cursors carry. */
	public static final String ORDERING = "audit";

	private static final String RECORD = """
			CREATE (:AuditEvent {id: $id, at: datetime(), actor: $actor, actorRole: $role, action: $action,
			                     targetType: $targetType, targetId: $targetId, beforeStatus: $before,
			                     afterStatus: $after, summary: $summary})
			""";

	// The total and one newest-first page under the optional filters $$filter (Where); the page adds the keyset.
	private static final String PAGE = """
			CALL () {
			  MATCH (e:AuditEvent) WHERE $$filter
			  RETURN count(e) AS total
			}
			CALL () {
			  MATCH (e:AuditEvent) WHERE $$filter AND $$after
			  WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
			  RETURN collect(e {.*}) AS page
			}
			RETURN total, page
			""";

	private static final String AFTER = "(e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))";

	private final Neo4jClient client;

	public AuditLog(Neo4jClient client) {
		this.client = client;
	}

	/** Records a change; call it inside the transaction that makes the change. */
	public void record(Actor actor, AuditAction action, String targetType, String targetId, String beforeStatus,
			String afterStatus, String summary) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("actor", actor.username());
		parameters.put("role", actor.role());
		parameters.put("action", action.name());
		parameters.put("targetType", targetType);
		parameters.put("targetId", targetId);
		parameters.put("before", beforeStatus);
		parameters.put("after", afterStatus);
		parameters.put("summary", summary);
		this.client.query(RECORD).bindAll(parameters).run();
	}

	/** Events matching the criteria ({@code null} ones do not filter), newest first. */
	public ResultPage<AuditEventView> findPage(String targetId, AuditAction action, String actor, int first,
			Cursor after) {
		Where where = new Where().and("targetId", targetId, "e.targetId = $targetId")
			.and("action", action == null ? null : action.name(), "e.action = $action")
			.and("actor", actor, "e.actor = $actor");
		return KeysetPage.read(this.client, PAGE, where, AFTER,
				after == null ? Map.of() : Map.of("afterAt", after.sortKey(), "afterId", after.id()), first,
				AuditLog::toView);
	}

	/** The cursor that points at {@code event} in the newest-first ordering. */
	public static Cursor cursorOf(AuditEventView event) {
		return new Cursor(ORDERING, event.at().toString(), event.id());
	}

	private static AuditEventView toView(Value e) {
		return new AuditEventView(e.get("id").asString(), Records.dateTime(e.get("at")), e.get("actor").asString(),
				e.get("actorRole").asString(), AuditAction.valueOf(e.get("action").asString()),
				e.get("targetType").asString(), e.get("targetId").asString(), Records.string(e.get("beforeStatus")),
				Records.string(e.get("afterStatus")), Records.string(e.get("summary")));
	}

}
