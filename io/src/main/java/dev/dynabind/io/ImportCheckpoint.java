package dev.dynabind.io;

/**
 * How far an import got: the first {@code records} records of the file were each written or
 * reported as a problem. Resuming an import of the same file from it ({@link
 * TableImport#resumeFrom}) skips exactly those records, so nothing is written twice or skipped.
 * Its text form, {@code records=N,written=W,rejected=R}, is what {@link #toString()} gives and
 * {@link #parse} reads.
 *
 * @param records records of the file done
 * @param written items written among them
 * @param rejected records among them that did not fit
 */
public record ImportCheckpoint(long records, long written, long rejected) {
  /** The start of a file. */
  public static final ImportCheckpoint START = new ImportCheckpoint(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param records records done; not negative
   * @param written items written; not negative
   * @param rejected records rejected; {@code written + rejected == records}
   */
  public ImportCheckpoint {
    if (records < 0 || written < 0 || rejected < 0 || written + rejected != records) {
      throw new IllegalArgumentException("checkpoint needs written + rejected == records >= 0,"
          + " got records=" + records + " written=" + written + " rejected=" + rejected);
    }
  }

  /**
   * Reads the text form.
   *
   * @param text {@code records=N,written=W,rejected=R}
   * @return the checkpoint
   * @throws IllegalArgumentException when the text is not one
   */
  public static ImportCheckpoint parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split(",");
    if (parts.length != 3 || !parts[0].startsWith("records=") || !parts[1].startsWith("written=")
        || !parts[2].startsWith("rejected=")) {
      throw new IllegalArgumentException("checkpoint '" + text
          + "' is not records=N,written=W,rejected=R");
    }
    try {
      return new ImportCheckpoint(Long.parseLong(parts[0].substring(8)),
          Long.parseLong(parts[1].substring(8)), Long.parseLong(parts[2].substring(9)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("checkpoint '" + text
          + "' is not records=N,written=W,rejected=R", e);
    }
  }

  /**
   * The text form.
   *
   * @return {@code records=N,written=W,rejected=R}
   */
  @Override
  public String toString() {
    return "records=" + records + ",written=" + written + ",rejected=" + rejected;
  }
}
