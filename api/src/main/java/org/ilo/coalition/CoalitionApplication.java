package org.ilo.coalition;

import java.util.Arrays;

import org.ilo.coalition.api.ilostat.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The matchmaking platform of the Global Coalition for Social Justice: GraphQL over the coalition's Neo4j graph. */
@SpringBootApplication(scanBasePackages = { "org.ilo.coalition.api", "org.ilo.coalition.graph" })
@ConfigurationPropertiesScan("org.ilo.coalition.api")
public class CoalitionApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
			System.exit(ImportCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
		}
		SpringApplication.run(CoalitionApplication.class, args);
	}

}
