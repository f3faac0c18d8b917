package org.ilo.coalition.graph.webhook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.InvalidCursorException;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads webhooks (never their secrets) and their delivery logs. */
@Repository
public class WebhookRepository {

	/** The ordering name that delivery-log cursors carry. */
	public static final String ORDERING = "webhookDelivery";

	static final String WEBHOOK = """
			w {.id, .audience, .url, .description, .active, .createdAt, .createdBy, .disabledAt, .disabledReason,
			   failedInARow: coalesce(w.failedInARow, 0)}""";

	static final String DELIVERY = """
			d {.id, .notificationId, .notificationType, .seq, .status, .attempts, .lastStatus, .lastError, .createdAt,
			   .lastAttemptAt, .deliveredAt, .nextAttemptAt, webhookId: w.id}""";

	private static final String BY_AUDIENCE = """
			MATCH (w:Webhook {audience: $audience})
			WITH w ORDER BY w.createdAt, w.id
			RETURN $$webhook AS w
			""".replace("$$webhook", WEBHOOK);

	private static final String BY_ID = "MATCH (w:Webhook {id: $id}) RETURN $$webhook AS w".replace("$$webhook", WEBHOOK);

	// Newest notification first: the sequence number orders a webhook's deliveries (one per notification).
	private static final String DELIVERIES = """
			MATCH (w:Webhook {id: $webhookId})
			CALL (w) {
			  MATCH (w)<-[:TO]-(d:WebhookDelivery)
			  RETURN count(d) AS total
			}
			CALL (w) {
			  MATCH (w)<-[:TO]-(d:WebhookDelivery) WHERE $$after
			  WITH d ORDER BY d.seq DESC LIMIT $limit
			  RETURN collect($$delivery) AS page
			}
			RETURN total, page
			""".replace("$$delivery", DELIVERY);

	private static final String AFTER = "d.seq < $afterSeq";

	private final Neo4jClient client;

	public WebhookRepository(Neo4jClient client) {
		this.client = client;
	}

	/** The webhooks of {@code audience}, oldest first. */
	@Transactional(readOnly = true)
	public List<WebhookView> findByAudience(Audience audience) {
		return List.copyOf(this.client.query(BY_AUDIENCE).bind(audience.key()).to("audience")
			.fetchAs(WebhookView.class).mappedBy((types, record) -> toView(record.get("w"))).all());
	}

	@Transactional(readOnly = true)
	public Optional<WebhookView> findById(String id) {
		return this.client.query(BY_ID).bind(id).to("id").fetchAs(WebhookView.class)
			.mappedBy((types, record) -> toView(record.get("w"))).one();
	}

	/** A page of the delivery log of webhook {@code webhookId}, newest notification first; empty for no such webhook. */
	@Transactional(readOnly = true)
	public ResultPage<WebhookDeliveryView> deliveries(String webhookId, int first, Cursor after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("webhookId", webhookId);
		parameters.put("limit", first + 1);
		if (after != null) {
			parameters.put("afterSeq", sequence(after));
		}
		record Fetched(List<WebhookDeliveryView> items, long total) {
		}
		return this.client.query(DELIVERIES.replace("$$after", after == null ? "true" : AFTER)).bindAll(parameters)
			.fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(record.get("page").asList(WebhookRepository::toDelivery),
					record.get("total").asLong()))
			.one().map((fetched) -> ResultPage.ofLookahead(fetched.items(), first, fetched.total()))
			.orElseGet(() -> new ResultPage<>(List.of(), 0, false));
	}

	/** The cursor that points at {@code delivery} in the log's order. */
	public static Cursor cursorOf(WebhookDeliveryView delivery) {
		return new Cursor(ORDERING, Long.toString(delivery.seq()), delivery.id());
	}

	private static long sequence(Cursor cursor) {
		try {
			return Long.parseLong(cursor.sortKey());
		}
		catch (NumberFormatException ex) {
			throw new InvalidCursorException(cursor.encode());
		}
	}

	static WebhookView toView(Value w) {
		return new WebhookView(w.get("id").asString(), w.get("audience").asString(), w.get("url").asString(),
				Records.string(w.get("description")), Records.bool(w.get("active")), Records.dateTime(w.get("createdAt")),
				Records.string(w.get("createdBy")), Records.dateTime(w.get("disabledAt")),
				Records.string(w.get("disabledReason")), w.get("failedInARow").asLong(0));
	}

	static WebhookDeliveryView toDelivery(Value d) {
		return new WebhookDeliveryView(d.get("id").asString(), d.get("webhookId").asString(),
				d.get("notificationId").asString(), NotificationType.valueOf(d.get("notificationType").asString()),
				d.get("seq").asLong(), DeliveryStatus.valueOf(d.get("status").asString()), d.get("attempts").asInt(0),
				d.get("lastStatus").isNull() ? null : d.get("lastStatus").asInt(), Records.string(d.get("lastError")),
				Records.dateTime(d.get("createdAt")), Records.dateTime(d.get("lastAttemptAt")),
				Records.dateTime(d.get("deliveredAt")), Records.dateTime(d.get("nextAttemptAt")));
	}

}
