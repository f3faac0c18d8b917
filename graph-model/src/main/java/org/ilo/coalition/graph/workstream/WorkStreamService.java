package org.ilo.coalition.graph.workstream;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.IdempotencyKey;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.command.NodeLocks;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.command.NodeLocks.Lockable;
import org.ilo.coalition.graph.command.NodeLocks.Locked;
import org.ilo.coalition.graph.command.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work streams (paper §28): admitted partners create them (and lead them), join them as lead or supporter, and
 * leave them; a work stream has at most one lead, which holds under concurrency because joining locks it.
 */
@Service
public class WorkStreamService {

	private static final String TYPE = "WorkStream";

	// The partner package depends on this one (a partner owns its offers and work streams), so the status is named here.
	private static final String ADMITTED = "ADMITTED";

	private final Neo4jClient client;

	private final NodeLocks locks;

	private final AuditLog audit;

	private final IdempotencyKeys keys;

	public WorkStreamService(Neo4jClient client, NodeLocks locks, AuditLog audit, IdempotencyKeys keys) {
		this.client = client;
		this.locks = locks;
		this.audit = audit;
		this.keys = keys;
	}

	/** Creates a work stream led by {@code partnerId}; returns its id. */
	@Transactional
	public String create(Actor actor, String partnerId, String name, String description, String programmeCode) {
		return create(actor, new WorkStreamDraft(partnerId, name, description, programmeCode),
				UUID.randomUUID().toString());
	}

	/**
	 * {@link #create(Actor, String, String, String, String)} under the caller's idempotency key: a repetition within
	 * the window returns the first work stream's id and writes nothing, which also makes it safe to retry.
	 * @throws ConflictException when the key was used for a different work stream, or the partner is not admitted
	 */
	@Transactional
	@RetryOnTransientError
	public String create(Actor actor, String partnerId, String name, String description, String programmeCode,
			IdempotencyKey key) {
		WorkStreamDraft draft = new WorkStreamDraft(partnerId, name, description, programmeCode);
		String id = UUID.randomUUID().toString();
		return this.keys.claim(key, "createWorkStream", draft, id).orElseGet(() -> create(actor, draft, id));
	}

	// A validated new work stream; also what its idempotency key compares.
	private record WorkStreamDraft(String partnerId, String name, String description, String programmeCode) {
	}

	private String create(Actor actor, WorkStreamDraft draft, String id) {
		String partnerId = draft.partnerId();
		String name = draft.name();
		requireAdmitted(partnerId, "input.partnerId");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("partner", partnerId);
		parameters.put("name", name);
		parameters.put("description", draft.description());
		parameters.put("programme", draft.programmeCode());
		this.client.query("""
				MATCH (p:Partner {id: $partner})
				CREATE (w:WorkStream {id: $id, version: 0, name: $name, description: $description, createdAt: datetime()})
				CREATE (p)-[:LEADS]->(w)
				WITH w
				CALL (w) {
				  MATCH (g:PriorityProgramme {code: $programme})
				  CREATE (w)-[:ON_PROGRAMME]->(g)
				}
				""").bindAll(parameters).run();
		this.audit.record(actor, AuditAction.WORK_STREAM_CREATED, TYPE, id, null, "LEAD:" + partnerId,
				"work stream '" + name + "' created");
		return id;
	}

	/**
	 * Adds the partner to the work stream as lead or supporter.
	 * @throws ConflictException when it already takes part, or when it asks to lead a work stream that has a lead
	 */
	@Transactional
	@RetryOnTransientError
	public void join(Actor actor, String workStreamId, String partnerId, boolean lead) {
		this.locks.lockExisting(Lockable.WORK_STREAM, workStreamId, "workStreamId", "work stream");
		requireAdmitted(partnerId, "partnerId");
		Map<String, Object> state = this.client.query("""
				MATCH (w:WorkStream {id: $id})
				RETURN EXISTS { (w)<-[:LEADS]-(:Partner) } AS hasLead,
				       EXISTS { (w)<-[:LEADS|SUPPORTS]-(:Partner {id: $partner}) } AS member
				""").bind(workStreamId).to("id").bind(partnerId).to("partner").fetch().one().orElseThrow();
		if (Boolean.TRUE.equals(state.get("member"))) {
			throw new ConflictException("workStreamId", "Partner '" + partnerId + "' already takes part in work stream '" + workStreamId + "'");
		}
		if (lead && Boolean.TRUE.equals(state.get("hasLead"))) {
			throw new ConflictException("role", "Work stream '" + workStreamId + "' already has a lead; join as SUPPORTER");
		}
		this.client.query(lead ? """
				MATCH (w:WorkStream {id: $id}), (p:Partner {id: $partner})
				CREATE (p)-[:LEADS]->(w) SET w.version = coalesce(w.version, 0) + 1
				""" : """
				MATCH (w:WorkStream {id: $id}), (p:Partner {id: $partner})
				CREATE (p)-[:SUPPORTS]->(w) SET w.version = coalesce(w.version, 0) + 1
				""").bind(workStreamId).to("id").bind(partnerId).to("partner").run();
		this.audit.record(actor, AuditAction.WORK_STREAM_JOINED, TYPE, workStreamId, null,
				(lead ? "LEAD:" : "SUPPORTER:") + partnerId, "partner " + partnerId + " joined");
	}

	/**
	 * Removes the partner from the work stream.
	 * @throws ConflictException when it does not take part
	 */
	@Transactional
	@RetryOnTransientError
	public void leave(Actor actor, String workStreamId, String partnerId) {
		this.locks.lockExisting(Lockable.WORK_STREAM, workStreamId, "workStreamId", "work stream");
		String role = this.client.query("""
				MATCH (w:WorkStream {id: $id})<-[r:LEADS|SUPPORTS]-(:Partner {id: $partner})
				WITH w, r, type(r) AS role
				DELETE r
				SET w.version = coalesce(w.version, 0) + 1
				RETURN role
				""").bind(workStreamId).to("id").bind(partnerId).to("partner").fetchAs(String.class).one()
			.orElseThrow(() -> new ConflictException("workStreamId",
					"Partner '" + partnerId + "' does not take part in work stream '" + workStreamId + "'"));
		this.audit.record(actor, AuditAction.WORK_STREAM_LEFT, TYPE, workStreamId, role + ":" + partnerId, null,
				"partner " + partnerId + " left");
	}

	private void requireAdmitted(String partnerId, String field) {
		Locked partner = this.locks.lock(Lockable.PARTNER, partnerId)
			.orElseThrow(() -> new NotFoundException(field, "partner", partnerId));
		if (!ADMITTED.equals(partner.status())) {
			throw new ConflictException(field, "Partner '" + partnerId + "' is " + partner.status()
					+ ": only admitted partners take part in work streams");
		}
	}

}
