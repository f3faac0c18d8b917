package org.ilo.coalition.api.startup;

import java.util.function.IntConsumer;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Closes the application context and ends the process with status 1. */
public final class ExitOnStartupFailure implements StartupFailureHandler {

	private final ConfigurableApplicationContext context;

	private final IntConsumer exit;

	/** {@code exit} ends the process: {@code System::exit} outside tests. */
	public ExitOnStartupFailure(ConfigurableApplicationContext context, IntConsumer exit) {
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void initializationFailed(Throwable failure) {
		// Closing waits for a refresh still under way, then stops the web server, the driver and the database.
		ExitCodeGenerator failed = () -> 1;
		this.exit.accept(SpringApplication.exit(this.context, failed));
	}

}
