package org.ilo.coalition.graph.demo;

/** How the demo-data generator sends its rows to the database. */
public enum WriteMode {

	/** One {@code UNWIND $rows} statement, in its own transaction, per batch of rows: the normal way. */
	BATCHED,

	/** One statement and transaction per row: only there to show what batching saves. */
	ROW_BY_ROW

}
