package org.ilo.coalition.api.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to report property keys, labels and relationship types that the database does not know yet.
 */
@Configuration(proxyBeanMethods = false)
public class Neo4jNotificationsConfiguration {

	// Optional properties of the model (a partner's contact e-mail, a decision reason) exist as property keys only
	// once some node has one; until then Neo4j warned on every statement that reads them, and Spring Data Neo4j
	// logged each warning: two multi-line WARN entries per partner query on the demo graph (11,200 lines in a 30 s
	// load run). The database sends no such notification at all now.
	@Bean
	ConfigBuilderCustomizer unrecognizedNotificationsOff() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
