package org.ilo.coalition.graph.request;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** What the directory shows of a support request, with its country, objective and area codes. */
public record SupportRequestView(String id, long version, String title, String description, SupportKind kind, double amount,
		String unit, String language, LocalDate deadline, RequestStatus status, OffsetDateTime createdAt, String countryIso3,
		String objectiveId, List<String> thematicAreaCodes) {

	// Batch loaders key their maps by views: identity is the id and version, and hashing must not walk the lists.
	@Override
	public boolean equals(Object other) {
		return other instanceof SupportRequestView view && view.id.equals(this.id) && view.version == this.version;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
