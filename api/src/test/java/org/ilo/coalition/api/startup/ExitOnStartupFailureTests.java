package org.ilo.coalition.api.startup;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class ExitOnStartupFailureTests {

	@Test
	void closesTheContextAndExitsWithStatusOne() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		AtomicInteger status = new AtomicInteger(-1);
		new ExitOnStartupFailure(context, status::set).initializationFailed(new IllegalStateException("boom"));
		assertThat(status).hasValue(1);
		assertThat(context.isActive()).isFalse();
	}

}
