/**
 * Internal, not API: the batch engine: chunking, parallel dispatch through executor hand-offs, the retry loop of each chunk, and the outcome of a call; and the typed side of batch calls: element checks, the cores of {@code BatchGet} and {@code BatchWrite}, streamed reads, {@code updateAll}, and the API's exceptions of what was not applied. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.batch;
