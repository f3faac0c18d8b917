package org.ilo.coalition.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The HTTP layer around the GraphQL endpoint: the error page that is no endpoint. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

	@Bean
	FilterRegistrationBean<ErrorPathFilter> errorPathFilter(@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<ErrorPathFilter> registration = new FilterRegistrationBean<>(new ErrorPathFilter(errorPath));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
