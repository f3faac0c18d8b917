package org.ilo.coalition.graph.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.command.RetryOnTransientError;
import org.ilo.coalition.graph.notification.Audience;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's webhooks: registering, removing and re-enabling them, each one transaction with its audit event.
 * Who may change which webhook (its audience's users) is the caller's check; this service only changes the graph.
 */
@Service
public class WebhookService {

	/** How many webhooks one audience may have: enough for a few receivers, not a fan-out amplifier. */
	public static final int MAX_PER_AUDIENCE = 10;

	static final String TYPE = "Webhook";

	private static final String COUNT = "MATCH (w:Webhook {audience: $audience}) RETURN count(w)";

	private static final String REGISTER = """
			CREATE (w:Webhook {id: $id, audience: $audience, url: $url, description: $description, secret: $secret,
			                   active: true, createdAt: datetime(), createdBy: $by, failedInARow: 0})
			RETURN $$webhook AS w
			""".replace("$$webhook", WebhookRepository.WEBHOOK);

	private static final String LOCK = """
			MATCH (w:Webhook {id: $id}) SET w.__lock = true REMOVE w.__lock
			RETURN w.active AS active, w.url AS url
			""";

	// The log goes with the webhook: nothing else refers to it, and nobody could read it any more.
	private static final String REMOVE = """
			MATCH (w:Webhook {id: $id})
			OPTIONAL MATCH (w)<-[:TO]-(d:WebhookDelivery)
			DETACH DELETE d, w
			""";

	private static final String ENABLE = """
			MATCH (w:Webhook {id: $id})
			SET w.active = true, w.disabledAt = null, w.disabledReason = null, w.failedInARow = 0
			RETURN $$webhook AS w
			""".replace("$$webhook", WebhookRepository.WEBHOOK);

	private final Neo4jClient client;

	private final AuditLog audit;

	public WebhookService(Neo4jClient client, AuditLog audit) {
		this.client = client;
		this.audit = audit;
	}

	/**
	 * Registers a webhook that receives the notifications of {@code audience} from now on, signed with {@code secret}.
	 * @throws ConflictException when the audience already has {@value #MAX_PER_AUDIENCE} webhooks
	 */
	@Transactional
	public WebhookView register(Actor actor, Audience audience, String url, String description, String secret) {
		long existing = this.client.query(COUNT).bind(audience.key()).to("audience").fetchAs(Long.class).one().orElse(0L);
		if (existing >= MAX_PER_AUDIENCE) {
			throw new ConflictException("input.url", "Already " + existing + " webhooks receive these notifications (at most "
					+ MAX_PER_AUDIENCE + "); remove one first");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("audience", audience.key());
		parameters.put("url", url);
		parameters.put("description", description);
		parameters.put("secret", secret);
		parameters.put("by", actor.username());
		WebhookView webhook = this.client.query(REGISTER).bindAll(parameters).fetchAs(WebhookView.class)
			.mappedBy((types, record) -> WebhookRepository.toView(record.get("w"))).one().orElseThrow();
		this.audit.record(actor, AuditAction.WEBHOOK_REGISTERED, TYPE, webhook.id(), null, "ACTIVE",
				"webhook to " + url + " for " + audience.key());
		return webhook;
	}

	/**
	 * Removes a webhook and its delivery log; deliveries in flight are not recorded.
	 * @throws NotFoundException when there is no such webhook
	 */
	@Transactional
	@RetryOnTransientError
	public void remove(Actor actor, String id) {
		Map<String, Object> webhook = lock(id);
		this.client.query(REMOVE).bind(id).to("id").run();
		this.audit.record(actor, AuditAction.WEBHOOK_REMOVED, TYPE, id, status(webhook), null,
				"webhook to " + webhook.get("url") + " removed");
	}

	/**
	 * Turns a webhook on again (after it was disabled) with a clean failure count; what failed meanwhile stays failed.
	 * @throws NotFoundException when there is no such webhook
	 */
	@Transactional
	@RetryOnTransientError
	public WebhookView enable(Actor actor, String id) {
		Map<String, Object> webhook = lock(id);
		WebhookView enabled = this.client.query(ENABLE).bind(id).to("id").fetchAs(WebhookView.class)
			.mappedBy((types, record) -> WebhookRepository.toView(record.get("w"))).one().orElseThrow();
		this.audit.record(actor, AuditAction.WEBHOOK_ENABLED, TYPE, id, status(webhook), "ACTIVE",
				"webhook to " + webhook.get("url") + " enabled");
		return enabled;
	}

	private Map<String, Object> lock(String id) {
		return this.client.query(LOCK).bind(id).to("id").fetch().one()
			.orElseThrow(() -> new NotFoundException("id", "webhook", id));
	}

	private static String status(Map<String, Object> webhook) {
		return Boolean.TRUE.equals(webhook.get("active")) ? "ACTIVE" : "DISABLED";
	}

}
