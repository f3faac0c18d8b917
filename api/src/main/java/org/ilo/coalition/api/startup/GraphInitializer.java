package org.ilo.coalition.api.startup;

import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.reference.ReferenceDataSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the application serves requests: schema migrations, then reference data, then
 * (on a fresh embedded database only) the demo data.
 */
@Component
public class GraphInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final MigrationRunner migrations;

	private final ReferenceDataLoader referenceData;

	private final ReferenceCatalog catalog;

	public GraphInitializer(MigrationRunner migrations, ReferenceDataLoader referenceData, ReferenceCatalog catalog) {
		this.migrations = migrations;
		this.referenceData = referenceData;
		this.catalog = catalog;
	}

	@Override
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		this.migrations.migrate();
		ReferenceDataSummary reference = this.referenceData.load();
		log.info("Reference data: {}", reference);
		this.catalog.refresh();
		log.info("Graph ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
