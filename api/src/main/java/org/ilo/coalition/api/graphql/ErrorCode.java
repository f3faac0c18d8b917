package org.ilo.coalition.api.graphql;

import graphql.ErrorClassification;

/**
 * The classifications every error of this API carries in {@code extensions.classification}; {@code TIMEOUT} means the
 * database stopped the work after the transaction time limit (ask for less, or retry later).
 */
public enum ErrorCode implements ErrorClassification {

	BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TIMEOUT, INTERNAL_ERROR

}
