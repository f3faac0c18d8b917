package org.ilo.coalition.api.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitFilterTests {

	private static final long LIMIT = DataSize.ofMegabytes(1).toBytes();

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter("/graphql", LIMIT);

	@Test
	void refusesATwoMegabyteBodyOnItsDeclaredLengthWithoutReadingIt() throws Exception {
		MockHttpServletRequest request = post("/graphql", new byte[(int) DataSize.ofMegabytes(2).toBytes()], true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(chain.getRequest()).as("passed on").isNull();
		assertThat(request.getInputStream().available()).as("body left unread").isEqualTo(DataSize.ofMegabytes(2).toBytes());
		assertRefused(response);
	}

	@Test
	void refusesAChunkedBodyOnceItGrowsOverTheLimit() throws Exception {
		MockHttpServletRequest request = post("/graphql", new byte[(int) DataSize.ofMegabytes(2).toBytes()], false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(request.getInputStream().available()).as("read no further than the limit")
			.isEqualTo(DataSize.ofMegabytes(2).toBytes() - LIMIT - 1);
		assertRefused(response);
	}

	@Test
	void handsOnAChunkedBodyWithinTheLimitWhole() throws Exception {
		byte[] body = "{\"query\":\"{ regions { code } }\"}".getBytes(StandardCharsets.UTF_8);
		AtomicReference<String> seen = new AtomicReference<>();
		MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
					throws java.io.IOException {
				seen.set(StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8));
			}
		});

		this.filter.doFilter(post("/graphql", body, false), new MockHttpServletResponse(), chain);

		assertThat(seen.get()).isEqualTo(new String(body, StandardCharsets.UTF_8));
		assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(body.length);
	}

	@Test
	void handsOnAGetOfUnknownLengthAsItIs() throws Exception {
		MockHttpServletRequest request = post("/graphql", new byte[0], false);
		request.setMethod("GET");
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).as("not wrapped: the graphql-ws handshake is upgraded on it").isSameAs(request);
	}

	@Test
	void leavesOtherPathsAlone() throws Exception {
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(post("/elsewhere", new byte[(int) LIMIT * 2], true), new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNotNull();
	}

	private static void assertRefused(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
		assertThat(response.getContentAsString()).isEqualTo("{\"errors\":[{\"message\":\"The request body is larger than "
				+ "the limit of 1048576 bytes\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"maxRequestBytes\":1048576}}]}");
	}

	private static MockHttpServletRequest post(String path, byte[] body, boolean declaredLength) {
		MockHttpServletRequest request = declaredLength ? new MockHttpServletRequest("POST", path)
				: new MockHttpServletRequest("POST", path) {
					@Override
					public int getContentLength() {
						return -1;
					}

					@Override
					public long getContentLengthLong() {
						return -1;
					}
				};
		request.setContentType("application/json");
		request.setContent(body);
		return request;
	}

}
