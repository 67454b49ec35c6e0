package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;
import static dev.dynabind.it.demo.UserAttributes.address;
import static dev.dynabind.it.demo.UserAttributes.logins;
import static dev.dynabind.it.demo.UserAttributes.roles;
import static dev.dynabind.it.demo.UserAttributes.status;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Conditional writes and in-place updates: a create that never overwrites, a counter, a patch. */
final class ConditionalDemo implements DemoPart {

  @Override
  public String title() {
    return "Conditional writes and updates: create once, count, patch";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    UserRepository users = new UserRepository(db);
    User grace = new User("u-3", "grace@example.com", Status.PENDING,
        Instant.parse("2024-04-01T08:00:00Z"), List.of(), null, Optional.empty(), 0, null, null,
        Set.of("reader"));
    users.save(grace, Condition.ifAbsent());
    out.line("save(u-3, ifAbsent()) -> created");
    try {
      users.save(new User("u-3", "someone@example.com", Status.ACTIVE, Instant.now(), List.of(),
          null, Optional.empty(), 0, null, null, null), Condition.ifAbsent());
      check(false, "a second create of u-3 fails");
    } catch (ConditionFailedException e) {
      User existing = e.item(users).orElseThrow();
      out.line("save(u-3, ifAbsent()) again -> ConditionFailedException; the item as it was: <%s>",
          existing.email());
      check(existing.email().equals(grace.email()), "the failed create left u-3 as it was");
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<User>> done = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        done.add(pool.submit(() -> users.update("u-3", Update.of(logins.add(1)))));
      }
      for (Future<User> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a counter update failed", e);
    } finally {
      pool.shutdown();
    }
    int counted = users.get("u-3").orElseThrow().logins();
    out.line("20 x update(u-3, logins.add(1)) from 4 threads -> logins %d", counted);
    check(counted == 20, "every increment landed");

    User patched = users.update("u-3", Update.of(status.set(Status.ACTIVE),
        roles.addAll(Set.of("writer")), address.set(new Address("1 Harbour Rd", "Arlington",
            "22201", "US"))), status.eq(Status.PENDING));
    out.line("update(u-3, status ACTIVE, roles + writer, address) if PENDING -> %s, roles %s,"
        + " city %s", patched.status(), patched.roles(), patched.address().city());
    check(patched.status() == Status.ACTIVE && patched.roles().equals(Set.of("reader", "writer"))
        && patched.email().equals(grace.email()), "only the named attributes changed");

    try {
      users.update("u-404", Update.of(logins.add(1)), Condition.ifPresent());
      check(false, "an update guarded by ifPresent() creates nothing");
    } catch (ConditionFailedException e) {
      out.line("update(u-404, ..., ifPresent()) -> ConditionFailedException; nothing created");
      check(users.get("u-404").isEmpty(), "u-404 does not exist");
    }
  }
}
