package org.ilo.coalition.api.neo4j;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The early start leaves the database alone wherever the configuration would not start an embedded one. */
class EmbeddedNeo4jEarlyStartTests {

	@Test
	void startsNothingWhenANeo4jUriIsConfigured() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://db.example:7687");
		EmbeddedNeo4jEarlyStart early = new EmbeddedNeo4jEarlyStart();
		early.onApplicationEvent(prepared(environment));
		assertThat(early.starter()).isEmpty();
	}

	@Test
	void startsNothingInTheProductionProfile() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		EmbeddedNeo4jEarlyStart early = new EmbeddedNeo4jEarlyStart();
		early.onApplicationEvent(prepared(environment));
		assertThat(early.starter()).isEmpty();
	}

	private static ApplicationEnvironmentPreparedEvent prepared(MockEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}

}
