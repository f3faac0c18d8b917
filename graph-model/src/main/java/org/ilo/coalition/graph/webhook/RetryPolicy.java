package org.ilo.coalition.graph.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again and when the sender gives up.
 *
 * @param base the wait after the first failed attempt; it doubles after each further one
 * @param maxAttempts attempts of one delivery before it is {@link DeliveryStatus#FAILED}
 * @param disableAfter failed deliveries in a row after which the webhook is disabled
 */
public record RetryPolicy(Duration base, int maxAttempts, int disableAfter) {

	public RetryPolicy {
		if (base.isNegative() || base.isZero() || maxAttempts < 1 || disableAfter < 1) {
			throw new IllegalArgumentException("Webhook retries need a positive base, max-attempts and disable-after: "
					+ base + ", " + maxAttempts + ", " + disableAfter);
		}
	}

	/** When to try again after {@code attempts} failed attempts: base × 2^(attempts - 1) after {@code now}. */
	public Instant nextAttempt(int attempts, Instant now) {
		// 2^30 times any sensible base is centuries: further doubling only risks overflow.
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
		return now.plus(this.base.multipliedBy(factor));
	}

}
