package org.ilo.coalition.api.test;

import org.ilo.coalition.graph.test.CypherStatementCounter;
import org.ilo.coalition.graph.test.GraphIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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

	/** The application's clock; each test starts at the system's time. */
	@Autowired
	protected TestClock clock;

	/** Sends documents over HTTP as the public, through the same filters and interceptors as any client. */
	protected GraphQlTester graphQl;

	/** Runs documents through the web pipeline in process, without HTTP and its security filters. */
	protected WebGraphQlTester inProcess;

	@BeforeEach
	void createTester() {
		this.clock.reset();
		this.graphQl = anonymous();
		this.inProcess = WebGraphQlTester.create(this.webGraphQlHandler);
	}

	@Override
	protected boolean keepsReferenceData() {
		return true;
	}

	@DynamicPropertySource
	static void securityProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", Tokens::publicKeyLocation);
		registry.add("coalition.security.demo-accounts", () -> "true");
		// The lifecycle's jobs (MatchJobs) run when a test calls them, on the test's clock, not on their own.
		registry.add("coalition.match.jobs-interval", () -> "PT24H");
		// Likewise the webhook sender (WebhookJobs), after its first turn at start-up.
		registry.add("coalition.webhooks.interval", () -> "PT24H");
	}

	/** A tester over HTTP without credentials: the public. */
	protected GraphQlTester anonymous() {
		return HttpGraphQl.tester(this.port, null);
	}

	/** A tester over HTTP with a bearer token for {@code role}, acting for the partner or country given. */
	protected GraphQlTester as(String role, String partnerId, String country) {
		return HttpGraphQl.tester(this.port, "Bearer " + Tokens.token(role.toLowerCase() + "-user", role, partnerId, country));
	}

	protected GraphQlTester asSecretariat() {
		return as("SECRETARIAT", null, null);
	}

	protected GraphQlTester asCoordinator() {
		return as("COORDINATION_GROUP", null, null);
	}

	protected GraphQlTester asPartner(String partnerId) {
		return as("PARTNER", partnerId, null);
	}

	protected GraphQlTester asMemberState(String iso3) {
		return as("MEMBER_STATE", null, iso3);
	}

}
