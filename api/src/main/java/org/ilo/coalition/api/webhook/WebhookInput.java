package org.ilo.coalition.api.webhook;

/** The schema's {@code WebhookInput}: where to POST notifications, and a note for the organization itself. */
public record WebhookInput(String url, String description) {
}
