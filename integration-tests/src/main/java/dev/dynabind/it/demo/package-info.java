/**
 * A runnable tour of Dynabind against DynamoDB Local: {@link dev.dynabind.it.demo.Demo} creates the
 * tables of three annotated records ({@link dev.dynabind.it.demo.User},
 * {@link dev.dynabind.it.demo.Order}, {@link dev.dynabind.it.demo.Account}), saves, reads and
 * queries items through the generated repositories, and prints each step. Run it with
 * {@code mvn -B -q -Pdemo -DskipTests verify} from the repository root.
 */
package dev.dynabind.it.demo;
