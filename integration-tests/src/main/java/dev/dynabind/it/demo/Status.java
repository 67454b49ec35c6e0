package dev.dynabind.it.demo;

/** The state of a {@link User}'s account; stored by name. */
public enum Status {
  /** Signed up, e-mail not yet confirmed. */
  PENDING,
  /** Confirmed and allowed to sign in. */
  ACTIVE,
  /** Blocked by an administrator. */
  SUSPENDED
}
