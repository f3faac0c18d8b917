package org.ilo.coalition.api.startup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduler for the application's timed work (the match lifecycle's jobs, the notification tail and the
 * outbox senders); not in the command-line import, which has no web server.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
public class SchedulingConfiguration {

}
