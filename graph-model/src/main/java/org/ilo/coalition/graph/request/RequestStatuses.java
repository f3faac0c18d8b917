package org.ilo.coalition.graph.request;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a request's stored status in step with its matches; every change to a match calls it in the same transaction.
 * The status is stored (not computed on read) so that filtering by status is an index lookup.
 */
@Component
public class RequestStatuses {

	// The rule, first that holds (docs/matching.md, "The request's status"): DELIVERED when its finished matches
	// (delivered, or cancelled: those hold what was delivered) cover the request; IN_DELIVERY when something was
	// delivered or a match is in delivery; MATCHED when confirmed matches cover it; PARTIALLY_MATCHED when any match
	// holds part of it; OPEN otherwise. WITHDRAWN never changes.
	private static final String REFRESH = """
			UNWIND $ids AS id
			MATCH (r:SupportRequest {id: id})
			WHERE r.status <> 'WITHDRAWN'
			WITH r, COLLECT { MATCH (r)<-[:FOR_REQUEST]-(m:ActiveMatch) RETURN m } AS matches
			WITH r, matches,
			     reduce(s = 0.0, m IN [x IN matches WHERE x.matchStatus IN ['DELIVERED', 'CANCELLED']] | s + m.heldAmount) AS finished,
			     reduce(s = 0.0, m IN matches | s + coalesce(m.deliveredAmount, 0.0)) AS delivered,
			     reduce(s = 0.0, m IN [x IN matches WHERE x.matchStatus <> 'AWAITING_CONSENT'] | s + m.heldAmount) AS confirmed
			WITH r, CASE
			       WHEN size(matches) > 0 AND finished >= r.amount - 1e-9 THEN 'DELIVERED'
			       WHEN delivered > 0 OR any(m IN matches WHERE m.matchStatus = 'IN_DELIVERY') THEN 'IN_DELIVERY'
			       WHEN size(matches) > 0 AND confirmed >= r.amount - 1e-9 THEN 'MATCHED'
			       WHEN size(matches) > 0 THEN 'PARTIALLY_MATCHED'
			       ELSE 'OPEN' END AS status
			WHERE status <> r.status
			SET r.status = status, r.version = coalesce(r.version, 0) + 1
			RETURN r.id AS id
			""";

	private final Neo4jClient client;

	public RequestStatuses(Neo4jClient client) {
		this.client = client;
	}

	/** Recomputes the status of these requests; returns the ids of those whose status changed. */
	public List<String> refresh(Collection<String> requestIds) {
		return List.copyOf(this.client.query(REFRESH).bind(List.copyOf(requestIds)).to("ids").fetchAs(String.class)
			.all());
	}

}
