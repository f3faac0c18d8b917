package org.ilo.coalition.api.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ilo.coalition.graph.neo4j.EmbeddedNeo4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the context starts refreshing (bean factory
 * post-processors come first), or earlier when {@link EmbeddedNeo4jEarlyStart} has started it before the context
 * existed, so that the database (5-8 s) and the rest of the application start side by side.
 *
 * <p>The Bolt port is chosen before the database starts (a free loopback port when none is configured), so the
 * driver and everything built on it can be created without waiting for the database: only the graph initialization
 * ({@link #await()}) waits for it. This bean owns the database and stops it last: the driver depends on the
 * connection details, which depend on this bean.
 */
public class EmbeddedNeo4jStarter implements BeanFactoryPostProcessor, DisposableBean {

	private final Environment environment;

	private final CompletableFuture<EmbeddedNeo4j> database = new CompletableFuture<>();

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private volatile int boltPort;

	public EmbeddedNeo4jStarter(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		start();
	}

	/** Starts the database in the background unless it was started already; returns at once. */
	public void start() {
		if (!this.started.compareAndSet(false, true)) {
			return;
		}
		EmbeddedNeo4jProperties properties = Binder.get(this.environment)
			.bindOrCreate("coalition.neo4j.embedded", EmbeddedNeo4jProperties.class);
		// A port picked here may in principle be taken by another process before Neo4j binds it; the database then
		// fails to start, and so does the application (the graph initialization cannot reach it).
		this.boltPort = (properties.boltPort() != 0) ? properties.boltPort() : freeLoopbackPort();
		Thread starter = new Thread(() -> {
			try {
				this.database.complete(EmbeddedNeo4j.start(properties.dataDirectory(), this.boltPort,
						properties.pageCache().toBytes(), properties.transactionTimeout()));
			}
			catch (Throwable ex) {
				this.database.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		starter.setDaemon(true);
		starter.start();
	}

	/** Where the database's Bolt connector listens (or will), known before it has started. */
	public URI boltUri() {
		return URI.create("bolt://127.0.0.1:" + this.boltPort);
	}

	/** Waits for the database to have started. */
	public EmbeddedNeo4j await() {
		try {
			return this.database.get();
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

	/** Whether {@link #start()} was called: the database is started or starting. */
	public boolean isStarted() {
		return this.started.get();
	}

	// Stops the database, now if it runs, else as soon as it has started (a context that fails early); once, whether
	// the context or the early start's failure handling asks first.
	@Override
	public void destroy() {
		if (this.stopped.compareAndSet(false, true)) {
			this.database.thenAccept(EmbeddedNeo4j::close);
		}
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the embedded Neo4j", ex);
		}
	}

}
