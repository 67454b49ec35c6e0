package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Users: a partition key only, many component types, a nested address. */
final class UserDemo implements DemoPart {

  @Override
  public String title() {
    return "Users: save, read back, update, delete";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    UserRepository users = new UserRepository(db);
    User ada = new User("u-1", "ada@example.com", Status.PENDING,
        Instant.parse("2024-03-01T09:15:30.250Z"), List.of("admin", "beta"),
        new Address("12 Analytical St", "London", "N1 9GU", "GB"), Optional.of("Countess"), 3,
        new BigDecimal("12.50"), UUID.fromString("6f1c3a2e-0b7d-4c59-9e1a-5b2d8c4f7a10"),
        Set.of("reader", "writer"));
    User alan = new User("u-2", "alan@example.com", Status.ACTIVE,
        Instant.parse("2024-03-02T10:00:00Z"), List.of(), null, Optional.empty(), 0, null, null,
        null);
    users.save(ada);
    users.save(alan);
    out.line("saved %s and %s", ada.id(), alan.id());

    User read = users.get("u-1").orElseThrow();
    out.line("get(\"u-1\") -> %s <%s>, %s, created %s, tags %s", read.nickname().orElse("?"),
        read.email(), read.status(), read.createdAt(), read.tags());
    out.line("             address %s, credit %s (stored 12.50; DynamoDB normalizes numbers)",
        read.address(), read.credit());
    check(read.address().equals(ada.address()) && read.tags().equals(ada.tags())
        && read.credit().compareTo(ada.credit()) == 0 && read.roles().equals(ada.roles()),
        "u-1 reads back as saved");

    User alanRead = users.get("u-2").orElseThrow();
    out.line("get(\"u-2\") -> address %s, nickname %s, roles %s (nothing stored for them)",
        alanRead.address(), alanRead.nickname(), alanRead.roles());
    check(alanRead.address() == null && alanRead.nickname().isEmpty(), "u-2 has no address");

    users.save(new User(ada.id(), ada.email(), Status.ACTIVE, ada.createdAt(), ada.tags(),
        ada.address(), ada.nickname(), ada.logins() + 1, ada.credit(), ada.externalId(),
        ada.roles()));
    User updated = users.get("u-1").orElseThrow();
    out.line("save(u-1 with status ACTIVE) -> status %s, logins %d", updated.status(),
        updated.logins());
    check(updated.status() == Status.ACTIVE && updated.logins() == 4, "u-1 was updated");

    users.delete("u-2");
    Optional<User> gone = users.get("u-2");
    out.line("delete(\"u-2\"), then get(\"u-2\") -> %s", gone);
    check(gone.isEmpty(), "u-2 was deleted");
  }
}
