/**
 * The annotations users put on records: {@link dev.dynabind.Table}, {@link dev.dynabind.Key},
 * {@link dev.dynabind.Attribute}, {@link dev.dynabind.Convert}, {@link dev.dynabind.LockedBy},
 * {@link dev.dynabind.EmptyWhenAbsent}, and the item lifecycle: {@link dev.dynabind.GeneratedId}, {@link dev.dynabind.CreatedAt},
 * {@link dev.dynabind.UpdatedAt}, {@link dev.dynabind.Version} and {@link dev.dynabind.Ttl}.
 * They are read at compile time only ({@code CLASS} retention); nothing reads them at run time.
 */
package dev.dynabind;
