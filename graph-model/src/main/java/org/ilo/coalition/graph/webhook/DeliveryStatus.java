package org.ilo.coalition.graph.webhook;

/** Where the delivery of one notification to one webhook stands. */
public enum DeliveryStatus {

	/** Not delivered yet: due at its next attempt. */
	PENDING,
	/** The endpoint answered 2xx. */
	DELIVERED,
	/** Given up: every attempt failed, or the webhook was disabled before it was delivered. */
	FAILED

}
