package org.ilo.coalition.api.test;

import org.ilo.coalition.graph.test.CypherStatementCounter;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/**
 * Base of the api module's full-stack tests: the whole application on a random port against the test JVM's one
 * Neo4j, with reference data loaded once at start-up and all other data removed before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTestConfiguration.class)
public abstract class ApiIntegrationTest extends GraphIntegrationTest {

	@Autowired
	private WebGraphQlHandler webGraphQlHandler;

	@Autowired
	protected CypherStatementCounter cypher;

	@LocalServerPort
	protected int port;

	/** Runs documents through the same web pipeline (interceptors included) as HTTP requests, in process. */
	protected WebGraphQlTester graphQl;

	@BeforeEach
	void createTester() {
		this.graphQl = WebGraphQlTester.create(this.webGraphQlHandler);
	}

	@Override
	protected boolean keepsReferenceData() {
		return true;
	}

}
