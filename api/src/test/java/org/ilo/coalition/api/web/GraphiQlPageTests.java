package org.ilo.coalition.api.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphiQlPageTests {

	@Test
	void allowsTheWebSocketOfThePagesOwnHost() {
		assertThat(GraphiQlPage.contentSecurityPolicy("127.0.0.1:8080"))
			.contains("connect-src 'self' ws://127.0.0.1:8080 wss://127.0.0.1:8080;")
			.contains("script-src 'self';").contains("default-src 'none';");
	}

	@Test
	void leavesAHostThatCouldAlterThePolicyOut() {
		assertThat(GraphiQlPage.contentSecurityPolicy("evil.example; script-src *")).contains("connect-src 'self';")
			.doesNotContain("evil").doesNotContain("*");
		assertThat(GraphiQlPage.contentSecurityPolicy(null)).contains("connect-src 'self';");
	}

}
