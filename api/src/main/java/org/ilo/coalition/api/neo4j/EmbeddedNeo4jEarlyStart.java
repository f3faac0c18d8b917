package org.ilo.coalition.api.neo4j;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Starts the embedded Neo4j as soon as the application's environment is known, before its context is created, and
 * hands the running start to the context, where {@link EmbeddedNeo4jConfiguration} adopts it.
 *
 * <p>The database's own start (5-8 s) is on the path to the first answer after a restart; begun here it overlaps the
 * parsing of the configuration classes too, about 1.5 s earlier than a bean factory post-processor could begin it.
 * {@code CoalitionApplication} adds this listener; a context started without it (a test slice, another launcher)
 * starts the database from its post-processor as before.
 */
public class EmbeddedNeo4jEarlyStart implements GenericApplicationListener {

	static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

	private volatile @Nullable EmbeddedNeo4jStarter starter;

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.toClass();
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			if (this.starter == null && EmbeddedNeo4jConfiguration.applies(prepared.getEnvironment())) {
				EmbeddedNeo4jStarter early = new EmbeddedNeo4jStarter(prepared.getEnvironment());
				early.start();
				this.starter = early;
			}
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			if (this.starter != null) {
				prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
			}
		}
		else if (event instanceof ApplicationFailedEvent) {
			// A context that failed before adopting the database would leave it running; stopping twice is harmless.
			EmbeddedNeo4jStarter early = this.starter;
			if (early != null) {
				early.destroy();
			}
		}
	}

	/** The database start begun before the context, if the environment asked for an embedded database. */
	public Optional<EmbeddedNeo4jStarter> starter() {
		return Optional.ofNullable(this.starter);
	}

	// After Boot's own listeners, so that the environment holds application.yaml and the command line.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
