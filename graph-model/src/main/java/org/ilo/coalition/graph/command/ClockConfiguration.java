package org.ilo.coalition.graph.command;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that deadlines are set and compared by (consent windows, re-matching delays), so that tests can move time
 * forward instead of waiting; statements that only stamp when something happened use the database's {@code datetime()}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
