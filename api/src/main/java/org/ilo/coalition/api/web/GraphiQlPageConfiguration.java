package org.ilo.coalition.api.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Replaces the GraphiQL page of Spring for GraphQL (which loads everything from a CDN and takes its endpoint from the
 * URL) with {@link GraphiQlPage}, wherever GraphiQL is on ({@code spring.graphql.graphiql.enabled}; off in
 * {@code prod}, and then neither the page nor its assets are served).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
public class GraphiQlPageConfiguration {

	@Bean
	GraphiQlPage graphiQlPage(GraphQlProperties properties) {
		return new GraphiQlPage(properties.getGraphiql().getPath(), properties.getHttp().getPath(),
				properties.getWebsocket().getPath());
	}

	/** Ahead of Boot's router function ({@code @Order(0)}), which would otherwise answer the same path. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlPageRouterFunction(GraphiQlPage page) {
		return RouterFunctions.route()
			.GET(page.path(), page::page)
			.GET(page.assetsPattern(), page::asset)
			.build();
	}

}
