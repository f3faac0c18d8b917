package org.ilo.coalition.graph.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ilo.coalition.graph.paging.Records;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ilo.coalition.graph.mail.MailDispatch.at;

/**
 * The states of an e-mail delivery record: due, claimed by one sender, then delivered, or failed and due again later,
 * up to a last attempt. A claim is taken under the record's lock and expires, so a sender that dies holding one (a
 * {@code kill -9}) delays the mail but does not lose it; the mail may then be sent twice, and receivers drop the
 * duplicate by the notification ids it carries (docs/notifications.md, "E-mail").
 */
@Component
public class MailDeliveries {

	private static final String DUE = """
			MATCH (d:MailDelivery)
			WHERE d.status = 'PENDING' AND d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
			RETURN d.id ORDER BY d.nextAttemptAt, d.id LIMIT $limit
			""";

	// Reads after the lock see what another sender committed: of two senders claiming one record, one gets it.
	private static final String CLAIM = """
			MATCH (d:MailDelivery {id: $id})
			SET d.__lock = true REMOVE d.__lock
			WITH d
			WHERE d.status = 'PENDING' AND d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
			SET d.claimedUntil = $until, d.claim = $claim
			RETURN d {.id, .to, .subject, .body, .notificationIds, .attempts} AS row
			""";

	private static final String DELIVERED = """
			MATCH (d:MailDelivery {id: $id})
			SET d.status = 'DELIVERED', d.sentAt = $now, d.attempts = d.attempts + 1
			REMOVE d.claimedUntil, d.claim
			""";

	// Only the holder of the claim records its failure: a sender whose claim expired meanwhile leaves the record to
	// the one that holds it now.
	private static final String FAILED = """
			MATCH (d:MailDelivery {id: $id})
			SET d.__lock = true REMOVE d.__lock
			WITH d
			WHERE d.claim = $claim AND d.status = 'PENDING'
			WITH d, d.attempts + 1 AS attempts
			SET d.attempts = attempts, d.lastError = $error, d.lastAttemptAt = $now,
			    d.status = CASE WHEN attempts >= $maxAttempts THEN 'FAILED' ELSE 'PENDING' END,
			    d.nextAttemptAt = CASE WHEN attempts >= $maxAttempts THEN d.nextAttemptAt ELSE $next END
			REMOVE d.claimedUntil, d.claim
			RETURN d.status
			""";

	private final Neo4jClient client;

	public MailDeliveries(Neo4jClient client) {
		this.client = client;
	}

	/** When failed deliveries are tried again: after {@code base}, doubling each time, at most {@code maxAttempts}. */
	public record RetryPolicy(Duration base, int maxAttempts) {

		public RetryPolicy {
			if (base.isNegative() || base.isZero() || maxAttempts < 1) {
				throw new IllegalArgumentException("A retry policy needs a positive base and at least one attempt");
			}
		}

		/** How long to wait after the failure of attempt number {@code attempt} (1 for the first). */
		public Duration delayAfter(int attempt) {
			return this.base.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		}

	}

	/** The ids of the deliveries due at {@code now} and not claimed, oldest due first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<String> due(Instant now, int limit) {
		return List.copyOf(this.client.query(DUE).bindAll(Map.of("now", at(now), "limit", limit)).fetchAs(String.class)
			.all());
	}

	/**
	 * Claims a delivery due at {@code now} until {@code until}; empty when it is no longer due, was sent, or another
	 * sender holds it.
	 */
	@Transactional
	public Optional<ClaimedMail> claim(String id, Instant now, Instant until) {
		String claim = UUID.randomUUID().toString();
		return this.client.query(CLAIM)
			.bindAll(Map.of("id", id, "now", at(now), "until", at(until), "claim", claim))
			.fetchAs(ClaimedMail.class)
			.mappedBy((types, record) -> {
				var row = record.get("row");
				return new ClaimedMail(row.get("id").asString(), row.get("to").asString(), row.get("subject").asString(),
						row.get("body").asString(), Records.strings(row.get("notificationIds")), row.get("attempts").asInt(),
						claim);
			})
			.one();
	}

	/** Records that the SMTP server accepted the mail at {@code now}. */
	@Transactional
	public void delivered(ClaimedMail mail, Instant now) {
		this.client.query(DELIVERED).bindAll(Map.of("id", mail.id(), "now", at(now))).run();
	}

	/**
	 * Records a failed attempt at {@code now}: due again after the policy's delay, or {@code FAILED} after its last
	 * attempt. Returns the status it is left in, empty when the claim had expired and someone else holds it.
	 */
	@Transactional
	public Optional<String> failed(ClaimedMail mail, Instant now, String error, RetryPolicy policy) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", mail.id());
		parameters.put("claim", mail.claim());
		parameters.put("now", at(now));
		parameters.put("error", error);
		parameters.put("maxAttempts", policy.maxAttempts());
		parameters.put("next", at(now.plus(policy.delayAfter(mail.attempts() + 1))));
		return this.client.query(FAILED).bindAll(parameters).fetchAs(String.class).one();
	}

}
