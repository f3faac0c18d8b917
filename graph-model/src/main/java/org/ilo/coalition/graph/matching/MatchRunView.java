package org.ilo.coalition.graph.matching;

import java.time.OffsetDateTime;

/**
 * A matching run as stored.
 *
 * @param bestScore the best score so far (while solving, from the live run) or at the end; null before any
 * @param counts null until the run completed
 */
public record MatchRunView(String id, MatchRunStatus status, MatchScope scope, int timeLimitSeconds,
		OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt, ScoreValue bestScore,
		RunCounts counts, String failureReason, String createdBy, Long solveMillis, Long explainMillis) {

	/** The same run with a live best score. */
	public MatchRunView withBestScore(ScoreValue score) {
		return new MatchRunView(this.id, this.status, this.scope, this.timeLimitSeconds, this.createdAt,
				this.startedAt, this.endedAt, score, this.counts, this.failureReason, this.createdBy, this.solveMillis,
				this.explainMillis);
	}

	// Batch loaders key their maps by views: identity is the id and status.
	@Override
	public boolean equals(Object other) {
		return other instanceof MatchRunView view && view.id.equals(this.id) && view.status == this.status;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
