package org.ilo.coalition.graph.request;

import java.util.List;

/**
 * Where a support request stands. WITHDRAWN is set by the member State; the others follow the request's matches
 * ({@link RequestStatuses}, docs/matching.md "The request's status").
 */
public enum RequestStatus {

	OPEN, PARTIALLY_MATCHED, MATCHED, IN_DELIVERY, DELIVERED, WITHDRAWN;

	/**
	 * The states in which part of a request may still lack support: what matching runs, recommendations and the
	 * priority report of a data import consider (a MATCHED request is covered by confirmed matches; a matching run
	 * still counts what those hold of their offers).
	 */
	public static final List<String> SEEKING_SUPPORT = List.of(OPEN.name(), PARTIALLY_MATCHED.name(),
			IN_DELIVERY.name());

}
