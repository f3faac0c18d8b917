package org.ilo.coalition.graph.offer;

/** Whether an offer can still be matched. */
public enum OfferStatus {

	ACTIVE, WITHDRAWN

}
