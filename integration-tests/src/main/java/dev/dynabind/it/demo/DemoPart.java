package dev.dynabind.it.demo;

import dev.dynabind.runtime.Dynabind;

/** One part of the demo: a few operations on one table, printed as they happen. */
interface DemoPart {

  /** The heading printed before the part runs. */
  String title();

  /**
   * Runs the part; its tables already exist.
   *
   * @throws IllegalStateException when a result is not what the part expected
   */
  void run(Dynabind db, DemoOutput out);
}
