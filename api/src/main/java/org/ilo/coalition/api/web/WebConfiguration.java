package org.ilo.coalition.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The HTTP layer around the GraphQL endpoint: the request body limit and the error page that is no endpoint. Both
 * filters run right after the request id and the start-up gate, before security.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeProperties properties,
			GraphQlProperties graphQl) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(graphQl.getHttp().getPath(), properties.maxRequestSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ErrorPathFilter> errorPathFilter(@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<ErrorPathFilter> registration = new FilterRegistrationBean<>(new ErrorPathFilter(errorPath));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
