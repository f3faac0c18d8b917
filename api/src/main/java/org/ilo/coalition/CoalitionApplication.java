package org.ilo.coalition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The matchmaking platform of the Global Coalition for Social Justice: GraphQL over the coalition's Neo4j graph. */
@SpringBootApplication(scanBasePackages = { "org.ilo.coalition.api", "org.ilo.coalition.graph" })
@ConfigurationPropertiesScan("org.ilo.coalition.api")
public class CoalitionApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoalitionApplication.class, args);
	}

}
