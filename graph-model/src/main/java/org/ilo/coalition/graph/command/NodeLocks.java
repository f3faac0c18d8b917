package org.ilo.coalition.graph.command;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Takes a node's write lock before reading it, so that two transactions that change the same node run one after the
 * other and the second sees what the first committed: the basis of optimistic locking on {@code version}.
 */
@Component
public class NodeLocks {

	/** The labels whose nodes changes lock; the label is never taken from input. */
	public enum Lockable {

		PARTNER("Partner"), OFFER("Offer"), SUPPORT_REQUEST("SupportRequest"), WORK_STREAM("WorkStream"),
		NATIONAL_STRATEGY("NationalStrategy"), MATCH_RUN("MatchRun"), MATCH_SUGGESTION("MatchSuggestion");

		private final String cypher;

		Lockable(String label) {
			// Setting a property takes the node's write lock (removing a missing one does not); removing it again in
			// the same statement leaves the node unchanged. Reads after the lock see what others committed.
			this.cypher = "MATCH (n:" + label + " {id: $id}) SET n.__lock = true REMOVE n.__lock WITH n RETURN n {.*} AS node";
		}

	}

	private final Neo4jClient client;

	public NodeLocks(Neo4jClient client) {
		this.client = client;
	}

	/** Locks the node and returns its properties as committed now, or empty when there is no such node. */
	public Optional<Map<String, Object>> lock(Lockable lockable, String id) {
		return this.client.query(lockable.cypher).bind(id).to("id").fetch().one()
			.map((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> node = (Map<String, Object>) row.get("node");
				return node;
			});
	}

	/**
	 * Locks the node and checks that its version is {@code expectedVersion}.
	 * @throws NotFoundException when there is no such node
	 * @throws ConflictException when someone changed it since the client read it
	 */
	public Map<String, Object> lockVersion(Lockable lockable, String id, long expectedVersion, String field,
			String what) {
		Map<String, Object> node = lock(lockable, id).orElseThrow(() -> new NotFoundException(field, what, id));
		long current = node.get("version") instanceof Number n ? n.longValue() : 0L;
		if (current != expectedVersion) {
			throw new ConflictException("version", "The " + what + " '" + id + "' was changed by someone else (version "
					+ current + ", you sent " + expectedVersion + "); read it again and retry");
		}
		return node;
	}

}
