package org.ilo.coalition.matching.plan;

/**
 * Support an objective already receives, from another initiative or from an accepted match of another request, so
 * that matching avoids duplicating it (paper §28, coherence).
 */
public record ExistingSupport(String objectiveId, SupportKind kind, String source) {
}
