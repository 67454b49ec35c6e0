package dev.dynabind.runtime;

/** A single-key test record. */
record Item(String id, int n, String payload) {}
