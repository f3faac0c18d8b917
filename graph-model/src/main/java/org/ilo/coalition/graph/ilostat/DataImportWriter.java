package org.ilo.coalition.graph.ilostat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.ilostat.DataImportStore.Stored;
import org.ilo.coalition.graph.ilostat.ObservationSelector.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated file's figures in one transaction, so that an import is all or nothing: observations created or
 * revised in batches, the requests whose severity moved, the import record and its audit events.
 */
@Component
class DataImportWriter {

	private static final Logger log = LoggerFactory.getLogger(DataImportWriter.class);

	static final int BATCH = 5_000;

	private final DataImportStore store;

	private final AuditLog audit;

	DataImportWriter(DataImportStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	/** What was read and kept from a file, ready to be written. */
	record ReadFile(String id, String fileName, FileFormat format, String sha256, OffsetDateTime startedAt,
			long rowsRead, List<Candidate> selected, Map<SkipReason, Long> skipped, Actor actor) {
	}

	// The import's own timeout: a large file's figures take longer than an API write's default.
	@Transactional(timeoutString = "${coalition.import.transaction-timeout:600}")
	public DataImportView write(ReadFile file) {
		long started = System.nanoTime();
		Map<String, SeverityChange> before = this.store.openRequestSeverities();
		long severitiesRead = System.nanoTime();
		this.store.createImport(file.id(), file.fileName(), file.format(), file.sha256(), file.startedAt(),
				file.actor().username(), file.actor().role());
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		long created = 0;
		long updated = 0;
		long unchanged = 0;
		long readingStored = 0;
		long creating = 0;
		long revising = 0;
		List<Candidate> selected = file.selected();
		for (int from = 0; from < selected.size(); from += BATCH) {
			List<Candidate> batch = selected.subList(from, Math.min(selected.size(), from + BATCH));
			long batchStarted = System.nanoTime();
			Map<String, Stored> stored = this.store.existing(batch.stream().map(Candidate::id).toList());
			readingStored += System.nanoTime() - batchStarted;
			List<Map<String, Object>> toCreate = new ArrayList<>();
			List<Map<String, Object>> toRevise = new ArrayList<>();
			for (Candidate candidate : batch) {
				Stored current = stored.get(candidate.id());
				if (current == null) {
					toCreate.add(row(candidate));
				}
				else if (current.value() != candidate.value()
						|| !Objects.equals(current.obsStatus(), candidate.obsStatus())
						|| !Objects.equals(current.source(), candidate.source())) {
					toRevise.add(row(candidate));
				}
				else {
					unchanged++;
				}
			}
			long writing = System.nanoTime();
			if (!toCreate.isEmpty()) {
				this.store.createObservations(file.id(), toCreate);
			}
			creating += System.nanoTime() - writing;
			writing = System.nanoTime();
			if (!toRevise.isEmpty()) {
				this.store.reviseObservations(file.id(), at, toRevise);
			}
			revising += System.nanoTime() - writing;
			created += toCreate.size();
			updated += toRevise.size();
		}
		long observationsWritten = System.nanoTime();
		List<SeverityChange> changes = changes(before, this.store.openRequestSeverities());
		OffsetDateTime ended = OffsetDateTime.now(ZoneOffset.UTC);
		DataImportView view = new DataImportView(file.id(), file.fileName(), file.format(), file.sha256(),
				file.startedAt(), ended, ImportStatus.COMPLETED, file.rowsRead(), created, updated, unchanged,
				file.skipped(), changes, file.actor().username(), file.actor().role(), null);
		this.store.completeImport(view);
		this.audit.record(file.actor(), AuditAction.DEFICITS_IMPORTED, "DataImport", file.id(), null,
				ImportStatus.COMPLETED.name(), "%s: %d rows read, %d observations created, %d updated, %d unchanged, %d skipped"
					.formatted(file.fileName(), file.rowsRead(), created, updated, unchanged, view.skippedTotal()));
		for (SeverityChange change : changes) {
			this.audit.record(file.actor(), AuditAction.REQUEST_PRIORITY_CHANGED, "SupportRequest",
					change.requestId(), severityText(change.before()), severityText(change.after()),
					"Deficit severity moved by import " + file.id() + " of " + file.fileName());
		}
		log.info("Imported {} ({}): {} rows, {} created, {} updated, {} unchanged, skipped {}, {} requests changed "
				+ "severity; written in {} ms ({} ms request severities before, {} ms observations: {} reading stored, "
				+ "{} creating, {} revising; {} ms after)",
				file.fileName(), file.format(), file.rowsRead(), created, updated, unchanged, file.skipped(),
				changes.size(), (System.nanoTime() - started) / 1_000_000, (severitiesRead - started) / 1_000_000,
				(observationsWritten - severitiesRead) / 1_000_000, readingStored / 1_000_000, creating / 1_000_000,
				revising / 1_000_000, (System.nanoTime() - observationsWritten) / 1_000_000);
		return view;
	}

	/** Records a refused or failed import in its own transaction, whatever happened to the caller's. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordUnsuccessful(DataImportView view) {
		this.store.recordUnsuccessful(view);
		this.audit.record(new Actor(view.actor(), view.actorRole()), AuditAction.DEFICITS_IMPORTED, "DataImport",
				view.id(), null, view.status().name(), view.fileName() + ": " + view.error());
	}

	static String severityText(Integer severity) {
		return severity == null ? "no data" : "severity " + severity;
	}

	private static List<SeverityChange> changes(Map<String, SeverityChange> before, Map<String, SeverityChange> after) {
		List<SeverityChange> changes = new ArrayList<>();
		after.forEach((id, now) -> {
			SeverityChange then = before.get(id);
			if (then != null && !Objects.equals(then.before(), now.after())) {
				changes.add(new SeverityChange(id, now.countryIso3(), then.before(), now.after()));
			}
		});
		changes.sort(java.util.Comparator.comparing(SeverityChange::requestId));
		return changes;
	}

	private static Map<String, Object> row(Candidate c) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", c.id());
		row.put("iso3", c.iso3());
		row.put("series", c.series().id());
		row.put("indicator", c.series().indicatorCode());
		row.put("year", (long) c.year());
		row.put("value", c.value());
		Integer severity = c.series().severityOf(c.value());
		row.put("severity", severity == null ? null : severity.longValue());
		row.put("obsStatus", c.obsStatus());
		row.put("source", c.source());
		row.put("classif1", c.classif1());
		row.put("alternatives", (long) c.alternatives());
		return row;
	}

}
