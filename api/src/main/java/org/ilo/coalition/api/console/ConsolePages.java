package org.ilo.coalition.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's files: {@code index.html} at {@code /console} and {@code /console/} with this application's
 * endpoints written in, the project's own files from {@code classpath:/console/}, and the one library it loads,
 * ECharts' ES module build, from its WebJar under {@code /console/vendor/}. Nothing comes from another origin; a
 * Content-Security-Policy allows scripts, styles and connections to this origin only (and its WebSocket, for the
 * graphql-ws subscriptions), and no inline script.
 */
public class ConsolePages {

	/** Where the console is served. */
	public static final String PATH = "/console";

	/** Characters of a host and port as the Host header may carry them; anything else is left out of the policy. */
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

	/** A file of the console: path segments of safe characters, with a known extension; no {@code ..}. */
	private static final Pattern FILE = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.(js|css|json|svg|png|html)");

	private static final Map<String, MediaType> TYPES = Map.of("js",
			MediaType.parseMediaType("text/javascript;charset=UTF-8"), "css",
			MediaType.parseMediaType("text/css;charset=UTF-8"), "json",
			MediaType.parseMediaType("application/json;charset=UTF-8"), "svg", MediaType.parseMediaType("image/svg+xml"),
			"png", MediaType.IMAGE_PNG, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));

	private final String graphQlPath;

	private final @Nullable String webSocketPath;

	private final String template;

	private final Map<String, Resource> vendor;

	/**
	 * @param graphQlPath the HTTP endpoint ({@code spring.graphql.http.path})
	 * @param webSocketPath the graphql-ws endpoint ({@code spring.graphql.websocket.path}), or {@code null} when there is
	 * none (then the console polls instead of subscribing)
	 */
	public ConsolePages(String graphQlPath, @Nullable String webSocketPath) {
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.template = read(new ClassPathResource("console/index.html"));
		this.vendor = Map.of("echarts.esm.min.js", webJar("echarts", "dist/echarts.esm.min.js"));
	}

	/** The page, with the base of its files and the endpoints of this application written in. */
	public ServerResponse page(ServerRequest request) {
		String contextPath = request.servletRequest().getContextPath();
		String html = this.template.replace("{{base}}", HtmlUtils.htmlEscape(contextPath + PATH + "/"))
			.replace("{{graphQlPath}}", HtmlUtils.htmlEscape(contextPath + this.graphQlPath))
			.replace("{{webSocketPath}}",
					(this.webSocketPath != null) ? HtmlUtils.htmlEscape(contextPath + this.webSocketPath) : "");
		return ServerResponse.ok()
			.contentType(TYPES.get("html"))
			.headers((headers) -> secure(headers, request))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(html);
	}

	/** One of the console's own files; anything else is not found. */
	public ServerResponse file(ServerRequest request) {
		String name = request.pathVariable("file");
		name = name.startsWith("/") ? name.substring(1) : name;
		if (!FILE.matcher(name).matches() || name.contains("..")) {
			return ServerResponse.notFound().build();
		}
		if (name.equals("index.html")) {
			return page(request);
		}
		Resource file = new ClassPathResource("console/" + name);
		if (!file.isReadable()) {
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok()
			.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
			.headers((headers) -> secure(headers, request))
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(file);
	}

	/** A library file from its WebJar; versioned by the WebJar, so cached for a day. */
	public ServerResponse vendor(ServerRequest request) {
		Resource file = this.vendor.get(request.pathVariable("name"));
		if (file == null) {
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok()
			.contentType(TYPES.get("js"))
			.headers((headers) -> secure(headers, request))
			.header(HttpHeaders.CACHE_CONTROL, "max-age=86400")
			.body(file);
	}

	private static void secure(HttpHeaders headers, ServerRequest request) {
		headers.set("Content-Security-Policy", contentSecurityPolicy(request.headers().firstHeader(HttpHeaders.HOST)));
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", "no-referrer");
	}

	/**
	 * Everything from this origin only, and no inline script. Connections to this origin over HTTP and to its
	 * WebSocket (named explicitly, as browsers before CSP 3 do not count ws: as {@code 'self'}).
	 */
	static String contentSecurityPolicy(@Nullable String host) {
		String webSockets = (host != null && HOST.matcher(host).matches()) ? " ws://" + host + " wss://" + host : "";
		return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'" + webSockets + "; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
	}

	/** The one version of a WebJar's file on the class path, whatever its version (api/pom.xml chooses it). */
	private static Resource webJar(String webJar, String file) {
		String pattern = "classpath*:META-INF/resources/webjars/" + webJar + "/*/" + file;
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			if (found.length != 1) {
				throw new IllegalStateException("The console needs exactly one " + pattern + " on the class path, found "
						+ found.length + " (see the WebJars in api/pom.xml)");
			}
			return found[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
