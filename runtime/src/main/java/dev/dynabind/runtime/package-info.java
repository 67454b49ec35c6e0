/**
 * Dynabind's API: the {@link dev.dynabind.runtime.Dynabind} entry point, the
 * {@link dev.dynabind.runtime.Repository} base of generated repositories, the batch context,
 * batch and atomic writes, options, policies, listeners and exceptions. Generated code also uses
 * {@code dev.dynabind.runtime.spi}; nothing outside the runtime uses
 * {@code dev.dynabind.runtime.internal}.
 */
package dev.dynabind.runtime;
