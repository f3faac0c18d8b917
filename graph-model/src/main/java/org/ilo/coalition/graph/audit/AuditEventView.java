package org.ilo.coalition.graph.audit;

import java.time.OffsetDateTime;

/** One recorded state change: who did what to which object, and its status before and after. */
public record AuditEventView(String id, OffsetDateTime at, String actor, String actorRole, AuditAction action,
		String targetType, String targetId, String beforeStatus, String afterStatus, String summary) {
}
