package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.ilo.coalition.graph.command.Actor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ILOSTAT figures shipped with the platform ({@value #RESOURCE}, provenance beside it), imported through the same
 * importer as any file the secretariat brings, once per database: a start finds the file's checksum among the
 * completed imports and skips it.
 */
@Component
public class ShippedDeficits {

	/** The snapshot on the class path. */
	public static final String RESOURCE = "reference/ilostat/ilostat-sdg-latest.csv";

	/** The name its import is recorded under. */
	public static final String FILE_NAME = "ilostat-sdg-latest.csv (shipped with the platform)";

	private final IlostatImporter importer;

	public ShippedDeficits(IlostatImporter importer) {
		this.importer = importer;
	}

	/** Imports the shipped figures unless this database already has them; returns the import if it ran. */
	public Optional<DataImportView> importIfNew() {
		if (this.importer.imported(checksum())) {
			return Optional.empty();
		}
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return Optional.of(this.importer.importFile(in, FILE_NAME, Actor.SYSTEM));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped ILOSTAT figures " + RESOURCE, ex);
		}
	}

	static String checksum() {
		try {
			byte[] bytes = new ClassPathResource(RESOURCE).getContentAsByteArray();
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped ILOSTAT figures " + RESOURCE, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
