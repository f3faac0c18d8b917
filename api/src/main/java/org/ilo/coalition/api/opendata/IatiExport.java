package org.ilo.coalition.api.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ilo.coalition.graph.opendata.IatiActivityReader;
import org.ilo.coalition.graph.opendata.IatiActivityRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Produces the IATI activities file: the published matches, read in keyset pages, written with StAX to a temporary
 * file (memory: one page), then validated against the shipped IATI 2.03 schema and checked against IATI's
 * data-quality rules ({@link IatiQualityCheck}), each a streaming pass over the file. Only a file that passes both
 * is handed out; the caller serves it and deletes it.
 */
@Service
public class IatiExport {

	private static final Logger log = LoggerFactory.getLogger(IatiExport.class);

	private final IatiActivityReader reader;

	private final IatiProperties properties;

	private final Clock clock;

	public IatiExport(IatiActivityReader reader, IatiProperties properties, Clock clock) {
		this.reader = reader;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A checked export: the file to serve (the caller deletes it), how many activities it holds, its size, and the
	 * milliseconds spent writing, validating against the schema and checking the data-quality rules.
	 */
	public record File(Path path, int activities, long bytes, long writeMillis, long validateMillis, long checkMillis) {
	}

	/** Writes, validates and checks the export; an export that fails is deleted and thrown as {@link Invalid}. */
	public File export() throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		Path file = Files.createTempFile("iati-activities-", ".xml");
		try {
			long started = System.nanoTime();
			int activities = write(file, today);
			long written = System.nanoTime();
			if (activities == 0) {
				throw new Empty();
			}
			try {
				IatiSchema.validate(file);
			}
			catch (SAXParseException ex) {
				throw new Invalid("the export does not conform to the IATI 2.03 schema at line " + ex.getLineNumber()
						+ ", column " + ex.getColumnNumber() + ": " + ex.getMessage(), ex);
			}
			catch (SAXException ex) {
				throw new Invalid("the export does not conform to the IATI 2.03 schema: " + ex.getMessage(), ex);
			}
			long validated = System.nanoTime();
			List<String> problems;
			try (InputStream in = Files.newInputStream(file)) {
				problems = new IatiQualityCheck(today).check(in);
			}
			catch (XMLStreamException ex) {
				throw new Invalid("the export could not be read back: " + ex.getMessage(), ex);
			}
			if (!problems.isEmpty()) {
				throw new Invalid("the export breaks IATI's data-quality rules: " + String.join("; ", problems), null);
			}
			long checked = System.nanoTime();
			File done = new File(file, activities, Files.size(file), (written - started) / 1_000_000,
					(validated - written) / 1_000_000, (checked - validated) / 1_000_000);
			log.info("IATI export: {} activities, {} bytes; written in {} ms, validated in {} ms, checked in {} ms",
					done.activities(), done.bytes(), done.writeMillis(), done.validateMillis(), done.checkMillis());
			return done;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			if (ex instanceof Invalid invalid) {
				log.error("IATI export refused: {}", invalid.getMessage());
			}
			throw ex;
		}
	}

	private int write(Path file, LocalDate today) throws IOException {
		int count = 0;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			IatiActivitiesWriter writer = new IatiActivitiesWriter(xml, this.properties, today);
			writer.start(OffsetDateTime.now(this.clock));
			String after = "";
			while (true) {
				List<IatiActivityRow> page = this.reader.page(after, this.properties.pageSize());
				for (IatiActivityRow row : page) {
					writer.activity(row);
					count++;
				}
				if (page.size() < this.properties.pageSize()) {
					break;
				}
				after = page.get(page.size() - 1).id();
			}
			writer.end();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write the IATI export: " + ex.getMessage(), ex);
		}
		return count;
	}

	/** Nothing to publish yet: IATI requires at least one activity per file. */
	public static final class Empty extends RuntimeException {

		Empty() {
			super("No match is confirmed yet: there is no activity to publish.");
		}

	}

	/** An export that is not valid IATI: never served. */
	public static final class Invalid extends RuntimeException {

		Invalid(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
