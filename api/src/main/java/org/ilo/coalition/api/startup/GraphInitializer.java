package org.ilo.coalition.api.startup;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.demo.DemoDataReport;
import org.ilo.coalition.graph.demo.WriteMode;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.reference.ReferenceDataSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the application serves requests: schema migrations, then reference data, then
 * (on the first start of the embedded database only, never over existing data) the demo data. Matching runs left
 * active by a stop or crash are marked FAILED right after the migrations.
 */
@Component
public class GraphInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final MigrationRunner migrations;

	private final ReferenceDataLoader referenceData;

	private final ReferenceCatalog catalog;

	private final DemoDataGenerator demoData;

	private final DemoDataProperties demoProperties;

	private final boolean embedded;

	private final GraphChanges changes;

	private final MatchRunStore matchRuns;

	public GraphInitializer(MigrationRunner migrations, ReferenceDataLoader referenceData, ReferenceCatalog catalog,
			DemoDataGenerator demoData, DemoDataProperties demoProperties, ObjectProvider<EmbeddedNeo4j> embedded,
			GraphChanges changes, MatchRunStore matchRuns) {
		this.matchRuns = matchRuns;
		this.migrations = migrations;
		this.referenceData = referenceData;
		this.catalog = catalog;
		this.demoData = demoData;
		this.demoProperties = demoProperties;
		this.embedded = embedded.getIfAvailable() != null;
		this.changes = changes;
	}

	@Override
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		this.migrations.migrate();
		failInterruptedMatchRuns();
		ReferenceDataSummary reference = this.referenceData.load();
		log.info("Reference data: {}", reference);
		if (this.embedded && this.demoProperties.enabled()) {
			loadDemoDataOnce();
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

	private void loadDemoDataOnce() {
		if (this.demoData.hasData()) {
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
