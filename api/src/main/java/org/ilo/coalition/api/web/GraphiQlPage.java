package org.ilo.coalition.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 * GraphiQL served entirely by the application, so that it works offline and behind firewalls: React and GraphiQL
 * (whose bundle includes the graphql-ws client) come from WebJars on the class path, the page and its start-up script
 * from this module. The endpoints are the application's own ({@code spring.graphql.http.path}, and
 * {@code spring.graphql.websocket.path} for subscriptions, on the page's origin), written into the page by the server;
 * nothing is taken from the URL. Subscriptions carry the Headers tab's headers in the graphql-ws
 * {@code connection_init} payload. A Content-Security-Policy allows scripts, styles and connections to this origin
 * only.
 */
public class GraphiQlPage {

	/** Characters of a host and port as the Host header may carry them; anything else is left out of the policy. */
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private final String path;

	private final String graphQlPath;

	private final @Nullable String webSocketPath;

	private final String template;

	private final Map<String, Resource> assets;

	/**
	 * @param path where the page is served ({@code spring.graphql.graphiql.path}); its assets are under
	 * {@code path/assets/}
	 * @param graphQlPath the HTTP endpoint ({@code spring.graphql.http.path})
	 * @param webSocketPath the graphql-ws endpoint ({@code spring.graphql.websocket.path}), or {@code null} when there is
	 * none (then the page has no subscriptions)
	 */
	public GraphiQlPage(String path, String graphQlPath, @Nullable String webSocketPath) {
		this.path = path;
		this.graphQlPath = graphQlPath;
		this.webSocketPath = webSocketPath;
		this.template = read(new ClassPathResource("coalition-graphiql/index.html"));
		Map<String, Resource> assets = new LinkedHashMap<>();
		assets.put("graphiql.min.css", webJar("graphiql", "graphiql.min.css"));
		assets.put("coalition-graphiql.css", existing(new ClassPathResource("coalition-graphiql/coalition-graphiql.css")));
		assets.put("react.production.min.js", webJar("react", "umd/react.production.min.js"));
		assets.put("react-dom.production.min.js", webJar("react-dom", "umd/react-dom.production.min.js"));
		assets.put("graphiql.min.js", webJar("graphiql", "graphiql.min.js"));
		assets.put("coalition-graphiql.js", existing(new ClassPathResource("coalition-graphiql/coalition-graphiql.js")));
		this.assets = Map.copyOf(assets);
	}

	public String path() {
		return this.path;
	}

	public String assetsPattern() {
		return this.path + "/assets/{name}";
	}

	/** The page, with the endpoints of this application written in. */
	public ServerResponse page(ServerRequest request) {
		String contextPath = request.servletRequest().getContextPath();
		String assetsBase = contextPath + this.path + "/assets/";
		String html = this.template.replace("{{assets}}", HtmlUtils.htmlEscape(assetsBase))
			.replace("{{graphQlPath}}", HtmlUtils.htmlEscape(contextPath + this.graphQlPath))
			.replace("{{webSocketPath}}",
					(this.webSocketPath != null) ? HtmlUtils.htmlEscape(contextPath + this.webSocketPath) : "");
		return ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", contentSecurityPolicy(request.headers().firstHeader(HttpHeaders.HOST)))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(html);
	}

	/** One of the page's scripts or style sheets; any other name is not found. */
	public ServerResponse asset(ServerRequest request) {
		String name = request.pathVariable("name");
		Resource asset = this.assets.get(name);
		if (asset == null) {
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok().contentType(name.endsWith(".css") ? CSS : JAVASCRIPT).body(asset);
	}

	/**
	 * Everything from this origin only. Styles also inline: GraphiQL adds a style element at run time. Connections to
	 * this origin over HTTP and to its WebSocket (named explicitly, as browsers before CSP 3 do not count ws: as
	 * {@code 'self'}).
	 */
	static String contentSecurityPolicy(@Nullable String host) {
		String webSockets = (host != null && HOST.matcher(host).matches()) ? " ws://" + host + " wss://" + host : "";
		return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src 'self'" + webSockets + "; base-uri 'none'; form-action 'none'; "
				+ "frame-ancestors 'none'";
	}

	/** The one version of a WebJar's file on the class path, whatever its version (api/pom.xml chooses it). */
	private static Resource webJar(String webJar, String file) {
		String pattern = "classpath*:META-INF/resources/webjars/" + webJar + "/*/" + file;
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			if (found.length != 1) {
				throw new IllegalStateException("GraphiQL needs exactly one " + pattern + " on the class path, found "
						+ found.length + " (see the WebJars in api/pom.xml)");
			}
			return found[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Resource existing(Resource resource) {
		if (!resource.exists()) {
			throw new IllegalStateException("GraphiQL needs " + resource);
		}
		return resource;
	}

	private static String read(Resource resource) {
		try {
			return StreamUtils.copyToString(existing(resource).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
