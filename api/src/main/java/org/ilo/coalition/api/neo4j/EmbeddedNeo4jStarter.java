package org.ilo.coalition.api.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the context starts refreshing (bean factory
 * post-processors come first), so that the database (5-8 s) and the rest of the application start side by side;
 * {@link #await()} hands it to the {@link EmbeddedNeo4j} bean.
 */
public class EmbeddedNeo4jStarter implements BeanFactoryPostProcessor, DisposableBean {

	private final Environment environment;

	private final CompletableFuture<EmbeddedNeo4j> database = new CompletableFuture<>();

	private volatile boolean handedOver;

	public EmbeddedNeo4jStarter(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		EmbeddedNeo4jProperties properties = Binder.get(this.environment)
			.bindOrCreate("coalition.neo4j.embedded", EmbeddedNeo4jProperties.class);
		Thread starter = new Thread(() -> {
			try {
				this.database.complete(EmbeddedNeo4j.start(properties.dataDirectory(), properties.boltPort(),
						properties.pageCache().toBytes(), properties.transactionTimeout()));
			}
			catch (Throwable ex) {
				this.database.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		starter.setDaemon(true);
		starter.start();
	}

	/** Waits for the database; from then on its bean owns it. */
	EmbeddedNeo4j await() {
		try {
			EmbeddedNeo4j started = this.database.get();
			this.handedOver = true;
			return started;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded Neo4j started", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The embedded Neo4j did not start: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	// A context that fails before the database bean exists must not leave the database running.
	@Override
	public void destroy() {
		if (!this.handedOver) {
			this.database.thenAccept(EmbeddedNeo4j::close);
		}
	}

}
