package org.ilo.coalition.graph.webhook;

import java.time.OffsetDateTime;

/**
 * A registered webhook as stored, without its secret (which only the sender reads).
 *
 * @param audience the key of the audience whose notifications it receives ({@code PARTNER:<id>}, ...)
 * @param failedInARow how many of its deliveries failed since the last one that succeeded
 */
public record WebhookView(String id, String audience, String url, String description, boolean active,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime disabledAt, String disabledReason,
		long failedInARow) {
}
