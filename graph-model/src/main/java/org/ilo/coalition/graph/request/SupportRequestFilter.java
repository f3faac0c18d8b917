package org.ilo.coalition.graph.request;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** Criteria of the support-request list; {@code null} criteria do not filter. */
public record SupportRequestFilter(String countryIso3, String thematicAreaCode, RequestStatus status,
		SupportKind kind) {

	/** No criteria: every request. */
	public static final SupportRequestFilter ALL = new SupportRequestFilter(null, null, null, null);

}
