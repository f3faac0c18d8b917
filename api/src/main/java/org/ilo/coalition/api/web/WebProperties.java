package org.ilo.coalition.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the GraphQL endpoint's HTTP layer.
 *
 * @param maxRequestSize largest request body accepted on the GraphQL endpoint; a larger one is answered 413 before it
 * is parsed
 */
@ConfigurationProperties("coalition.graphql")
public record WebProperties(@DefaultValue("4MB") DataSize maxRequestSize) {
}
