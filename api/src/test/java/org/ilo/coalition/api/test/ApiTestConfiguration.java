package org.ilo.coalition.api.test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ilo.coalition.api.startup.StartupGate;
import org.ilo.coalition.graph.test.CypherStatementCounter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Test-only beans: a Cypher statement counter and a fault injector around the driver, the schema inspection report,
 * and a wait for the graph initialization before the tests run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

	/**
	 * The graph is initialized beside the context and HTTP requests wait for it, but tests also call the GraphQL
	 * pipeline in process and clean the graph directly: they start once it is done (StartupGateIT tests the waiting).
	 */
	@Bean
	static SmartInitializingSingleton awaitGraphInitialization(ObjectProvider<StartupGate> gate) {
		return () -> {
			try {
				StartupGate.State state = gate.getObject().await(Duration.ofMinutes(3));
				if (state != StartupGate.State.READY) {
					throw new IllegalStateException("Graph initialization " + state, gate.getObject().failure());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
	}

	@Bean
	static CypherStatementCounter cypherStatementCounter() {
		return new CypherStatementCounter();
	}

	@Bean
	static TransientFaults transientFaults() {
		return new TransientFaults();
	}

	@Bean
	SchemaReports schemaReports() {
		return new SchemaReports(new CopyOnWriteArrayList<>());
	}

	@Bean
	GraphQlSourceBuilderCustomizer schemaReportCapture(SchemaReports reports) {
		return (builder) -> builder.inspectSchemaMappings(reports.reports()::add);
	}

	/** The schema inspection reports produced while the GraphQL source was built. */
	public record SchemaReports(List<SchemaReport> reports) {
	}

}
