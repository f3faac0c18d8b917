package org.ilo.coalition.api.audit;

import org.ilo.coalition.graph.audit.AuditAction;

/** The schema's {@code AuditEventFilter}. */
public record AuditEventFilterInput(String targetId, AuditAction action, String actor) {
}
