/**
 * Dynabind's runtime: the {@link dev.dynabind.runtime.Dynabind} entry point, the
 * {@link dev.dynabind.runtime.Repository} base of generated repositories, and the machinery they
 * share (batch context, chunking, retries, locks). Generated code calls the helpers in
 * {@code dev.dynabind.runtime.codec}; user code rarely does.
 */
package dev.dynabind.runtime;
