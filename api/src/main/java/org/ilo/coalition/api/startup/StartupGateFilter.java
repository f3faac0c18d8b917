package org.ilo.coalition.api.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ilo.coalition.api.graphql.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every HTTP request except the management endpoints (health probes must answer while the application starts)
 * until the {@link StartupGate} opens, at most {@code wait}; a request still waiting then, or arriving after the
 * initialization failed, is answered 503 with a GraphQL-shaped error classified {@code UNAVAILABLE}.
 */
public class StartupGateFilter extends OncePerRequestFilter {

	private final StartupGate gate;

	private final Duration wait;

	private final String managementPath;

	public StartupGateFilter(StartupGate gate, Duration wait, String managementPath) {
		this.gate = gate;
		this.wait = wait;
		this.managementPath = managementPath.endsWith("/") ? managementPath : managementPath + "/";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.gate.state() == StartupGate.State.READY) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(this.managementPath) || path.equals(this.managementPath.substring(0, this.managementPath.length() - 1));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		StartupGate.State state;
		try {
			state = this.gate.await(this.wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			state = this.gate.state();
		}
		if (state == StartupGate.State.READY) {
			chain.doFilter(request, response);
			return;
		}
		String message = (state == StartupGate.State.FAILED)
				? "The service could not start: the graph could not be initialized"
				: "The service is starting: the graph is being initialized; retry shortly";
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		if (state == StartupGate.State.STARTING) {
			response.setHeader("Retry-After", "5");
		}
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\""
				+ ErrorCode.UNAVAILABLE + "\"}}]}");
	}

}
