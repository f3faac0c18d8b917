package org.ilo.coalition;

import org.ilo.coalition.api.neo4j.EmbeddedNeo4jEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The matchmaking platform of the Global Coalition for Social Justice: GraphQL over the coalition's Neo4j graph. */
@SpringBootApplication(scanBasePackages = { "org.ilo.coalition.api", "org.ilo.coalition.graph" })
@ConfigurationPropertiesScan("org.ilo.coalition.api")
public class CoalitionApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as {@link #main} runs it: the embedded Neo4j, when there is one, starts before the context. */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(CoalitionApplication.class);
		application.addListeners(new EmbeddedNeo4jEarlyStart());
		return application;
	}

}
