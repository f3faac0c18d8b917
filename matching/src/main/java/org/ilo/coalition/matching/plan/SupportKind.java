package org.ilo.coalition.matching.plan;

/** The kind of support an offer gives or a request asks for; an offer can only serve a request of the same kind. */
public enum SupportKind {

	FUNDING, TECHNICAL_ASSISTANCE, TRAINING, KNOWLEDGE, DIALOGUE_FACILITATION

}
