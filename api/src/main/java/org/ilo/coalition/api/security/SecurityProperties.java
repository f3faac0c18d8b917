package org.ilo.coalition.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of the platform.
 *
 * @param demoAccounts whether the demo accounts sign in over HTTP Basic; {@code null} means "when the embedded
 * database runs", i.e. never against a configured Neo4j unless asked for
 * @param demoPassword the one password of all demo accounts
 */
@ConfigurationProperties("coalition.security")
public record SecurityProperties(Boolean demoAccounts, @DefaultValue("demo") String demoPassword) {
}
