package dev.dynabind.runtime;

/**
 * One operation of a batch call as its caller gave it, kept so that what is not applied can be
 * handed back typed.
 *
 * @param repository the repository it went through
 * @param kind what it does
 * @param value the item of a put, the key of a delete or read
 * @param key the key, for messages
 */
record Pending(Repository<?, ?> repository, Kind kind, Object value, Object key) {
  enum Kind { PUT, DELETE, READ }
}
