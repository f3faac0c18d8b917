package org.ilo.coalition.graph.delivery;

/** Where a result's baseline comes from. */
public enum BaselineSource {

	/** The country's latest observation of the indicator, taken when the member State gave none. */
	OBSERVATION,
	/** Given by the member State. */
	STATED

}
