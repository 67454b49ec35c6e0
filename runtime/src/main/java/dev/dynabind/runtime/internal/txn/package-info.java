/**
 * Internal, not API: transactions: the actions of one transaction checked against DynamoDB's limits
 * as they are added, what a commit does to the batch context cache, and the translation of
 * cancellations into Dynabind's exceptions. May change in any release; neither users nor generated
 * code may use it.
 */
package dev.dynabind.runtime.internal.txn;
