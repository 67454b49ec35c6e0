/**
 * Internal, not API: the batch engine: chunking, parallel dispatch through executor hand-offs, the retry loop of each chunk, and the outcome of a call. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.batch;
