package org.ilo.coalition.api.partner;

import org.ilo.coalition.graph.workstream.WorkStreamView;

/** A partner's part in a work stream, as the schema's {@code WorkStreamParticipation}. */
public record WorkStreamParticipation(WorkStreamView workStream, Role role) {

	/** The schema's {@code WorkStreamRole}. */
	public enum Role {

		LEAD, SUPPORTER

	}

}
