package org.ilo.coalition.graph.ilostat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.ilo.coalition.graph.command.Actor;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graphtest.GraphModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports generated ILOSTAT bulk files of 250,000 and 1,000,000 rows end to end (read, validate, select, write in
 * one transaction), then each again (nothing to write), and prints rows per second, observations written per second,
 * the reading alone, and the heap in use meanwhile (sizes: {@code -Dcoalition.import.benchmark.rows=250000,1000000}).
 * Opt-in:
 *
 * <pre>
 * mvn -B -ntp -pl graph-model verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=IlostatImportBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false -Dcoalition.import.benchmark=true
 * </pre>
 *
 * The embedded Neo4j runs in this JVM, so the heap figures include its transaction state and page cache objects: an
 * upper bound of what the importer needs against a separate server. Sizes alternate so that a disturbance on a shared
 * machine does not fall on one size only.
 */
@EnabledIfSystemProperty(named = "coalition.import.benchmark", matches = "true")
class IlostatImportBenchmarkIT extends GraphModelIntegrationTest {

	private static final long MIB = 1024 * 1024;

	@Autowired
	MigrationRunner migrationRunner;

	@Autowired
	ReferenceDataLoader referenceData;

	@Autowired
	IlostatImporter importer;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	@Test
	void importsGeneratedBulkFilesAndReportsThroughputAndHeap(@TempDir Path directory) throws Exception {
		List<Path> files = new ArrayList<>();
		for (String size : System.getProperty("coalition.import.benchmark.rows", "250000,1000000").split(",")) {
			Path file = directory.resolve("bulk-" + size.strip() + ".csv.gz");
			IlostatBulkFileGenerator.write(file, Long.parseLong(size.strip()), 7);
			files.add(file);
		}
		List<String> lines = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (Path file : files) {
				this.migrationRunner.migrate();
				this.referenceData.load();
				this.neo4jClient.query("MATCH (n) WHERE n:DeficitObservation OR n:ObservationRevision OR n:DataImport "
						+ "OR n:AuditEvent DETACH DELETE n").run();
				lines.add(parseOnly(file));
				Measured first = importOnce(file);
				Measured again = importOnce(file);
				assertThat(first.report().created()).isPositive();
				assertThat(again.report().written()).isZero();
				assertThat(again.report().unchanged()).isEqualTo(first.report().created());
				lines.add(first.line("import"));
				lines.add(again.line("re-import"));
			}
		}
		lines.forEach(System.out::println);
	}

	private String parseOnly(Path file) throws Exception {
		long started = System.nanoTime();
		long rows = 0;
		try (InputStream in = Files.newInputStream(file); ObservationFileReader reader = ObservationFileReader.open(in, 2100)) {
			while (reader.next() != null) {
				rows++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return String.format(Locale.ROOT, "%-18s parse only  %,10d rows in %6.2f s: %,9.0f rows/s", file.getFileName(),
				rows, seconds, rows / seconds);
	}

	private Measured importOnce(Path file) throws Exception {
		System.gc();
		long baseline = this.memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		DataImportView report;
		try (InputStream in = Files.newInputStream(file)) {
			report = this.importer.importFile(in, file.getFileName().toString(), new Actor("benchmark", "SECRETARIAT"));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		running.set(false);
		sampler.join();
		return new Measured(file, report, seconds, baseline, peak.get(),
				java.time.Duration.between(report.startedAt(), report.endedAt()).toMillis() / 1e3);
	}

	private record Measured(Path file, DataImportView report, double seconds, long baseline, long peak,
			double recordedSeconds) {

		String line(String what) {
			return String.format(Locale.ROOT,
					"%-18s %-11s %,10d rows in %6.2f s: %,9.0f rows/s end to end; %,7d written (%,d created, %,d updated), "
							+ "%,d unchanged; heap before %,d MiB, peak %,d MiB (+%,d)",
					this.file.getFileName(), what, this.report.rowsRead(), this.seconds,
					this.report.rowsRead() / this.seconds, this.report.written(), this.report.created(),
					this.report.updated(), this.report.unchanged(), this.baseline / MIB, this.peak / MIB,
					(this.peak - this.baseline) / MIB);
		}

	}

}
