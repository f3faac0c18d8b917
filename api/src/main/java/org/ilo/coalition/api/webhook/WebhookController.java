package org.ilo.coalition.api.webhook;

import java.security.Principal;
import java.util.List;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.api.notification.NotificationController;
import org.ilo.coalition.api.security.Caller;
import org.ilo.coalition.api.security.Callers;
import org.ilo.coalition.graph.command.NotFoundException;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.webhook.WebhookDeliveryView;
import org.ilo.coalition.graph.webhook.WebhookRepository;
import org.ilo.coalition.graph.webhook.WebhookService;
import org.ilo.coalition.graph.webhook.WebhookView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * An organization's webhooks: registering, listing, removing and re-enabling them, and their delivery logs. A webhook
 * belongs to what the registering user acts for (its partner, its member State, the coordination group or the
 * secretariat: {@link NotificationController#audience}) and receives those notifications; only users acting for the
 * same may see or change it.
 */
@Controller
public class WebhookController {

	static final String TYPE = "Webhook";

	static final String DELIVERY_TYPE = "WebhookDelivery";

	private static final String SIGNED_IN = "hasAnyRole('PARTNER', 'MEMBER_STATE', 'COORDINATION_GROUP', 'SECRETARIAT')";

	private final WebhookRepository webhooks;

	private final WebhookService service;

	private final WebhookProperties properties;

	public WebhookController(WebhookRepository webhooks, WebhookService service, WebhookProperties properties) {
		this.webhooks = webhooks;
		this.service = service;
		this.properties = properties;
	}

	@QueryMapping
	@PreAuthorize(SIGNED_IN)
	public List<WebhookView> webhooks(@Nullable Principal principal) {
		return this.webhooks.findByAudience(NotificationController.audience(Callers.of(principal)));
	}

	@QueryMapping
	@PreAuthorize(SIGNED_IN)
	public Connection<WebhookDeliveryView> webhookDeliveries(@Argument String webhookId, @Argument Integer first,
			@Argument String after, @Nullable Principal principal) {
		String id = GlobalId.keyOf("webhookId", TYPE, webhookId);
		int size = PageArguments.first(first, 20);
		Cursor cursor = PageArguments.after(WebhookRepository.ORDERING, after);
		own(Callers.of(principal), id, "webhookId", "read the deliveries of another organization's webhook");
		return Connection.of(this.webhooks.deliveries(id, size, cursor), WebhookRepository::cursorOf, after != null);
	}

	@MutationMapping
	@PreAuthorize(SIGNED_IN)
	public WebhookRegistration registerWebhook(@Argument WebhookInput input, @Nullable Principal principal) {
		Caller caller = Callers.of(principal);
		String url = WebhookUrls.check("input.url", input.url(), this.properties.allowLoopbackHttp());
		String description = Inputs.optional("input.description", input.description(), Inputs.SHORT_TEXT);
		String secret = WebhookSignature.newSecret();
		WebhookView webhook = this.service.register(caller.actor(), NotificationController.audience(caller), url,
				description, secret);
		return new WebhookRegistration(webhook, secret);
	}

	@MutationMapping
	@PreAuthorize(SIGNED_IN)
	public String removeWebhook(@Argument String id, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		Caller caller = Callers.of(principal);
		own(caller, key, "id", "remove another organization's webhook");
		this.service.remove(caller.actor(), key);
		return id;
	}

	@MutationMapping
	@PreAuthorize(SIGNED_IN)
	public WebhookView enableWebhook(@Argument String id, @Nullable Principal principal) {
		String key = GlobalId.keyOf("id", TYPE, id);
		Caller caller = Callers.of(principal);
		own(caller, key, "id", "enable another organization's webhook");
		return this.service.enable(caller.actor(), key);
	}

	@SchemaMapping(typeName = TYPE)
	public String id(WebhookView webhook) {
		return GlobalId.of(TYPE, webhook.id());
	}

	@SchemaMapping(typeName = TYPE)
	public long failedDeliveriesInARow(WebhookView webhook) {
		return webhook.failedInARow();
	}

	@SchemaMapping(typeName = DELIVERY_TYPE)
	public String id(WebhookDeliveryView delivery) {
		return GlobalId.of(DELIVERY_TYPE, delivery.id());
	}

	@SchemaMapping(typeName = DELIVERY_TYPE)
	public String notificationId(WebhookDeliveryView delivery) {
		return GlobalId.of("Notification", delivery.notificationId());
	}

	@SchemaMapping(typeName = DELIVERY_TYPE)
	public long sequence(WebhookDeliveryView delivery) {
		return delivery.seq();
	}

	@SchemaMapping(typeName = DELIVERY_TYPE)
	public @Nullable Integer lastHttpStatus(WebhookDeliveryView delivery) {
		return delivery.lastStatus();
	}

	/**
	 * Checks that webhook {@code id} exists ({@code NOT_FOUND} otherwise) and belongs to what the caller acts for
	 * ({@code FORBIDDEN} otherwise): the audience is graph data, so this cannot be a {@code @PreAuthorize} rule.
	 */
	private void own(Caller caller, String id, String argument, String operation) {
		WebhookView webhook = this.webhooks.findById(id).orElseThrow(() -> new NotFoundException(argument, "webhook", id));
		caller.check(NotificationController.audience(caller).key().equals(webhook.audience()), operation);
	}

}
