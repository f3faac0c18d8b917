package org.ilo.coalition.graph.webhook;

import java.time.OffsetDateTime;

import org.ilo.coalition.graph.notification.NotificationType;

/**
 * One entry of a webhook's delivery log: one notification to one webhook.
 *
 * @param seq the notification's sequence number (the log's order)
 * @param lastStatus the HTTP status of the last attempt, {@code null} when none answered
 * @param lastError why the last attempt failed, {@code null} after a success or before any attempt
 */
public record WebhookDeliveryView(String id, String webhookId, String notificationId, NotificationType notificationType,
		long seq, DeliveryStatus status, int attempts, Integer lastStatus, String lastError, OffsetDateTime createdAt,
		OffsetDateTime lastAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime nextAttemptAt) {
}
