package org.ilo.coalition.api.startup;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether and how the demo data is generated on the first start of the embedded database.
 *
 * @param enabled turn off to start with reference data only
 * @param seed the same seed gives the same partners, offers, strategies and requests
 * @param referenceDate dates of the demo data are relative to it (requests fall due after it); empty means today
 */
@ConfigurationProperties("coalition.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20261127") long seed,
		LocalDate referenceDate) {
}
