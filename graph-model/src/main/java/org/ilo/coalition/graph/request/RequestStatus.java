package org.ilo.coalition.graph.request;

/** Where a support request stands. */
public enum RequestStatus {

	OPEN, MATCHED, FULFILLED, WITHDRAWN

}
