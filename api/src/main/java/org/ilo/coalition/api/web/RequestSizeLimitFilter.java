package org.ilo.coalition.api.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.ilo.coalition.api.graphql.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request to the GraphQL endpoint whose body is larger than the limit, with 413 and a GraphQL-shaped
 * {@code BAD_REQUEST} error, before anything parses it: on its declared Content-Length without reading it, or, for a
 * body of unknown length (chunked), as soon as more than the limit has been read; such a body, when within the limit,
 * is handed on from memory.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final String path;

	private final long maxBytes;

	public RequestSizeLimitFilter(String path, long maxBytes) {
		this.path = path;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0 || isWithoutBody(request)) {
			// The container reads no more than the declared length; a GET (the graphql-ws handshake) goes on as it is.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static boolean isWithoutBody(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// The rest of the body is not read: the connection cannot carry another request.
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"errors\":[{\"message\":\"The request body is larger than the limit of "
				+ this.maxBytes + " bytes\",\"extensions\":{\"classification\":\"" + ErrorCode.BAD_REQUEST
				+ "\",\"maxRequestBytes\":" + this.maxBytes + "}}]}");
	}

	private static byte[] readAtMost(InputStream in, long most) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long remaining = most;
		int read;
		while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
			out.write(buffer, 0, read);
			remaining -= read;
		}
		return out.toByteArray();
	}

	/** The request with its body, already read, served from memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
