package org.ilo.coalition.graph.ilostat;

/** How an import ended. */
public enum ImportStatus {

	/** Being written, batch by batch. */
	RUNNING,

	/** Every kept figure is in the graph. */
	COMPLETED,

	/** The file was refused (bad layout or a bad row); nothing of it was written. */
	REFUSED,

	/** Writing failed; nothing of the file was written. */
	FAILED

}
