package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.ilostat.DataImportWriter.ReadFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a file of ILOSTAT figures (bulk CSV, SDMX-CSV or the platform's snapshot layout, plain or gzip): reads and
 * validates all of it first, keeping only the catalogue's headline figures of member States, then writes them in one
 * transaction. A bad row refuses the whole file; either way the import is recorded.
 */
@Service
public class IlostatImporter {

	private static final Logger log = LoggerFactory.getLogger(IlostatImporter.class);

	private static final long PROGRESS_EVERY = 1_000_000;

	private final DataImportStore store;

	private final DataImportWriter writer;

	public IlostatImporter(DataImportStore store, DataImportWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	/**
	 * Reads {@code in} to its end and imports it.
	 *
	 * @throws ImportRefusedException when the file is refused (its error names the line and column) or writing
	 * failed; nothing of the file is then in the graph
	 * @throws ConflictException when another import is running
	 */
	public DataImportView importFile(InputStream in, String fileName, Actor actor) {
		String id = UUID.randomUUID().toString();
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
		DigestInputStream digesting = new DigestInputStream(in, sha256());
		ObservationSelector selector = new ObservationSelector(this.store.series(), this.store.memberStates());
		FileFormat format = null;
		long rows = 0;
		try (ObservationFileReader reader = ObservationFileReader.open(digesting, started.getYear() + 1)) {
			format = reader.format();
			for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
				selector.accept(row);
				rows++;
				if (reader.rowsRead() % PROGRESS_EVERY == 0) {
					log.info("Import of {}: {} rows read", fileName, reader.rowsRead());
				}
			}
			drain(digesting);
		}
		catch (ImportFileException ex) {
			throw unsuccessful(id, fileName, format, rows, digesting, started, actor, ex.getMessage(), ex);
		}
		catch (IOException | UncheckedIOException ex) {
			throw unsuccessful(id, fileName, format, rows, digesting, started, actor,
					"cannot be read: " + ex.getMessage(), ex);
		}
		String sha256 = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		log.info("Read {} ({}): {} rows checked and {} figures kept in {} ms", fileName, format, rows,
				selector.keptCount(), java.time.Duration.between(started, OffsetDateTime.now(ZoneOffset.UTC)).toMillis());
		try {
			return this.writer.write(new ReadFile(id, fileName, format, sha256, started, rows, selector.selected(),
					selector.skipped(), actor));
		}
		catch (ConflictException ex) {
			// Another import is running: this one wrote nothing and has no record; the caller may try again.
			throw ex;
		}
		catch (RuntimeException ex) {
			DataImportView failed = new DataImportView(id, fileName, format, sha256, started,
					OffsetDateTime.now(ZoneOffset.UTC), ImportStatus.FAILED, rows, 0, 0, 0, selector.skipped(),
					List.of(), actor.username(), actor.role(), "writing failed: " + ex.getMessage());
			this.writer.recordUnsuccessful(failed);
			throw new ImportRefusedException(failed, ex);
		}
	}

	/**
	 * Undoes the imports a stopped process left half-written (their batches had committed, their end had not); called
	 * at start-up, before anything reads the observations. Returns their ids.
	 */
	public List<String> undoInterrupted() {
		return this.writer.undoInterrupted();
	}

	/** Whether a file with this SHA-256 was imported completely before. */
	public boolean imported(String sha256) {
		return this.store.completedWithChecksum(sha256);
	}

	private ImportRefusedException unsuccessful(String id, String fileName, FileFormat format, long rows,
			DigestInputStream digesting, OffsetDateTime started, Actor actor, String error, Exception cause) {
		// The checksum of what was read up to the error: enough to tell two refused attempts apart.
		String sha256 = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		DataImportView refused = new DataImportView(id, fileName, format, sha256, started,
				OffsetDateTime.now(ZoneOffset.UTC), ImportStatus.REFUSED, rows, 0, 0, 0, Map.of(), List.of(),
				actor.username(), actor.role(), error);
		this.writer.recordUnsuccessful(refused);
		log.warn("Import of {} refused: {}", fileName, error);
		return new ImportRefusedException(refused, cause);
	}

	// The reader stops at the last row; what follows (gzip trailer) still belongs to the file's checksum.
	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[8192];
		while (in.read(buffer) >= 0) {
			// read to the end
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
