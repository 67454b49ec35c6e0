/**
 * Not API. The item lifecycle: the UUIDv7 generator of {@code @GeneratedId} and the stamp each
 * write hands to the codec.
 */
package dev.dynabind.runtime.internal.lifecycle;
