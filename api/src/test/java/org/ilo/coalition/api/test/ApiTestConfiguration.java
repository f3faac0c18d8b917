package org.ilo.coalition.api.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ilo.coalition.graph.test.CypherStatementCounter;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Test-only beans: a Cypher statement counter and a fault injector around the driver, the application clock tests
 * move forward, and the schema inspection
 * report.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

	@Bean
	static CypherStatementCounter cypherStatementCounter() {
		return new CypherStatementCounter();
	}

	@Bean
	static TransientFaults transientFaults() {
		return new TransientFaults();
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
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
