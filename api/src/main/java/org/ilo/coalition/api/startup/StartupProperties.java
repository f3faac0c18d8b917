package org.ilo.coalition.api.startup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up behaviour.
 *
 * @param requestWait how long a request that arrives while the graph is being initialized waits for it before it is
 * answered 503 (the service is starting)
 */
@ConfigurationProperties("coalition.startup")
public record StartupProperties(@DefaultValue("60s") Duration requestWait) {
}
