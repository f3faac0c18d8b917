package org.ilo.coalition.graph.discipline;

/** Whether a confirmed match's progress is reported on time (docs/reports.md, "Reporting discipline"). */
public enum ReportingLight {

	/** Something was reported within the amber period. */
	GREEN,
	/** Nothing reported for the amber period (90 days by default). */
	AMBER,
	/** Nothing reported for the red period (180 days by default). */
	RED

}
