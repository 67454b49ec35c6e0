/**
 * Internal, not API: the batch context's loaders: queued keys, the window, dispatch, the bounded cache; and a repository's batch calls, which keep that cache in step with what they write. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.context;
