package org.ilo.coalition.graph.ilostat;

/** A file that was refused or could not be written; nothing of it is in the graph, and the import is recorded. */
public class ImportRefusedException extends RuntimeException {

	private final transient DataImportView record;

	ImportRefusedException(DataImportView record, Throwable cause) {
		super(record.fileName() + ": " + record.error(), cause);
		this.record = record;
	}

	/** The import as recorded: status REFUSED (a bad file) or FAILED (writing failed), and the error. */
	public DataImportView record() {
		return this.record;
	}

}
