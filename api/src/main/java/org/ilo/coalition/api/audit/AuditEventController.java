package org.ilo.coalition.api.audit;

import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.PageArguments;
import org.ilo.coalition.graph.audit.AuditEventView;
import org.ilo.coalition.graph.audit.AuditLog;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The audit trail, for the secretariat and the coordination group. */
@Controller
public class AuditEventController {

	private final AuditLog audit;

	public AuditEventController(AuditLog audit) {
		this.audit = audit;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'COORDINATION_GROUP')")
	public Connection<AuditEventView> auditEvents(@Argument AuditEventFilterInput filter, @Argument Integer first,
			@Argument String after) {
		int size = PageArguments.first(first, 20);
		AuditEventFilterInput criteria = filter == null ? new AuditEventFilterInput(null, null, null) : filter;
		String target = criteria.targetId() == null ? null : GlobalId.decode("filter.targetId", criteria.targetId()).key();
		return Connection.of(this.audit.findPage(target, criteria.action(),
				Inputs.optional("filter.actor", criteria.actor(), Inputs.SHORT_TEXT), size,
				PageArguments.after(AuditLog.ORDERING, after)), AuditLog::cursorOf, after != null);
	}

	@SchemaMapping(typeName = "AuditEvent")
	public String targetId(AuditEventView event) {
		return GlobalId.of(event.targetType(), event.targetId());
	}

}
