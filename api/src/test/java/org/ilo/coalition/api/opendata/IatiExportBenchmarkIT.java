package org.ilo.coalition.api.opendata;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.ilo.coalition.api.test.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in ({@code -Dcoalition.iati.benchmark=true}): the IATI export of 2,000 and then 10,000 confirmed matches planted
 * with Cypher, fetched over HTTP; prints activities per second, the phases (write, schema validation, data-quality
 * check) and the peak heap used during each export (sampled every 20 ms), to show that memory does not grow with the
 * number of activities. Figures: docs/benchmarks.md, "Issue 15: IATI export".
 */
@EnabledIfSystemProperty(named = "coalition.iati.benchmark", matches = "true")
class IatiExportBenchmarkIT extends ApiIntegrationTest {

	@Autowired
	IatiExport export;

	@Test
	void exportsTenThousandActivitiesStreamedInBoundedMemory() throws Exception {
		plantReferenceShape();
		plantMatches(0, 2_000);
		measure("warm-up, 2,000");
		Result small = measure("2,000");
		long smallLive = liveSet("2,000");
		plantMatches(2_000, 10_000);
		measure("warm-up, 10,000");
		Result large = measure("10,000");
		long largeLive = liveSet("10,000");
		System.out.printf("IATI benchmark: live-set growth from 2,000 to 10,000 activities: %+.1f MiB%n",
				(largeLive - smallLive) / 1048576.0);
		assertThat(large.activities()).isEqualTo(10_000);
		System.out.printf("IATI benchmark: peak heap growth from 2,000 to 10,000 activities: %+.1f MiB%n",
				(large.peakHeap() - small.peakHeap()) / 1048576.0);
	}

	record Result(int activities, long bytes, double seconds, long peakHeap) {
	}

	private Result measure(String label) throws Exception {
		System.gc();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + IatiExportController.PATH)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long bytes;
		try (InputStream body = response.body()) {
			bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		sampler.interrupt();
		sampler.join();
		assertThat(response.statusCode()).isEqualTo(200);
		int activities = Integer.parseInt(response.headers().firstValue("X-IATI-Activities").orElseThrow());
		System.out.printf("IATI benchmark %s: %d activities, %.1f MB, %.2f s over HTTP, %.0f activities/s; "
				+ "heap used before %.1f MiB, peak %.1f MiB (+%.1f MiB); max heap %.0f MiB%n", label, activities,
				bytes / 1e6, seconds, activities / seconds, before / 1048576.0, peak.get() / 1048576.0,
				(peak.get() - before) / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
		IatiExport.File phases = this.export.export();
		java.nio.file.Files.deleteIfExists(phases.path());
		System.out.printf("IATI benchmark %s phases: write %d ms, schema validation %d ms, data-quality check %d ms%n",
				label, phases.writeMillis(), phases.validateMillis(), phases.checkMillis());
		return new Result(activities, bytes, seconds, peak.get() - before);
	}

	/**
	 * The live set during an export: a thread forces a full collection every 50 ms while the export runs and keeps
	 * the largest heap used right after one, so garbage not yet collected does not count (slower, so timed apart).
	 */
	private long liveSet(String label) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();
		Thread collector = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				System.gc();
				collections.incrementAndGet();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "live-set-sampler");
		collector.setDaemon(true);
		collector.start();
		IatiExport.File file = this.export.export();
		collector.interrupt();
		collector.join();
		java.nio.file.Files.deleteIfExists(file.path());
		System.out.printf("IATI benchmark %s live set: before %.1f MiB, largest after a full collection during the "
				+ "export %.1f MiB (+%.1f MiB), %d collections%n", label, before / 1048576.0, peak.get() / 1048576.0,
				(peak.get() - before) / 1048576.0, collections.get());
		return peak.get();
	}

	/** 100 partners with an offer each and 100 Kenyan and Brazilian requests, half in kind, half funding in USD. */
	private void plantReferenceShape() {
		this.neo4jClient.query("""
				UNWIND range(0, 99) AS i
				MATCH (c:Country {iso3: CASE WHEN i % 2 = 0 THEN 'KEN' ELSE 'BRA' END})
				MATCH (a:ThematicArea) WITH i, c, collect(a) AS areas
				CREATE (p:Partner {id: 'bench-p-' + i, version: 0, name: 'Bench partner ' + i,
				        kind: ['ACADEMIA', 'NGO', 'ENTERPRISE', 'WORKERS_ORGANIZATION'][i % 4], membershipStatus: 'ADMITTED'})
				CREATE (p)-[:BASED_IN]->(c)
				CREATE (p)-[:OFFERS]->(o:Offer {id: 'bench-o-' + i, version: 0, title: 'Bench offer ' + i,
				        kind: CASE WHEN i % 2 = 0 THEN 'TRAINING' ELSE 'FUNDING' END, amount: 1.0e9,
				        unit: CASE WHEN i % 2 = 0 THEN 'PERSON_DAYS' ELSE 'USD' END, capacity: 1000000,
				        availableFrom: date('2026-01-01'), availableUntil: date('2027-12-31'), status: 'ACTIVE'})
				CREATE (q:SupportRequest {id: 'bench-q-' + i, version: 0, title: 'Bench request ' + i,
				        kind: o.kind, amount: 1.0e9, unit: o.unit, language: 'en', deadline: date('2027-06-30'),
				        status: 'MATCHED', createdAt: datetime('2026-02-01T09:00:00Z')})
				CREATE (q)-[:FOR_COUNTRY]->(c)
				WITH i, q, areas[i % 6] AS first, CASE WHEN i % 3 = 0 THEN [areas[(i + 1) % 6]] ELSE [] END AS more
				CREATE (q)-[:IN_AREA]->(first)
				FOREACH (second IN more | CREATE (q)-[:IN_AREA]->(second))
				""").run();
	}

	/** Confirmed matches {@code from} .. {@code to - 1}, one delivery each for every other one, in batches. */
	private void plantMatches(int from, int to) {
		for (int start = from; start < to; start += 2_000) {
			this.neo4jClient.query("""
					UNWIND range($start, $end - 1) AS i
					MATCH (q:SupportRequest {id: 'bench-q-' + (i % 100)}), (p:Partner {id: 'bench-p-' + (i % 100)}),
					      (o:Offer {id: 'bench-o-' + (i % 100)})
					CREATE (m:MatchSuggestion:ActiveMatch {id: 'bench-m-' + right('0000000' + toString(i), 7), status: 'ACCEPTED',
					        matchStatus: CASE WHEN i % 2 = 0 THEN 'IN_DELIVERY' ELSE 'CONFIRMED' END, amount: 100.0,
					        heldAmount: 100.0, unit: o.unit, createdAt: datetime('2026-03-01T09:00:00Z'),
					        decidedAt: datetime('2026-03-08T09:00:00Z'), confirmedAt: datetime('2026-03-10T09:00:00Z'),
					        deliveredAmount: CASE WHEN i % 2 = 0 THEN 40.0 ELSE 0.0 END, version: 3})
					CREATE (m)-[:FOR_REQUEST]->(q), (m)-[:FROM_PARTNER]->(p), (m)-[:FROM_OFFER]->(o)
					FOREACH (x IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END |
					         CREATE (m)-[:HAS_DELIVERY]->(:Delivery {id: 'bench-d-' + i, amount: 40.0,
					                 deliveredOn: date('2026-06-01'), version: 0}))
					""")
				.bindAll(Map.of("start", start, "end", Math.min(start + 2_000, to))).run();
		}
	}

}
