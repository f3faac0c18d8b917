package org.ilo.coalition.graph.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.command.InvalidInputException;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Support requests that member States file against their strategies' objectives, and their withdrawal. */
@Service
public class SupportRequestService {

	private static final Set<String> WITHDRAWABLE = Set.of(RequestStatus.OPEN.name(),
			RequestStatus.PARTIALLY_MATCHED.name(), RequestStatus.MATCHED.name());

	private static final String TYPE = "SupportRequest";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final IdempotencyKeys keys;

	private final Notifications notifications;

	public SupportRequestService(Neo4jClient client, NodeLocks locks, AuditLog audit, IdempotencyKeys keys,
			Notifications notifications) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.keys = keys;
		this.notifications = notifications;
	}

	/**
	 * Files an open request for the objective's country; its thematic areas are those of the indicators the objective
	 * addresses. Returns the new request's id.
	 * @throws NotFoundException when the objective does not exist
	 * @throws InvalidInputException when the objective does not need this kind of support
	 */
	@Transactional
	public String submit(Actor actor, SupportRequestDraft draft) {
		return create(actor, draft, UUID.randomUUID().toString());
	}

	/**
	 * {@link #submit(Actor, SupportRequestDraft)} under the caller's idempotency key: a repetition within the window
	 * returns the first request's id and writes nothing, which also makes it safe to retry.
	 * @throws ConflictException when the key was used for a different request
	 */
	@Transactional
	@RetryOnTransientError
	public String submit(Actor actor, SupportRequestDraft draft, IdempotencyKey key) {
		String id = UUID.randomUUID().toString();
		return this.keys.claim(key, "submitSupportRequest", draft, id).orElseGet(() -> create(actor, draft, id));
	}

	private String create(Actor actor, SupportRequestDraft draft, String id) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("objective", draft.objectiveId());
		parameters.put("id", id);
		parameters.put("title", draft.title());
		parameters.put("description", draft.description());
		parameters.put("kind", draft.kind().name());
		parameters.put("amount", draft.amount());
		parameters.put("unit", draft.unit());
		parameters.put("language", draft.language());
		parameters.put("deadline", draft.deadline());
		boolean created = this.client.query("""
				MATCH (c:Country)<-[:FOR_COUNTRY]-(:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective {id: $objective})
				WHERE $kind IN o.supportKinds
				CREATE (r:SupportRequest {id: $id, version: 0, title: $title, description: $description, kind: $kind,
				        amount: $amount, unit: $unit, language: $language, deadline: $deadline, status: 'OPEN',
				        createdAt: datetime()})
				CREATE (r)-[:FOR_COUNTRY]->(c), (r)-[:FOR_OBJECTIVE]->(o)
				WITH r, o
				CALL (r, o) {
				  MATCH (o)-[:ADDRESSES]->(:Indicator)-[:MEASURES]->(a:ThematicArea)
				  WITH DISTINCT r, a
				  CREATE (r)-[:IN_AREA]->(a)
				}
				RETURN r.id AS id
				""").bindAll(parameters).fetch().one().isPresent();
		if (!created) {
			throw refusal(draft);
		}
		this.audit.record(actor, AuditAction.REQUEST_SUBMITTED, TYPE, id, null, RequestStatus.OPEN.name(),
				draft.kind() + " request '" + draft.title() + "'");
		return id;
	}

	// Why nothing was created, read only then so that the accepted request stays one statement.
	private RuntimeException refusal(SupportRequestDraft draft) {
		Optional<Object> kinds = this.client.query("""
				MATCH (:Country)<-[:FOR_COUNTRY]-(:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective {id: $objective})
				RETURN coalesce(o.supportKinds, []) AS kinds
				""").bind(draft.objectiveId()).to("objective").fetchAs(Object.class).one();
		if (kinds.isEmpty()) {
			return new NotFoundException("input.objectiveId", "strategy objective", draft.objectiveId());
		}
		return new InvalidInputException("input.kind", "must be a kind of support the objective needs, one of "
				+ kinds.get() + ", was " + draft.kind());
	}

	/**
	 * Withdraws a request on which no delivery has started. Its matches that are awaiting consent or confirmed end
	 * (WITHDRAWN) and give their offers back.
	 * @throws ConflictException when delivery has started, the request was withdrawn, or it changed since
	 * {@code expectedVersion}
	 */
	@Transactional
	@RetryOnTransientError
	public void withdraw(Actor actor, String requestId, long expectedVersion) {
		Locked request = this.locks.lockVersion(Lockable.SUPPORT_REQUEST, requestId, expectedVersion, "id",
				"support request");
		String before = (String) request.status();
		if (!WITHDRAWABLE.contains(before)) {
			throw new ConflictException("id", "Support request '" + requestId + "' is " + before
					+ ": only requests on which no delivery has started (OPEN, PARTIALLY_MATCHED, MATCHED) are withdrawn");
		}
		this.client.query("""
				MATCH (r:SupportRequest {id: $id})
				SET r.status = 'WITHDRAWN', r.withdrawnAt = datetime(), r.version = r.version + 1
				REMOVE r.rematchDue
				""").bind(requestId).to("id").run();
		List<Map<String, Object>> ended = List.copyOf(this.client.query("""
				MATCH (r:SupportRequest {id: $id})<-[:FOR_REQUEST]-(m:ActiveMatch)-[:FROM_PARTNER]->(p:Partner)
				WHERE m.matchStatus IN ['AWAITING_CONSENT', 'CONFIRMED']
				WITH m, p, r, m.matchStatus AS before
				REMOVE m:ActiveMatch
				SET m.matchStatus = 'WITHDRAWN', m.heldAmount = 0.0, m.endedAt = datetime(), m.endedBy = $actor,
				    m.endReason = 'the member State withdrew the request', m.version = coalesce(m.version, 0) + 1
				RETURN m.id AS id, p.id AS partner, p.name AS partnerName, before, r.title AS title,
				       COLLECT { MATCH (r)-[:FOR_COUNTRY]->(c:Country) RETURN c.iso3 }[0] AS country
				ORDER BY m.id
				""").bindAll(Map.of("id", requestId, "actor", actor.username())).fetch().all());
		this.audit.record(actor, AuditAction.REQUEST_WITHDRAWN, TYPE, requestId, before, RequestStatus.WITHDRAWN.name(),
				"request withdrawn" + (ended.isEmpty() ? "" : ", ending " + ended.size() + " match(es)"));
		for (Map<String, Object> match : ended) {
			this.audit.record(actor, AuditAction.MATCH_WITHDRAWN, "MatchSuggestion", (String) match.get("id"),
					(String) match.get("before"), "WITHDRAWN", "request " + requestId + " withdrawn: the match of partner "
							+ match.get("partner") + " ended");
			this.notifications.publish(new NotificationDraft(NotificationType.MATCH_WITHDRAWN, "MatchSuggestion",
					(String) match.get("id"), "The member State withdrew its request '" + match.get("title") + "'; the match of "
							+ match.get("partnerName") + " ended and its offer is free again.", requestId,
					(String) match.get("partner"), (String) match.get("country"),
					List.of(Audience.partner((String) match.get("partner")), Audience.COORDINATION_GROUP)));
		}
	}

}
