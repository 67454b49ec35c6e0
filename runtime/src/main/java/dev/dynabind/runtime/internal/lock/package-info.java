/**
 * Internal, not API: the lock items of {@code @LockedBy} tables: where they live, reading,
 * creating, refreshing and advancing them, and the prepared actions of atomic writes. May change
 * in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.lock;
