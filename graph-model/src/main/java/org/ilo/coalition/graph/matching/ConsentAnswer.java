package org.ilo.coalition.graph.matching;

/** A party's answer to a match the coordination group accepted. */
public enum ConsentAnswer {

	CONFIRM, DECLINE

}
