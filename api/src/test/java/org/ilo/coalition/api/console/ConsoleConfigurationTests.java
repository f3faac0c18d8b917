package org.ilo.coalition.api.console;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console is on by default, off when {@code coalition.console.enabled} is false, and off in {@code prod}. */
class ConsoleConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(ConsoleConfiguration.class)
		.withBean(GraphQlProperties.class);

	@Test
	void onByDefault() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ConsolePages.class)
			.hasBean("consoleRouterFunction"));
	}

	@Test
	void offWhenDisabled() {
		this.runner.withPropertyValues("coalition.console.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ConsolePages.class)
				.doesNotHaveBean("consoleRouterFunction"));
	}

	@Test
	void offInTheProductionProfile() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application-prod.yaml"));
		Properties prod = yaml.getObject();
		assertThat(prod).containsEntry("coalition.console.enabled", false);
	}

}
