package dev.dynabind.io;

import java.util.List;

/**
 * What an import did.
 *
 * @param checkpoint records done, items written and records rejected, counted from the start
 *     of the file (including what an earlier run did before it was resumed)
 * @param problems the records that did not fit, in file order; at most
 *     {@link TableImport#PROBLEMS_KEPT}, while {@code checkpoint.rejected()} counts them all
 */
public record ImportResult(ImportCheckpoint checkpoint, List<ImportProblem> problems) {
  /**
   * Copies the problems.
   *
   * @param checkpoint the counts
   * @param problems the records that did not fit
   */
  public ImportResult {
    problems = List.copyOf(problems);
  }
}
