package org.ilo.coalition.api.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.webhook.WebhookSender.Attempt;
import org.ilo.coalition.graph.notification.NotificationView;
import org.ilo.coalition.graph.webhook.DueDelivery;
import org.ilo.coalition.graph.webhook.WebhookOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook channel's timed work, on Spring's scheduler: committed notifications become delivery records
 * ({@link #dispatch}), and due deliveries are claimed, POSTed and their outcome recorded ({@link #send}). Every
 * instance runs both; the outbox cursor and the claims keep them from doing the same work twice, and a claim left by
 * a killed instance expires, so its deliveries are sent again (at least once; receivers drop duplicates by the event
 * id). Tests call the public methods directly.
 */
@Component
@ConditionalOnWebApplication
public class WebhookJobs {

	/** Request headers besides the signature ({@link WebhookSignature#HEADER}). */
	public static final String EVENT_ID = "X-Coalition-Event-Id";

	public static final String EVENT_TYPE = "X-Coalition-Event-Type";

	public static final String DELIVERY_ID = "X-Coalition-Delivery-Id";

	private static final Logger log = LoggerFactory.getLogger(WebhookJobs.class);

	private static final int DISPATCH_BATCH = 200;

	// Sent concurrently: a batch takes about as long as its slowest endpoint, well inside the claim.
	private static final int SEND_BATCH = 50;

	// Then the scheduler's thread goes back to the other jobs; the rest waits for the next turn.
	private static final int MAX_BATCHES_PER_TURN = 10;

	private final WebhookOutbox outbox;

	private final WebhookSender sender;

	private final JsonMapper json;

	private final Clock clock;

	private final WebhookProperties properties;

	WebhookJobs(WebhookOutbox outbox, JsonMapper json, Clock clock, WebhookProperties properties) {
		this.outbox = outbox;
		this.sender = new WebhookSender(properties);
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/** One turn: new notifications become deliveries, then what is due is sent. */
	@Scheduled(fixedDelayString = "${coalition.webhooks.interval:PT0.5S}")
	public void run() {
		try {
			dispatch();
			send();
		}
		catch (RuntimeException ex) {
			// The database is away or busy: nothing was lost (the cursor and claims did not move), the next turn retries.
			log.warn("Webhook turn failed, retrying at the next one: {}", ex.toString());
		}
	}

	/** Creates the deliveries of the notifications committed since the last turn; returns how many were taken on. */
	public int dispatch() {
		int total = 0;
		int taken;
		do {
			taken = this.outbox.dispatch(DISPATCH_BATCH, this.clock.instant());
			total += taken;
		}
		while (taken == DISPATCH_BATCH);
		return total;
	}

	/** Sends the deliveries due now and records each outcome; returns how many were attempted. */
	public int send() {
		int attempted = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_TURN; batch++) {
			Instant now = this.clock.instant();
			if (!this.outbox.hasDue(now)) {
				break;
			}
			List<DueDelivery> due = this.outbox.claimDue(now, this.properties.claimTimeout(), SEND_BATCH);
			sendAll(due);
			attempted += due.size();
			if (due.size() < SEND_BATCH) {
				break;
			}
		}
		return attempted;
	}

	private void sendAll(List<DueDelivery> due) {
		Map<String, String> bodies = new HashMap<>();
		List<CompletableFuture<Attempt>> attempts = new ArrayList<>();
		for (DueDelivery delivery : due) {
			String body = bodies.computeIfAbsent(delivery.notification().id(), (id) -> body(delivery.notification()));
			attempts.add(this.sender.post(delivery.url(), headers(delivery, body), body));
		}
		for (int i = 0; i < due.size(); i++) {
			record(due.get(i), attempts.get(i).join());
		}
	}

	private void record(DueDelivery delivery, Attempt attempt) {
		Instant now = this.clock.instant();
		if (attempt.succeeded()) {
			this.outbox.delivered(delivery, attempt.status(), now);
			return;
		}
		WebhookOutbox.Outcome outcome = this.outbox.failed(delivery, attempt.status(), attempt.error(), now,
				this.properties.retryPolicy());
		switch (outcome) {
			case DISABLED -> log.warn("Webhook {} disabled: its deliveries keep failing ({})", delivery.webhookId(),
					attempt.error());
			case FAILED -> log.info("Gave up {}: {}", delivery, attempt.error());
			default -> log.debug("{} failed: {} ({})", delivery, attempt.error(), outcome);
		}
	}

	private Map<String, String> headers(DueDelivery delivery, String body) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", "Coalition-Webhooks/1");
		headers.put(EVENT_ID, eventId(delivery.notification()));
		headers.put(EVENT_TYPE, delivery.notification().type().name());
		headers.put(DELIVERY_ID, GlobalId.of(WebhookController.DELIVERY_TYPE, delivery.id()));
		headers.put(WebhookSignature.HEADER,
				WebhookSignature.header(delivery.secret(), this.clock.instant().getEpochSecond(), body));
		return headers;
	}

	/** The request body: the notification as the feed shows it, with the same global ids. */
	String body(NotificationView notification) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId(notification));
		body.put("type", notification.type().name());
		body.put("occurredAt", notification.at() == null ? null : notification.at().toInstant().toString());
		body.put("summary", notification.summary());
		if (notification.subjectType() != null && notification.subjectId() != null) {
			Map<String, Object> subject = new LinkedHashMap<>();
			subject.put("type", notification.subjectType());
			subject.put("id", GlobalId.of(notification.subjectType(), notification.subjectId()));
			body.put("subject", subject);
		}
		else {
			body.put("subject", null);
		}
		body.put("requestId", notification.requestId() == null ? null : GlobalId.of("SupportRequest", notification.requestId()));
		body.put("sequence", notification.seq());
		return this.json.writeValueAsString(body);
	}

	private static String eventId(NotificationView notification) {
		return GlobalId.of("Notification", notification.id());
	}

}
