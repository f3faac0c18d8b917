package org.ilo.coalition.api.startup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ilo.coalition.api.neo4j.EmbeddedNeo4jStarter;
import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataReport;
import org.ilo.coalition.graph.demo.WriteMode;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.reference.ReferenceDataSummary;
import org.ilo.coalition.graph.startup.GraphStartState;
import org.ilo.coalition.graph.startup.GraphStartStateReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the application serves requests: schema migrations, then reference data, then
 * (on the first start of the embedded database only, never over existing data) the demo data. Matching runs left
 * active by a stop or crash are marked FAILED right after the migrations.
 *
 * <p>The work runs on a thread of its own, started as soon as this bean exists, beside the rest of the context
 * (security, GraphQL schema, web server); the {@link StartupGate} holds requests until it is done. A failure before
 * the context has started fails the start ({@link #start()} throws); a later one goes to the
 * {@link StartupFailureHandler}, which stops the application.
 */
@Component
public class GraphInitializer implements InitializingBean, SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final MigrationRunner migrations;

	private final ReferenceDataLoader referenceData;

	private final ReferenceCatalog catalog;

	private final DemoDataGenerator demoData;

	private final DemoDataProperties demoProperties;

	private final EmbeddedNeo4jStarter embedded;

	private final GraphChanges changes;

	private final MatchRunStore matchRuns;

	private final GraphStartStateReader startState;

	private final StartupGate gate;

	private final StartupFailureHandler failureHandler;

	private final Object lock = new Object();

	private boolean started;

	private volatile boolean closing;

	private Thread worker;

	public GraphInitializer(MigrationRunner migrations, ReferenceDataLoader referenceData, ReferenceCatalog catalog,
			DemoDataGenerator demoData, DemoDataProperties demoProperties, ObjectProvider<EmbeddedNeo4jStarter> embedded,
			GraphChanges changes, MatchRunStore matchRuns, GraphStartStateReader startState, StartupGate gate,
			StartupFailureHandler failureHandler) {
		this.startState = startState;
		this.gate = gate;
		this.failureHandler = failureHandler;
		this.matchRuns = matchRuns;
		this.migrations = migrations;
		this.referenceData = referenceData;
		this.catalog = catalog;
		this.demoData = demoData;
		this.demoProperties = demoProperties;
		this.embedded = embedded.getIfAvailable();
		this.changes = changes;
	}

	@Override
	public void afterPropertiesSet() {
		this.worker = new Thread(this::run, "graph-init");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void run() {
		try {
			initialize();
			this.gate.open();
		}
		catch (Throwable ex) {
			this.gate.fail(ex);
			if (this.closing) {
				log.info("Graph initialization stopped: the application is closing ({})", ex.toString());
				return;
			}
			log.error("Graph initialization failed; the application stops", ex);
			synchronized (this.lock) {
				if (!this.started) {
					return; // start() fails the context's start
				}
			}
			this.failureHandler.initializationFailed(ex);
		}
	}

	/** Fails the context's start if the initialization has already failed; later failures stop the application. */
	@Override
	public void start() {
		synchronized (this.lock) {
			if (this.gate.state() == StartupGate.State.FAILED) {
				throw new IllegalStateException("The graph could not be initialized", this.gate.failure());
			}
			this.started = true;
		}
	}

	@Override
	public void stop() {
		this.closing = true;
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lock) {
			return this.started && !this.closing;
		}
	}

	// Before the web server starts (it serves in a later phase) and therefore stops after it.
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.closing = true;
		Thread running = this.worker;
		if (running != null && running.isAlive() && running != Thread.currentThread()) {
			running.join(10_000);
		}
	}

	/** Runs every step on the calling thread (the gate's worker at start-up). */
	void initialize() {
		long started = System.nanoTime();
		if (this.embedded != null) {
			this.embedded.await();
			log.info("Graph initialization: embedded Neo4j up after {} ms of waiting", (System.nanoTime() - started) / 1_000_000);
			started = System.nanoTime();
		}
		// One read tells what a restart usually needs to know: every statement is planned on a cold JVM here.
		GraphStartState state = this.startState.read();
		List<Integer> applied = this.migrations.migrateUnlessRecorded(state.appliedMigrations());
		// A migration may change data: then the state read before it is not trusted, and each step checks for itself.
		boolean trusted = applied.isEmpty();
		if (trusted && !(this.embedded != null && this.demoProperties.enabled() && !state.hasData())) {
			// A restart: the schema and data are there, so the query warm-up may plan beside the rest of this.
			this.gate.schemaReady();
		}
		if (!trusted || state.activeMatchRuns()) {
			failInterruptedMatchRuns();
		}
		if (trusted && this.referenceData.isCurrent(state.reference())) {
			log.info("Reference data unchanged since it was last merged; skipped");
		}
		else {
			ReferenceDataSummary reference = this.referenceData.load();
			log.info("Reference data: {}", reference);
		}
		if (this.embedded != null && this.demoProperties.enabled()) {
			loadDemoDataOnce(trusted ? state.hasData() : this.demoData.hasData());
		}
		this.catalog.refresh();
		// Migrations and demo data write without Spring's transaction manager: nothing read before may be served.
		this.changes.changed();
		log.info("Graph ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Runs solve in memory: any run still QUEUED or SOLVING in the graph at start-up was lost when the application
	 * stopped or crashed, and is marked FAILED ("interrupted by a restart") instead of staying active for ever.
	 */
	public void failInterruptedMatchRuns() {
		var failed = this.matchRuns.failInterrupted();
		if (!failed.isEmpty()) {
			log.warn("Matching runs interrupted by a restart, marked FAILED: {}", failed);
		}
	}

	private void loadDemoDataOnce(boolean hasData) {
		if (hasData) {
			log.info("Demo data not generated: the graph already holds data");
			return;
		}
		LocalDate referenceDate = this.demoProperties.referenceDate() != null ? this.demoProperties.referenceDate()
				: LocalDate.now(ZoneOffset.UTC);
		DemoDataReport report = this.demoData.generate(this.demoProperties.size().dimensions(), this.demoProperties.seed(), WriteMode.BATCHED,
				referenceDate.atStartOfDay(ZoneOffset.UTC).toInstant());
		log.info("Demo data generated (seed {}, reference date {}) in {} ms: {}", this.demoProperties.seed(),
				referenceDate, report.elapsedMillis(), report.nodes());
	}

}
