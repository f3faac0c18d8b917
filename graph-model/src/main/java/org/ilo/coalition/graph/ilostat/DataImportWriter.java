package org.ilo.coalition.graph.ilostat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ilo.coalition.graph.audit.AuditAction;
import org.ilo.coalition.graph.audit.AuditLog;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.ilostat.DataImportStore.Stored;
import org.ilo.coalition.graph.ilostat.ObservationSelector.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ilo.coalition.graph.notification.Audience;
import org.ilo.coalition.graph.notification.NotificationDraft;
import org.ilo.coalition.graph.notification.NotificationType;
import org.ilo.coalition.graph.notification.Notifications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a validated file's figures: the import's record first, then the observations in batches of {@value #BATCH},
 * each in its own transaction (so neither this JVM nor the database holds a whole file's changes at once), then the
 * requests whose severity moved and the audit events. A failure part-way undoes what the import wrote, batch by batch,
 * from the revisions it recorded; an import a crash interrupted is undone at the next start ({@link #undoInterrupted}).
 */
@Component
class DataImportWriter {

	private static final Logger log = LoggerFactory.getLogger(DataImportWriter.class);

	static final int BATCH = 5_000;

	private final DataImportStore store;

	private final AuditLog audit;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	DataImportWriter(DataImportStore store, AuditLog audit, Notifications notifications,
			PlatformTransactionManager transactionManager) {
		this.store = store;
		this.audit = audit;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What was read and kept from a file, ready to be written. */
	record ReadFile(String id, String fileName, FileFormat format, String sha256, OffsetDateTime startedAt,
			long rowsRead, List<Candidate> selected, Map<SkipReason, Long> skipped, Actor actor) {
	}

	/**
	 * Writes the file's figures.
	 *
	 * @throws ConflictException when another import is running; nothing is written then
	 */
	public DataImportView write(ReadFile file) {
		long started = System.nanoTime();
		Map<String, SeverityChange> before = this.transactions.execute((status) -> this.store.openRequestSeverities());
		this.transactions.executeWithoutResult((status) -> {
			String running = this.store.lockImportsAndFindRunning();
			if (running != null) {
				throw new ConflictException("file", "Another import (" + running + ") is running; try again when it "
						+ "has ended");
			}
			this.store.createImport(file.id(), file.fileName(), file.format(), file.sha256(), file.startedAt(),
					file.actor().username(), file.actor().role());
		});
		long severitiesRead = System.nanoTime();
		try {
			Counts counts = writeObservations(file);
			long observationsWritten = System.nanoTime();
			DataImportView view = this.transactions.execute((status) -> complete(file, before, counts));
			log.info("Imported {} ({}): {} rows, {} created, {} updated, {} unchanged, skipped {}, {} requests changed "
					+ "severity; written in {} ms ({} ms request severities before, {} ms observations: {} reading "
					+ "stored, {} creating, {} revising; {} ms after)", file.fileName(), file.format(), file.rowsRead(),
					counts.created, counts.updated, counts.unchanged, file.skipped(), view.severityChanges().size(),
					(System.nanoTime() - started) / 1_000_000, (severitiesRead - started) / 1_000_000,
					(observationsWritten - severitiesRead) / 1_000_000, counts.readingStored / 1_000_000,
					counts.creating / 1_000_000, counts.revising / 1_000_000,
					(System.nanoTime() - observationsWritten) / 1_000_000);
			return view;
		}
		catch (RuntimeException ex) {
			undo(file.id());
			throw ex;
		}
	}

	private Counts writeObservations(ReadFile file) {
		Counts counts = new Counts();
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		List<Candidate> selected = file.selected();
		for (int from = 0; from < selected.size(); from += BATCH) {
			List<Candidate> batch = selected.subList(from, Math.min(selected.size(), from + BATCH));
			this.transactions.executeWithoutResult((status) -> writeBatch(file.id(), at, batch, counts));
		}
		return counts;
	}

	private void writeBatch(String importId, OffsetDateTime at, List<Candidate> batch, Counts counts) {
		long started = System.nanoTime();
		Map<String, Stored> stored = this.store.existing(batch.stream().map(Candidate::id).toList());
		long read = System.nanoTime();
		List<Map<String, Object>> toCreate = new ArrayList<>();
		List<Map<String, Object>> toRevise = new ArrayList<>();
		long unchanged = 0;
		for (Candidate candidate : batch) {
			Stored current = stored.get(candidate.id());
			if (current == null) {
				toCreate.add(row(candidate));
			}
			else if (current.value() != candidate.value() || !Objects.equals(current.obsStatus(), candidate.obsStatus())
					|| !Objects.equals(current.source(), candidate.source())) {
				toRevise.add(row(candidate));
			}
			else {
				unchanged++;
			}
		}
		if (!toCreate.isEmpty()) {
			this.store.createObservations(importId, toCreate);
		}
		long created = System.nanoTime();
		if (!toRevise.isEmpty()) {
			this.store.reviseObservations(importId, at, toRevise);
		}
		// Counted once the batch's statements have run; a batch that fails is undone with the rest.
		counts.created += toCreate.size();
		counts.updated += toRevise.size();
		counts.unchanged += unchanged;
		counts.readingStored += read - started;
		counts.creating += created - read;
		counts.revising += System.nanoTime() - created;
	}

	private DataImportView complete(ReadFile file, Map<String, SeverityChange> before, Counts counts) {
		List<SeverityChange> changes = changes(before, this.store.openRequestSeverities());
		DataImportView view = new DataImportView(file.id(), file.fileName(), file.format(), file.sha256(),
				file.startedAt(), OffsetDateTime.now(ZoneOffset.UTC), ImportStatus.COMPLETED, file.rowsRead(),
				counts.created, counts.updated, counts.unchanged, file.skipped(), changes, file.actor().username(),
				file.actor().role(), null);
		this.store.completeImport(view);
		this.audit.record(file.actor(), AuditAction.DEFICITS_IMPORTED, "DataImport", file.id(), null,
				ImportStatus.COMPLETED.name(), "%s: %d rows read, %d observations created, %d updated, %d unchanged, %d skipped"
					.formatted(file.fileName(), file.rowsRead(), counts.created, counts.updated, counts.unchanged,
							view.skippedTotal()));
		for (SeverityChange change : changes) {
			this.audit.record(file.actor(), AuditAction.REQUEST_PRIORITY_CHANGED, "SupportRequest",
					change.requestId(), severityText(change.before()), severityText(change.after()),
					"Deficit severity moved by import " + file.id() + " of " + file.fileName());
			this.notifications.publish(new NotificationDraft(NotificationType.REQUEST_PRIORITY_CHANGED, "SupportRequest",
					change.requestId(), "New deficit figures (" + file.fileName() + ") moved the matching priority of a "
							+ "support request of " + change.countryIso3() + " from " + severityText(change.before())
							+ " to " + severityText(change.after()) + ".",
					change.requestId(), null, change.countryIso3(),
					List.of(Audience.memberState(change.countryIso3()), Audience.COORDINATION_GROUP)));
		}
		return view;
	}

	/** Undoes what import {@code importId} wrote: revised figures restored, created ones deleted, batch by batch. */
	void undo(String importId) {
		long restored = 0;
		long deleted = 0;
		long step;
		do {
			step = this.transactions.execute((status) -> this.store.restoreRevisedBy(importId, BATCH));
			restored += step;
		}
		while (step > 0);
		do {
			step = this.transactions.execute((status) -> this.store.deleteCreatedBy(importId, BATCH));
			deleted += step;
		}
		while (step > 0);
		log.warn("Import {} undone: {} observations restored, {} deleted", importId, restored, deleted);
	}

	/** Undoes every import left running by a process that stopped; returns their ids. */
	List<String> undoInterrupted() {
		List<String> running = this.transactions.execute((status) -> this.store.runningImports());
		for (String id : running) {
			undo(id);
			this.transactions.executeWithoutResult((status) -> this.store.markInterrupted(id,
					"interrupted (the application stopped during the import); undone at the next start"));
		}
		return running;
	}

	/** Records a refused or failed import, whatever happened to the transactions before. */
	public void recordUnsuccessful(DataImportView view) {
		this.transactions.executeWithoutResult((status) -> {
			this.store.recordUnsuccessful(view);
			this.audit.record(new Actor(view.actor(), view.actorRole()), AuditAction.DEFICITS_IMPORTED, "DataImport",
					view.id(), null, view.status().name(), view.fileName() + ": " + view.error());
		});
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
		changes.sort(Comparator.comparing(SeverityChange::requestId));
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

	private static final class Counts {

		private long created;

		private long updated;

		private long unchanged;

		private long readingStored;

		private long creating;

		private long revising;

	}

}
