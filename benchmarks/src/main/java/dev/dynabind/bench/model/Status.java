package dev.dynabind.bench.model;

/** A customer's standing; stored by name by every codec compared. */
public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
