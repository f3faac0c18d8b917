package org.ilo.coalition.api.startup;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StartupGateFilterTests {

	private final StartupGate gate = new StartupGate();

	private final StartupGateFilter filter = new StartupGateFilter(this.gate, Duration.ofMillis(300), "/actuator");

	@Test
	void answersUnavailableWhenTheGraphIsStillStartingAfterTheWait() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		long started = System.nanoTime();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, chain);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
		assertThat(chain.getRequest()).as("the request went no further").isNull();
		assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("\"classification\":\"UNAVAILABLE\"").contains("starting");
	}

	@Test
	void letsTheRequestThroughOnceTheGateOpensDuringTheWait() throws Exception {
		StartupGateFilter patient = new StartupGateFilter(this.gate, Duration.ofSeconds(10), "/actuator");
		MockFilterChain chain = new MockFilterChain();
		new Thread(() -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.gate.open();
		}).start();
		patient.doFilter(new MockHttpServletRequest("POST", "/graphql"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void letsHealthProbesThroughWhileStarting() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		long started = System.nanoTime();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
				chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(250));
	}

	@Test
	void answersUnavailableAtOnceWhenTheInitializationFailed() throws Exception {
		this.gate.fail(new IllegalStateException("boom"));
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		assertThat(response.getContentAsString()).contains("could not start").doesNotContain("boom");
	}

}
