package org.ilo.coalition.api.graphql;

import graphql.ErrorClassification;

/**
 * The classifications every error of this API carries in {@code extensions.classification}; {@code TIMEOUT} means the
 * database stopped the work after the transaction time limit (ask for less, or retry later); {@code UNAVAILABLE}
 * (HTTP 503) means the service is still starting, or could not start, and answered nothing.
 */
public enum ErrorCode implements ErrorClassification {

	BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TIMEOUT, UNAVAILABLE, INTERNAL_ERROR

}
