package org.ilo.coalition.api.startup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The start-up gate and what watches it: the request filter, the {@code graphInitialization} health indicator (part
 * of the readiness group) and what to do when the initialization fails after start-up.
 */
@Configuration(proxyBeanMethods = false)
public class StartupConfiguration {

	@Bean
	StartupGate startupGate() {
		return new StartupGate();
	}

	@Bean
	FilterRegistrationBean<StartupGateFilter> startupGateFilter(StartupGate gate, StartupProperties properties,
			@Value("${management.endpoints.web.base-path:/actuator}") String managementPath) {
		FilterRegistrationBean<StartupGateFilter> registration = new FilterRegistrationBean<>(
				new StartupGateFilter(gate, properties.requestWait(), managementPath));
		// Right after the request id (so that a 503 carries one), before security and everything else.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Out of service while the graph is being initialized, down when that failed. */
	@Bean
	HealthIndicator graphInitializationHealthIndicator(StartupGate gate) {
		return () -> switch (gate.state()) {
			case READY -> Health.up().build();
			case STARTING -> Health.outOfService().withDetail("state", "graph initialization under way").build();
			case FAILED -> Health.down().withDetail("state", "graph initialization failed")
				.withDetail("error", String.valueOf(gate.failure())).build();
		};
	}

	@Bean
	StartupFailureHandler exitOnStartupFailure(ConfigurableApplicationContext context) {
		return new ExitOnStartupFailure(context, System::exit);
	}

}
