package org.ilo.coalition.graph.command;

import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Optimistic locking of the write path: takes a node's write lock before reading its version and status, so that two
 * transactions that change the same node run one after the other and the second sees what the first committed.
 * (Spring Data Neo4j's {@code @Version} compares without the lock first; docs/architecture.md, "Writes and locking".)
 */
@Component
public class NodeLocks {

	/** The labels whose nodes changes lock, with the property that holds their state; never taken from input. */
	public enum Lockable {

		PARTNER("Partner", "membershipStatus"), OFFER("Offer", "status"), SUPPORT_REQUEST("SupportRequest", "status"),
		WORK_STREAM("WorkStream", "status"), NATIONAL_STRATEGY("NationalStrategy", "status"),
		MATCH_RUN("MatchRun", "status"), MATCH_SUGGESTION("MatchSuggestion", "status"),
		/** A suggestion the coordination group accepted, with where it stands after the review. */
		MATCH("MatchSuggestion", "matchStatus"),
		/** A delivery towards a match; its state is who confirmed its receipt, {@code null} until then. */
		DELIVERY("Delivery", "receivedBy"),
		/** A result recorded against a match; results have no state. */
		MATCH_RESULT("MatchResult", null);

		private final String cypher;

		Lockable(String label, String state) {
			// Setting a property takes the node's write lock (removing a missing one does not); removing it again in
			// the same statement leaves the node unchanged. Reads after the lock see what others committed.
			this.cypher = "MATCH (n:" + label + " {id: $id}) SET n.__lock = true REMOVE n.__lock "
					+ "RETURN coalesce(n.version, 0) AS version, " + (state == null ? "null" : "n." + state) + " AS status";
		}

	}

	/** A node as committed when its lock was taken. */
	public record Locked(String id, long version, String status) {
	}

	private final Neo4jClient client;

	public NodeLocks(Neo4jClient client) {
		this.client = client;
	}

	/** Locks the node and returns its version and state as committed now, or empty when there is no such node. */
	public Optional<Locked> lock(Lockable lockable, String id) {
		return this.client.query(lockable.cypher).bind(id).to("id").fetchAs(Locked.class)
			.mappedBy((types, row) -> new Locked(id, row.get("version").asLong(),
					row.get("status").isNull() ? null : row.get("status").asString()))
			.one();
	}

	/**
	 * Locks the node.
	 * @throws NotFoundException when there is no such node ({@code field} names the argument that gave the id)
	 */
	public Locked lockExisting(Lockable lockable, String id, String field, String what) {
		return lock(lockable, id).orElseThrow(() -> new NotFoundException(field, what, id));
	}

	/**
	 * Locks the node and checks that its version is {@code expectedVersion}.
	 * @throws NotFoundException when there is no such node
	 * @throws ConflictException when someone changed it since the client read it
	 */
	public Locked lockVersion(Lockable lockable, String id, long expectedVersion, String field, String what) {
		Locked node = lockExisting(lockable, id, field, what);
		if (node.version() != expectedVersion) {
			throw new ConflictException("version", "The " + what + " '" + id + "' was changed by someone else (version "
					+ node.version() + ", you sent " + expectedVersion + "); read it again and retry");
		}
		return node;
	}

}
