package org.ilo.coalition.graph.ilostat;

/**
 * An observation file that cannot be imported. The message names the 1-based physical line where the offending
 * record starts and, unless the problem is with the layout as a whole, the column by its header name.
 */
public class ImportFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long line;

	private final String column;

	public ImportFileException(long line, String column, String problem) {
		this(line, column, problem, null);
	}

	public ImportFileException(long line, String column, String problem, Throwable cause) {
		super(describe(line, column, problem), cause);
		this.line = line;
		this.column = column;
	}

	/** The 1-based physical line where the record starts; the header is line 1. */
	public long line() {
		return this.line;
	}

	/** The header name of the offending column, or null for a problem with the layout or the record as a whole. */
	public String column() {
		return this.column;
	}

	private static String describe(long line, String column, String problem) {
		return (column != null) ? "line " + line + ", column " + column + ": " + problem : "line " + line + ": " + problem;
	}

}
