package org.ilo.coalition.api.webhook;

import org.ilo.coalition.graph.webhook.WebhookView;

/** The answer to {@code registerWebhook}: the webhook and its secret, which is shown this once. */
public record WebhookRegistration(WebhookView webhook, String secret) {

	@Override
	public String toString() {
		return "WebhookRegistration[" + this.webhook + ", secret hidden]";
	}

}
