package org.ilo.coalition.api.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The web console at {@code /console} ({@link ConsolePages}), on unless {@code coalition.console.enabled} is false (as
 * in the {@code prod} profile); then nothing under {@code /console} is served (404). It is static files only: every
 * piece of data it shows comes from the public GraphQL endpoint, under the caller's own credentials (docs/console.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "coalition.console.enabled", matchIfMissing = true)
public class ConsoleConfiguration {

	@Bean
	ConsolePages consolePages(GraphQlProperties properties) {
		return new ConsolePages(properties.getHttp().getPath(), properties.getWebsocket().getPath());
	}

	/** Ahead of Boot's router functions, like GraphiQL's page. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> consoleRouterFunction(ConsolePages pages) {
		return RouterFunctions.route()
			.GET(ConsolePages.PATH, pages::page)
			.GET(ConsolePages.PATH + "/", pages::page)
			.GET(ConsolePages.PATH + "/vendor/{name}", pages::vendor)
			.GET(ConsolePages.PATH + "/{*file}", pages::file)
			.build();
	}

}
