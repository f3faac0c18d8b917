package org.ilo.coalition.api.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The IATI export's publisher and defaults (docs/open-data.md).
 *
 * @param reportingOrg the reporting organisation's IATI identifier; every iati-identifier starts with it
 * @param reportingOrgName its name, in the reporting-org narrative
 * @param reportingOrgType its IATI OrganisationType code (40: multilateral)
 * @param defaultCurrency the activities' default currency (ISO 4217); money values also name their own
 * @param pageSize matches read per statement while exporting
 */
@ConfigurationProperties("coalition.iati")
public record IatiProperties(@DefaultValue("XM-DAC-41302") String reportingOrg,
		@DefaultValue("International Labour Organization (Global Coalition for Social Justice)") String reportingOrgName,
		@DefaultValue("40") String reportingOrgType, @DefaultValue("USD") String defaultCurrency,
		@DefaultValue("500") int pageSize) {

	public IatiProperties {
		if (reportingOrg.isBlank() || !defaultCurrency.matches("[A-Z]{3}") || pageSize < 1) {
			throw new IllegalArgumentException("coalition.iati: need a reporting-org, a 3-letter default-currency and "
					+ "page-size >= 1, got '" + reportingOrg + "', '" + defaultCurrency + "', " + pageSize);
		}
	}

}
