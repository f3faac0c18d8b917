package org.ilo.coalition.graph.workstream;

import java.util.List;

/** What the directory shows of a work stream, with the ids of its lead and supporters. */
public record WorkStreamView(String id, String name, String description, String programmeCode, String leadId,
		List<String> supporterIds) {
}
