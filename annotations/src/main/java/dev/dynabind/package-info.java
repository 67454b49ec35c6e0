/**
 * The annotations users put on records: {@link dev.dynabind.Table}, {@link dev.dynabind.Key},
 * {@link dev.dynabind.Attribute}, {@link dev.dynabind.Convert} and {@link dev.dynabind.LockedBy}.
 * They are read at compile time only ({@code CLASS} retention); nothing reads them at run time.
 */
package dev.dynabind;
