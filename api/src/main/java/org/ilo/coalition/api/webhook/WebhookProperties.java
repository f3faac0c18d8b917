package org.ilo.coalition.api.webhook;

import java.time.Duration;

import org.ilo.coalition.graph.webhook.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhook channel (docs/notifications.md, "Webhooks").
 *
 * @param interval how often the sender turns: new notifications become deliveries, due deliveries are sent
 * @param allowLoopbackHttp whether {@code http://} URLs to 127.0.0.1, ::1 or localhost are accepted (for a receiver on
 * the same machine); off in the {@code prod} profile, where only {@code https://} is
 * @param retryBase the wait after a delivery's first failed attempt, doubled after each further one
 * @param maxAttempts attempts of one delivery before it fails
 * @param disableAfter failed deliveries in a row after which a webhook is disabled
 * @param claimTimeout how long a sender holds the deliveries it is sending; after that (a sender that died) any
 * instance sends them again. Must exceed the connect and request timeouts
 * @param connectTimeout how long connecting to an endpoint may take
 * @param requestTimeout how long an endpoint may take to answer
 */
@ConfigurationProperties("coalition.webhooks")
public record WebhookProperties(@DefaultValue("PT0.5S") Duration interval, @DefaultValue("true") boolean allowLoopbackHttp,
		@DefaultValue("PT10S") Duration retryBase, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10") int disableAfter, @DefaultValue("PT1M") Duration claimTimeout,
		@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout) {

	public WebhookProperties {
		if (claimTimeout.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
			throw new IllegalArgumentException("coalition.webhooks.claim-timeout (" + claimTimeout
					+ ") must exceed connect-timeout + request-timeout, or a slow endpoint would get a delivery twice");
		}
	}

	/** The retry policy these properties describe. */
	public RetryPolicy retryPolicy() {
		return new RetryPolicy(this.retryBase, this.maxAttempts, this.disableAfter);
	}

}
