package org.ilo.coalition.graph.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of creations: {@code (:IdempotencyKey {scope, key, createdAt, inputHash, targetId})}, unique on
 * (scope, key), where the scope is the mutation and the caller. A key is written in the transaction of the creation it
 * guards, so it exists exactly when the object does. Keys older than {@code coalition.idempotency.window} (24 h) are
 * ignored: reusing one starts afresh, and start-up removes them ({@link #removeExpired()}).
 */
@Component
public class IdempotencyKeys {

	private final Neo4jClient client;

	private final Duration window;

	public IdempotencyKeys(Neo4jClient client, @Value("${coalition.idempotency.window:24h}") Duration window) {
		this.client = client;
		this.window = window;
	}

	/**
	 * Claims {@code key} for a creation of {@code newId} in the current transaction. Concurrent claims of one key wait
	 * for the first to commit (MERGE on the unique constraint, then the node's write lock) and then see its result.
	 * @param operation the mutation, part of the key's scope
	 * @param normalizedInput the validated input (a record); the same key with a different input is a conflict
	 * @return the id the first call with this key created, or empty when this call goes on to create {@code newId}
	 * @throws ConflictException when the key was used within the window for a different input
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> claim(IdempotencyKey key, String operation, Object normalizedInput, String newId) {
		Map<String, Object> parameters = Map.of("scope", operation + "/" + key.caller(), "key", key.value(), "hash",
				hash(normalizedInput), "id", newId, "window", this.window.toMillis());
		// Lock first, then read, as NodeLocks does: a reader that waited must see what the first writer committed.
		this.client.query("""
				MERGE (k:IdempotencyKey {scope: $scope, key: $key})
				  ON CREATE SET k.createdAt = datetime(), k.inputHash = $hash, k.targetId = $id
				SET k.__lock = true REMOVE k.__lock
				""").bindAll(parameters).run();
		Map<String, Object> found = this.client.query("""
				MATCH (k:IdempotencyKey {scope: $scope, key: $key})
				RETURN k.targetId AS targetId, k.inputHash AS inputHash,
				       k.createdAt < datetime() - duration({milliseconds: $window}) AS expired
				""").bindAll(parameters).fetch().one().orElseThrow();
		if (newId.equals(found.get("targetId"))) {
			return Optional.empty();
		}
		if (Boolean.TRUE.equals(found.get("expired"))) {
			// Past the window the key means nothing any more: it now guards this creation.
			this.client.query("""
					MATCH (k:IdempotencyKey {scope: $scope, key: $key})
					SET k.createdAt = datetime(), k.inputHash = $hash, k.targetId = $id
					""").bindAll(parameters).run();
			return Optional.empty();
		}
		if (!parameters.get("hash").equals(found.get("inputHash"))) {
			throw new ConflictException("input.idempotencyKey", "The idempotency key '" + key.value()
					+ "' was already used for a different " + operation + " input; choose a new key for a new request");
		}
		return Optional.of((String) found.get("targetId"));
	}

	/** Removes the keys older than the window, in batches; returns how many. Runs at start-up. */
	public long removeExpired() {
		long removed = 0;
		long batch;
		do {
			batch = this.client.query("""
					MATCH (k:IdempotencyKey) WHERE k.createdAt < datetime() - duration({milliseconds: $window})
					WITH k LIMIT 10000
					DELETE k
					RETURN count(*)
					""").bind(this.window.toMillis()).to("window").fetchAs(Long.class).one().orElse(0L);
			removed += batch;
		}
		while (batch > 0);
		return removed;
	}

	// The validated input records print every component (strings, numbers, dates, enums, ordered lists), so equal
	// inputs print alike; hashed so that the key node stays small and holds no input text.
	static String hash(Object normalizedInput) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(normalizedInput).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
