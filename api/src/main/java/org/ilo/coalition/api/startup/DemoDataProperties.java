package org.ilo.coalition.api.startup;

import java.time.LocalDate;

import org.ilo.coalition.graph.demo.DemoDataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether and how the demo data is generated on the first start of the embedded database.
 *
 * @param enabled turn off to start with reference data only
 * @param seed the same seed gives the same partners, offers, strategies and requests
 * @param referenceDate dates of the demo data are relative to it (requests fall due after it); empty means today
 * @param size {@code DEMO} (300 partners) or {@code BENCHMARK} (10,000 partners, 50,000 offers, 20,000 requests)
 * @param lifecycle whether new demo data also gets a matching run and matches at every stage after the review
 * ({@link DemoLifecycle})
 * @param lifecycleTimeLimitSeconds how long that matching run may search
 */
@ConfigurationProperties("coalition.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20261127") long seed,
		LocalDate referenceDate, @DefaultValue("DEMO") Size size, @DefaultValue("true") boolean lifecycle,
		@DefaultValue("5") int lifecycleTimeLimitSeconds) {

	/** The sizes the start-up generation offers. */
	public enum Size {

		DEMO, BENCHMARK;

		public DemoDataSize dimensions() {
			return (this == DEMO) ? DemoDataSize.DEMO : DemoDataSize.BENCHMARK;
		}

	}

}
