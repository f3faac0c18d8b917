package org.ilo.coalition.api.graphql;

import graphql.ErrorClassification;

/** The classifications every error of this API carries in {@code extensions.classification}. */
public enum ErrorCode implements ErrorClassification {

	BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, INTERNAL_ERROR

}
