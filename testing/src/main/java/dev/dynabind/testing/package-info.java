/**
 * Test support shared by the runtime's and the integration tests: a real DynamoDB found as the
 * design orders it, clients pointed at it, and interceptors that count or disturb requests.
 */
package dev.dynabind.testing;
