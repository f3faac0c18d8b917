package org.ilo.coalition.api.ilostat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.CoalitionApplication;
import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.command.ConflictException;
import org.ilo.coalition.graph.ilostat.DataImportView;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.ilostat.ImportRefusedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged jar's command-line import:
 * {@code java -jar api-0.1.0-SNAPSHOT.jar import-ilostat FILE... [--spring.neo4j.uri=...]}.
 * Starts the application without its web server against the configured database (the embedded one under
 * {@code coalition.neo4j.embedded.data-directory} when none is configured, which the running service must not hold),
 * brings the graph up to date as a start does, imports each file in turn and prints its report.
 */
public final class ImportCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "import-ilostat";

	/** Exit codes: every file imported; a file refused or failed (the files after it are not tried); bad usage. */
	public static final int IMPORTED = 0;

	public static final int REFUSED = 1;

	public static final int USAGE = 2;

	private ImportCommand() {
	}

	/** Runs the command with the arguments after {@link #NAME}; returns the exit code. */
	public static int run(List<String> arguments, PrintStream out) {
		List<Path> files = new ArrayList<>();
		List<String> springArguments = new ArrayList<>();
		for (String argument : arguments) {
			if (argument.startsWith("--")) {
				springArguments.add(argument);
			}
			else {
				files.add(Path.of(argument));
			}
		}
		if (files.isEmpty()) {
			out.println("Usage: java -jar api-0.1.0-SNAPSHOT.jar " + NAME + " FILE... [--spring.neo4j.uri=bolt://host:7687 "
					+ "--spring.neo4j.authentication.username=... --spring.neo4j.authentication.password=...]");
			out.println("FILE: an ILOSTAT bulk CSV or SDMX-CSV file, plain or gzip.");
			return USAGE;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				out.println("Cannot read " + file);
				return USAGE;
			}
		}
		SpringApplication application = new SpringApplication(CoalitionApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		springArguments.add("--coalition.demo-data.enabled=false");
		try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
			IlostatImporter importer = context.getBean(IlostatImporter.class);
			Actor actor = new Actor(System.getProperty("user.name", "operator") + " (command line)", "SECRETARIAT");
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					DataImportView report = importer.importFile(in, file.getFileName().toString(), actor);
					out.println(describe(report));
				}
				catch (ImportRefusedException ex) {
					out.println(describe(ex.record()));
					return REFUSED;
				}
				catch (ConflictException ex) {
					out.println(file.getFileName() + ": not imported: " + ex.getMessage());
					return REFUSED;
				}
				catch (IOException ex) {
					out.println("Cannot read " + file + ": " + ex.getMessage());
					return REFUSED;
				}
			}
		}
		return IMPORTED;
	}

	static String describe(DataImportView report) {
		StringBuilder text = new StringBuilder();
		text.append(report.fileName()).append(": ").append(report.status());
		if (report.format() != null) {
			text.append(" (").append(report.format()).append(")");
		}
		text.append(System.lineSeparator()).append("  import id ").append(report.id());
		text.append(System.lineSeparator())
			.append("  rows read %d; observations created %d, updated %d, unchanged %d; rows skipped %d".formatted(
					report.rowsRead(), report.created(), report.updated(), report.unchanged(), report.skippedTotal()));
		report.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach((e) -> text
			.append(System.lineSeparator())
			.append("    %,d %s".formatted(e.getValue(), e.getKey().description())));
		if (!report.severityChanges().isEmpty()) {
			text.append(System.lineSeparator())
				.append("  open requests whose severity changed: ").append(report.severityChanges().size());
			report.severityChanges().forEach((c) -> text.append(System.lineSeparator())
				.append("    %s (%s): %s -> %s".formatted(c.requestId(), c.countryIso3(), severity(c.before()),
						severity(c.after()))));
		}
		if (report.error() != null) {
			text.append(System.lineSeparator()).append("  error: ").append(report.error());
		}
		return text.toString();
	}

	private static String severity(Integer severity) {
		return severity == null ? "no data" : "severity " + severity;
	}

}
