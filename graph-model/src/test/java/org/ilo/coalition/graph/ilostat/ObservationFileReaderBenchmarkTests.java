package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast {@link ObservationFileReader} reads a million-row ILOSTAT bulk file, plain and gzip, and how much heap it
 * uses meanwhile. Opt-in, as it writes about 100 MB and takes some seconds:
 *
 * <pre>
 * mvn -o -q -pl graph-model test -Dtest=ObservationFileReaderBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcoalition.import.benchmark=true [-DargLine=-Xmx32m]
 * </pre>
 *
 * Runs alternate between the two files, three each, so that a disturbance on a shared machine does not fall on one
 * file only. Peak heap is sampled every few milliseconds from a background thread, after a {@code System.gc()}: it
 * includes garbage not yet collected, so it depends on the collector's sizing; the heap still in use after a
 * collection at the end of the read, with the reader open, is what the reader holds.
 */
@EnabledIfSystemProperty(named = "coalition.import.benchmark", matches = "true")
class ObservationFileReaderBenchmarkTests {

	private static final long ROWS = 1_000_000;

	private static final int RUNS_PER_FILE = 3;

	private static final long MIB = 1024 * 1024;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	@Test
	void readsAMillionRowsPlainAndGzip(@TempDir Path directory) throws Exception {
		Path plain = directory.resolve("bulk.csv");
		Path gzip = directory.resolve("bulk.csv.gz");
		long generateStart = System.nanoTime();
		IlostatBulkFileGenerator.write(plain, ROWS, 1);
		IlostatBulkFileGenerator.write(gzip, ROWS, 1);
		System.out.printf(Locale.ROOT,
				"generated %,d rows twice in %.1f s: %s %,d bytes, %s %,d bytes; max heap %,d MiB%n", ROWS,
				(System.nanoTime() - generateStart) / 1e9, plain.getFileName(), Files.size(plain), gzip.getFileName(),
				Files.size(gzip), Runtime.getRuntime().maxMemory() / MIB);

		List<Run> runs = new ArrayList<>();
		for (int i = 0; i < RUNS_PER_FILE; i++) {
			runs.add(measure(plain));
			runs.add(measure(gzip));
		}

		System.out.println("| run | file | rows | seconds | rows/s | heap used after GC before (MiB) | peak heap used (MiB) "
				+ "| heap used after GC, reader open at the end (MiB) |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		for (int i = 0; i < runs.size(); i++) {
			Run run = runs.get(i);
			System.out.printf(Locale.ROOT, "| %d | %s | %,d | %.2f | %,.0f | %.1f | %.1f | %.1f |%n", i + 1,
					run.file(), run.rows(), run.seconds(), run.rows() / run.seconds(), (double) run.heapBefore() / MIB,
					(double) run.peakHeap() / MIB, (double) run.heldHeap() / MIB);
		}
		assertThat(runs).allSatisfy((run) -> assertThat(run.rows()).isEqualTo(ROWS));
	}

	private Run measure(Path file) throws IOException, InterruptedException {
		System.gc();
		long before = this.memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean reading = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (reading.get()) {
				peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		long rows;
		long held;
		double sum = 0;
		try (ObservationFileReader reader = ObservationFileReader.open(Files.newInputStream(file), 2026)) {
			for (ObservationRow row = reader.next(); row != null; row = reader.next()) {
				// Used, so that no part of the work can be left out.
				sum += (row.value() != null) ? row.value() : row.period().year();
			}
			rows = reader.rowsRead();
			long seconds = System.nanoTime() - start;
			reading.set(false);
			sampler.join();
			System.gc();
			held = this.memory.getHeapMemoryUsage().getUsed();
			assertThat(sum).isPositive();
			return new Run(file.getFileName().toString(), rows, seconds / 1e9, before, peak.get(), held);
		}
	}

	private record Run(String file, long rows, double seconds, long heapBefore, long peakHeap, long heldHeap) {
	}

}
