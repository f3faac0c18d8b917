package org.ilo.coalition.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The request body limit of the GraphQL endpoint ({@link RequestSizeLimitFilter}).
 *
 * @param maxRequestSize largest request body accepted on the GraphQL endpoint; a larger one is answered 413 before it
 * is parsed. The default, 4MB, is far above any real request (documents are limited to
 * {@code coalition.graphql.limits.max-document-characters}, 20000 characters) and above the 2 MB documents that
 * HostileQueryIT sends, so that an oversized document under it still gets the document limit's BAD_REQUEST naming
 * that limit; only bodies that are too big to be worth reading are refused here.
 */
@ConfigurationProperties("coalition.graphql")
public record RequestSizeProperties(@DefaultValue("4MB") DataSize maxRequestSize) {
}
