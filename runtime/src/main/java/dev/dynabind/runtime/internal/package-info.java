/**
 * Not API: the batch machinery behind {@link dev.dynabind.runtime.Repository}'s batch methods and
 * {@link dev.dynabind.runtime.Dynabind#batchGet()}/{@link dev.dynabind.runtime.Dynabind#batchWrite()}
 * (chunking, validation, parallel dispatch, the retry loop). May change in any release.
 */
package dev.dynabind.runtime.internal;
