package org.ilo.coalition.graph.mail;

/** Whether and how often a user is told of its notifications by e-mail. */
public enum EmailMode {

	/** No e-mail (the default for a user who never chose). */
	OFF,
	/** One e-mail per notification, as soon as it is committed. */
	IMMEDIATE,
	/** One e-mail a day listing the notifications since the last one, none when there are none. */
	DAILY_DIGEST

}
