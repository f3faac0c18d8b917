package org.ilo.coalition.api.startup;

/**
 * What happens when the graph initialization fails after the application has started: by default the application
 * stops ({@link ExitOnStartupFailure}) rather than serve on a graph that is not initialized.
 */
@FunctionalInterface
public interface StartupFailureHandler {

	void initializationFailed(Throwable failure);

}
