package org.ilo.coalition.api.neo4j;

import org.neo4j.driver.exceptions.Neo4jException;

/** Recognizes Neo4j's errors behind Spring's translated exceptions. */
public final class Neo4jErrors {

	private Neo4jErrors() {
	}

	/**
	 * Whether the database ended the transaction because it ran longer than its timeout (the client's, see
	 * {@link TransactionTimeoutConfiguration}, or the server's {@code db.transaction.timeout}).
	 */
	public static boolean isTransactionTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
							// A transaction ended while it waited for a lock reports this whatever ended it: the timeout,
							// an operator or a shutdown. In practice it is the timeout, and the client's answer is the same.
							|| neo4j.code().equals("Neo.ClientError.Transaction.LockClientStopped"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
