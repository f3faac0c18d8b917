package org.ilo.coalition.graph.webhook;

import org.ilo.coalition.graph.notification.NotificationView;

/**
 * A delivery the sender has claimed: what to POST, where, signed with what.
 *
 * @param claim the claim's own id; the outcome is recorded only while the claim is still this one
 * @param attempt the number of the attempt about to be made (1 for the first)
 */
public record DueDelivery(String id, String claim, int attempt, String webhookId, String url, String secret,
		NotificationView notification) {

	@Override
	public String toString() {
		// Never the secret in a log line.
		return "DueDelivery[" + this.id + " of " + this.notification.id() + " to webhook " + this.webhookId
				+ ", attempt " + this.attempt + "]";
	}

}
