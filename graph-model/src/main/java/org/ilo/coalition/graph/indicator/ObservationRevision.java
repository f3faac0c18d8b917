package org.ilo.coalition.graph.indicator;

import java.time.OffsetDateTime;

/**
 * A figure an import replaced: what the observation said before, and the import that had written it.
 *
 * @param importId the import that had written the replaced figure, {@code null} when it was not imported
 */
public record ObservationRevision(String observationId, double value, Integer severity, String obsStatus,
		String source, String importId, OffsetDateTime replacedAt) {

	/** ILOSTAT's status flag of the replaced figure with its meaning, {@code null} when it had none. */
	public ObservationStatus status() {
		return ObservationStatus.of(this.obsStatus);
	}

}
