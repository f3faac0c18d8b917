package org.ilo.coalition.graph.ilostat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One import of an observation file, as recorded.
 *
 * @param format the layout detected, {@code null} when the file was refused before its header was read
 * @param rowsRead data rows read (the header not counted); for a refused file, rows read before the bad one
 * @param created observations that did not exist before
 * @param updated observations whose value, status or source changed (the previous one kept in their history)
 * @param unchanged observations the file gives exactly as stored
 * @param skipped rows left out, by reason
 * @param error why the file was refused or failed, naming the line and column
 */
public record DataImportView(String id, String fileName, FileFormat format, String sha256, OffsetDateTime startedAt,
		OffsetDateTime endedAt, ImportStatus status, long rowsRead, long created, long updated, long unchanged,
		Map<SkipReason, Long> skipped, List<SeverityChange> severityChanges, String actor, String actorRole,
		String error) {

	public DataImportView {
		skipped = Map.copyOf(skipped);
		severityChanges = List.copyOf(severityChanges);
	}

	/** Observations created or updated. */
	public long written() {
		return this.created + this.updated;
	}

	/** Rows left out, all reasons together. */
	public long skippedTotal() {
		return this.skipped.values().stream().mapToLong(Long::longValue).sum();
	}

}
