package org.ilo.coalition.api.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is short and made of safe characters,
 * else a new UUID. The id is in the logging context (MDC key {@code requestId}) for every log line written while the
 * request is handled, in the response's {@code X-Request-Id} header and in the {@code extensions} of GraphQL errors.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	/** The header that carries the id, both ways. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key, and the field name in structured logs. */
	public static final String MDC_KEY = "requestId";

	/** The request attribute that holds the id for the rest of the request's handling. */
	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

	// Ids end up in log lines and headers: no spaces, quotes, control characters or unbounded lengths.
	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = accepted(request.getHeader(HEADER));
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		}
	}

	/** The caller's id if it is acceptable, else a new one. */
	static String accepted(String given) {
		return (given != null && VALID.matcher(given).matches()) ? given : UUID.randomUUID().toString();
	}

	// GraphQL over HTTP completes asynchronously: the id must be in the MDC of the async dispatch too.
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
