package org.ilo.coalition.api.matching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits of matching runs.
 *
 * @param defaultTimeLimit how long a run solves when {@code startMatching} names no limit
 * @param maxTimeLimit the longest limit a caller may ask for; also the solver's own termination
 */
@ConfigurationProperties("coalition.matching")
public record MatchingProperties(@DefaultValue("30s") Duration defaultTimeLimit,
		@DefaultValue("300s") Duration maxTimeLimit) {

	public MatchingProperties {
		if (maxTimeLimit.compareTo(Duration.ofSeconds(1)) < 0 || defaultTimeLimit.compareTo(maxTimeLimit) > 0
				|| defaultTimeLimit.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("coalition.matching: need 1 s <= default-time-limit <= max-time-limit, got "
					+ defaultTimeLimit + " and " + maxTimeLimit);
		}
	}

}
