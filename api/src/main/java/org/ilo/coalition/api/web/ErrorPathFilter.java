package org.ilo.coalition.api.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page ({@code server.error.path}) is where the container forwards failed requests, not an endpoint:
 * requested directly it would render an error without one (500, "status": 999). Such a request is answered 404,
 * rendered by that same error page like any unknown path. Forwards of real errors (the ERROR dispatch) never reach
 * this filter.
 */
public class ErrorPathFilter extends OncePerRequestFilter {

	private final String errorPath;

	public ErrorPathFilter(String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.errorPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
