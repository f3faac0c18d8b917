package org.ilo.coalition.api.startup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.command.IdempotencyKeys;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataReport;
import org.ilo.coalition.graph.ilostat.IlostatImporter;
import org.ilo.coalition.graph.ilostat.ShippedDeficits;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date while the context starts, before the web server does (a lower lifecycle phase): no
 * request ever sees a half-initialized graph, and a failure fails the application's start. Boot reports readiness
 * ({@code ReadinessState.ACCEPTING_TRAFFIC}) only after every lifecycle bean has started.
 */
@Component
public class GraphInitializer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final MigrationRunner migrations;

	private final MatchRunStore matchRuns;

	private final ReferenceDataLoader referenceData;

	private final DemoDataGenerator demoData;

	private final DemoDataProperties demoProperties;

	private final boolean embedded;

	private final ReferenceCatalog catalog;

	private final GraphChanges changes;

	private final IdempotencyKeys idempotencyKeys;

	private final ShippedDeficits shippedDeficits;

	private final IlostatImporter importer;

	private final DemoLifecycle demoLifecycle;

	private volatile boolean running;

	public GraphInitializer(MigrationRunner migrations, MatchRunStore matchRuns, ReferenceDataLoader referenceData,
			DemoDataGenerator demoData, DemoDataProperties demoProperties, ObjectProvider<EmbeddedNeo4j> embedded,
			ReferenceCatalog catalog, GraphChanges changes, IdempotencyKeys idempotencyKeys,
			ShippedDeficits shippedDeficits, IlostatImporter importer, DemoLifecycle demoLifecycle) {
		this.migrations = migrations;
		this.matchRuns = matchRuns;
		this.referenceData = referenceData;
		this.demoData = demoData;
		this.demoProperties = demoProperties;
		this.embedded = embedded.getIfAvailable() != null;
		this.catalog = catalog;
		this.changes = changes;
		this.idempotencyKeys = idempotencyKeys;
		this.shippedDeficits = shippedDeficits;
		this.importer = importer;
		this.demoLifecycle = demoLifecycle;
	}

	@Override
	public void start() {
		long started = System.nanoTime();
		this.migrations.migrate();
		failInterruptedMatchRuns();
		// Expired keys are already ignored; removing them here keeps them from piling up across restarts.
		log.info("Expired idempotency keys removed: {}", this.idempotencyKeys.removeExpired());
		log.info("Reference data: {}", this.referenceData.load());
		List<String> undone = this.importer.undoInterrupted();
		if (!undone.isEmpty()) {
			log.warn("Deficit imports interrupted by a restart, undone and marked FAILED: {}", undone);
		}
		this.shippedDeficits.importIfNew()
			.ifPresentOrElse((report) -> log.info("Shipped ILOSTAT figures imported: {} observations from {} rows",
					report.created() + report.updated(), report.rowsRead()),
					() -> log.info("Shipped ILOSTAT figures already imported"));
		boolean generated = this.embedded && this.demoProperties.enabled() && generateDemoDataIfEmpty();
		this.catalog.refresh();
		// Migrations and demo data write without Spring's transaction manager: nothing read before may be served.
		this.changes.changed();
		// The demo's match lifecycle is a showpiece of the DEMO size: on the BENCHMARK graph a run over 20,000 requests
		// would hold up the start for minutes. A failure to play it leaves the demo data as generated, not the start failed.
		if (generated && this.demoProperties.lifecycle() && this.demoProperties.size() == DemoDataProperties.Size.DEMO) {
			try {
				this.demoLifecycle.play(this.demoProperties.lifecycleTimeLimitSeconds());
			}
			catch (RuntimeException ex) {
				log.warn("Demo match lifecycle not played: {}", ex.getMessage());
			}
			this.changes.changed();
		}
		this.running = true;
		log.info("Graph ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** Runs solve in memory: one still QUEUED or SOLVING at start-up was lost with the previous process. */
	public void failInterruptedMatchRuns() {
		var failed = this.matchRuns.failInterrupted();
		if (!failed.isEmpty()) {
			log.warn("Matching runs interrupted by a restart, marked FAILED: {}", failed);
		}
	}

	// Only on the embedded database, and never over existing data.
	private boolean generateDemoDataIfEmpty() {
		if (this.demoData.hasData()) {
			log.info("Demo data not generated: the graph already holds data");
			return false;
		}
		LocalDate date = (this.demoProperties.referenceDate() != null) ? this.demoProperties.referenceDate()
				: LocalDate.now(ZoneOffset.UTC);
		DemoDataReport report = this.demoData.generate(this.demoProperties.size().dimensions(), this.demoProperties.seed(),
				date.atStartOfDay(ZoneOffset.UTC).toInstant());
		log.info("Demo data generated (seed {}, reference date {}) in {} ms: {}", this.demoProperties.seed(), date,
				report.elapsedMillis(), report.nodes());
		return true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	// Lower than the web server's phase: started (synchronously) before it accepts connections.
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

}
