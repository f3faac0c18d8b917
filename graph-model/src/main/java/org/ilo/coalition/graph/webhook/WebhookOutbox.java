package org.ilo.coalition.graph.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.NotificationView;
import org.ilo.coalition.graph.notification.OutboxCursor;
import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook channel's side of the outbox (docs/notifications.md, "Webhooks"): turns committed notifications into
 * delivery records exactly once ({@link OutboxCursor}), hands out due deliveries under a claim that expires (so a
 * sender killed mid-way loses nothing: another turn, here or on another instance, sends them again), and records each
 * attempt's outcome with the retry policy, disabling a webhook whose deliveries keep failing. Delivery times come from
 * the application clock, because they are compared with it.
 */
@Component
public class WebhookOutbox {

	/** The channel's name on its outbox cursor. */
	public static final String CHANNEL = "webhook";

	/** Who disables a failing webhook, as the audit trail shows it. */
	static final Actor SENDER = new Actor("system (webhooks)", "SYSTEM");

	// One delivery per notification and active webhook of each of its audiences; the cursor's transaction makes it once.
	private static final String CREATE_DELIVERIES = """
			UNWIND $notifications AS n
			UNWIND n.audiences AS key
			MATCH (w:Webhook {audience: key, active: true})
			CREATE (:WebhookDelivery {id: randomUUID(), notificationId: n.id, notificationType: n.type, seq: n.seq,
			                          status: 'PENDING', attempts: 0, createdAt: $now, nextAttemptAt: $now})-[:TO]->(w)
			""";

	// Locks each candidate before checking it again, so two senders never hold a live claim on the same delivery.
	private static final String CLAIM = """
			MATCH (d:WebhookDelivery {status: 'PENDING'})
			WHERE d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
			WITH d ORDER BY d.nextAttemptAt, d.id LIMIT $limit
			SET d.__lock = true REMOVE d.__lock
			WITH d
			WHERE d.status = 'PENDING' AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
			MATCH (d)-[:TO]->(w:Webhook {active: true})
			MATCH (n:Notification {id: d.notificationId})
			SET d.claimedUntil = $until, d.claimId = $claim
			RETURN d.id AS id, d.attempts AS attempts, w.id AS webhookId, w.url AS url, w.secret AS secret,
			       n {.id, .seq, .type, .at, .summary, .subjectType, .subjectId, .requestId, .partnerId, .country,
			          .audiences} AS n
			""";

	// The claim's candidates, read only: polling when nothing is due must not write (see hasDue).
	private static final String DUE = """
			RETURN EXISTS {
			  MATCH (d:WebhookDelivery {status: 'PENDING'})-[:TO]->(:Webhook {active: true})
			  WHERE d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil <= $now)
			    AND EXISTS { MATCH (:Notification {id: d.notificationId}) }
			}
			""";

	// An outcome counts only while the claim is still the sender's: a claim that expired may have been taken over.
	private static final String DELIVERED = """
			MATCH (d:WebhookDelivery {id: $id}) SET d.__lock = true REMOVE d.__lock
			WITH d WHERE d.claimId = $claim
			MATCH (d)-[:TO]->(w:Webhook) SET w.__lock = true REMOVE w.__lock
			SET d.status = 'DELIVERED', d.attempts = d.attempts + 1, d.lastStatus = $status, d.lastError = null,
			    d.lastAttemptAt = $now, d.deliveredAt = $now, d.nextAttemptAt = null, d.claimedUntil = null,
			    d.claimId = null, w.failedInARow = 0, w.lastDeliveredAt = $now
			RETURN d.id
			""";

	private static final String LOCK_CLAIMED = """
			MATCH (d:WebhookDelivery {id: $id}) SET d.__lock = true REMOVE d.__lock
			WITH d WHERE d.claimId = $claim
			MATCH (d)-[:TO]->(w:Webhook)
			RETURN d.attempts AS attempts, d.status AS status, w.active AS active
			""";

	private static final String FAILED_ATTEMPT = """
			MATCH (d:WebhookDelivery {id: $id})
			SET d.status = $deliveryStatus, d.attempts = $attempts, d.lastStatus = $status, d.lastError = $error,
			    d.lastAttemptAt = $now, d.nextAttemptAt = $next, d.claimedUntil = null, d.claimId = null
			""";

	private static final String COUNT_FAILURE = """
			MATCH (:WebhookDelivery {id: $id})-[:TO]->(w:Webhook) SET w.__lock = true REMOVE w.__lock
			SET w.failedInARow = coalesce(w.failedInARow, 0) + 1
			RETURN w.id AS id, w.failedInARow AS failed, w.active AS active, w.url AS url
			""";

	// What was still to send fails with the webhook: enabling it again starts from new notifications.
	private static final String DISABLE = """
			MATCH (w:Webhook {id: $id})
			SET w.active = false, w.disabledAt = $now, w.disabledReason = $reason
			WITH w
			OPTIONAL MATCH (w)<-[:TO]-(d:WebhookDelivery {status: 'PENDING'})
			SET d.status = 'FAILED', d.nextAttemptAt = null,
			    d.lastError = 'The webhook was disabled' + coalesce('; last error: ' + d.lastError, '')
			""";

	private final Neo4jClient client;

	private final OutboxCursor cursor;

	private final AuditLog audit;

	public WebhookOutbox(Neo4jClient client, OutboxCursor cursor, AuditLog audit) {
		this.client = client;
		this.cursor = cursor;
		this.audit = audit;
	}

	/** What became of a failed attempt. */
	public enum Outcome {

		/** Tried again at its next attempt. */
		RETRY,
		/** Given up after the last attempt. */
		FAILED,
		/** Given up, and the webhook disabled with it. */
		DISABLED,
		/** Nothing recorded: the claim had expired and the delivery moved on, or the webhook was removed. */
		STALE

	}

	/**
	 * Creates the deliveries of the next notifications committed after the channel's cursor, at most {@code limit}, and
	 * moves the cursor past them in the same transaction. Returns how many notifications were taken on.
	 */
	@RetryOnTransientError
	public int dispatch(int limit, Instant now) {
		if (!this.cursor.isBehind(CHANNEL)) {
			return 0;
		}
		return this.cursor.advance(CHANNEL, limit, (notifications) -> this.client.query(CREATE_DELIVERIES)
			.bindAll(Map.of("notifications", notifications.stream().map(WebhookOutbox::row).toList(), "now", at(now)))
			.run());
	}

	/**
	 * Whether any delivery is due at {@code now} and unclaimed: a read, so that a sender polling with nothing to send
	 * writes nothing (every committed write transaction makes the read caches start afresh, {@code GraphChanges}).
	 */
	@Transactional(readOnly = true)
	public boolean hasDue(Instant now) {
		return this.client.query(DUE).bind(at(now)).to("now").fetchAs(Boolean.class).one().orElse(false);
	}

	/**
	 * Claims up to {@code limit} deliveries that are due at {@code now} and not claimed by a live claim, for
	 * {@code claimFor}; the sender records each outcome with the claim.
	 */
	@Transactional
	@RetryOnTransientError
	public List<DueDelivery> claimDue(Instant now, Duration claimFor, int limit) {
		String claim = UUID.randomUUID().toString();
		Map<String, Object> parameters = Map.of("now", at(now), "until", at(now.plus(claimFor)), "claim", claim,
				"limit", limit);
		return List.copyOf(this.client.query(CLAIM).bindAll(parameters).fetchAs(DueDelivery.class)
			.mappedBy((types, record) -> new DueDelivery(record.get("id").asString(), claim,
					record.get("attempts").asInt(0) + 1, record.get("webhookId").asString(), record.get("url").asString(),
					record.get("secret").asString(), notification(record.get("n"))))
			.all());
	}

	/** Records that the endpoint accepted {@code delivery}; returns whether the claim still held. */
	@Transactional
	@RetryOnTransientError
	public boolean delivered(DueDelivery delivery, int status, Instant now) {
		return this.client.query(DELIVERED)
			.bindAll(Map.of("id", delivery.id(), "claim", delivery.claim(), "status", status, "now", at(now)))
			.fetch().one().isPresent();
	}

	/**
	 * Records a failed attempt ({@code status} {@code null} when nothing answered): tried again after the policy's
	 * backoff, or failed after its last attempt, which disables the webhook when its deliveries have failed
	 * {@link RetryPolicy#disableAfter()} times in a row.
	 */
	@Transactional
	@RetryOnTransientError
	public Outcome failed(DueDelivery delivery, Integer status, String error, Instant now, RetryPolicy policy) {
		Map<String, Object> claimed = this.client.query(LOCK_CLAIMED)
			.bindAll(Map.of("id", delivery.id(), "claim", delivery.claim())).fetch().one().orElse(null);
		if (claimed == null) {
			return Outcome.STALE;
		}
		int attempts = ((Number) claimed.get("attempts")).intValue() + 1;
		// Disabled while this attempt was under way: the attempt goes into the log, the delivery stays failed.
		boolean disabled = !Boolean.TRUE.equals(claimed.get("active"))
				|| !DeliveryStatus.PENDING.name().equals(claimed.get("status"));
		boolean lastAttempt = attempts >= policy.maxAttempts();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", delivery.id());
		parameters.put("deliveryStatus", (disabled || lastAttempt ? DeliveryStatus.FAILED : DeliveryStatus.PENDING).name());
		parameters.put("attempts", attempts);
		parameters.put("status", status);
		parameters.put("error", disabled ? "The webhook was disabled; last error: " + error : error);
		parameters.put("now", at(now));
		parameters.put("next", disabled || lastAttempt ? null : at(policy.nextAttempt(attempts, now)));
		this.client.query(FAILED_ATTEMPT).bindAll(parameters).run();
		if (disabled) {
			return Outcome.FAILED;
		}
		if (!lastAttempt) {
			return Outcome.RETRY;
		}
		Map<String, Object> webhook = this.client.query(COUNT_FAILURE).bind(delivery.id()).to("id").fetch().one()
			.orElseThrow();
		long failed = ((Number) webhook.get("failed")).longValue();
		if (failed < policy.disableAfter() || !Boolean.TRUE.equals(webhook.get("active"))) {
			return Outcome.FAILED;
		}
		String reason = "Disabled after " + failed + " deliveries in a row failed, each after " + policy.maxAttempts()
				+ " attempts; last error: " + error;
		this.client.query(DISABLE).bindAll(Map.of("id", webhook.get("id"), "now", at(now), "reason", reason)).run();
		this.audit.record(SENDER, AuditAction.WEBHOOK_DISABLED, WebhookService.TYPE, (String) webhook.get("id"),
				"ACTIVE", "DISABLED", "webhook to " + webhook.get("url") + ": " + reason);
		return Outcome.DISABLED;
	}

	private static Map<String, Object> row(NotificationView notification) {
		return Map.of("id", notification.id(), "seq", notification.seq(), "type", notification.type().name(),
				"audiences", notification.audiences());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static NotificationView notification(Value n) {
		return new NotificationView(n.get("id").asString(), n.get("seq").asLong(),
				NotificationType.valueOf(n.get("type").asString()), Records.dateTime(n.get("at")),
				n.get("summary").asString(), Records.string(n.get("subjectType")), Records.string(n.get("subjectId")),
				Records.string(n.get("requestId")), Records.string(n.get("partnerId")), Records.string(n.get("country")),
				Records.strings(n.get("audiences")), false);
	}

}
