package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;
import static dev.dynabind.it.demo.SessionAttributes.expiresAt;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.VersionConflictException;
import dev.dynabind.runtime.expression.Update;
import java.time.Duration;
import java.time.Instant;

/** Item lifecycle: a generated id, timestamps from the clock, versions and a version conflict. */
final class LifecycleDemo implements DemoPart {

  @Override
  public String title() {
    return "Item lifecycle: generated id, timestamps, versions";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    SessionRepository sessions = new SessionRepository(db);
    Instant expiry = Instant.now().plus(Duration.ofHours(8));
    Session stored = sessions.save(new Session(null, "ada", null, null, 0, expiry));
    out.line("save(new session of ada) -> id %s, createdAt %s, version %d", stored.id(),
        stored.createdAt(), stored.version());
    check(stored.id() != null && stored.createdAt() != null
        && stored.createdAt().equals(stored.updatedAt()) && stored.version() == 1,
        "the first save fills in id, timestamps and version 1");

    Session renewed = sessions.update(stored.id(),
        Update.of(expiresAt.set(expiry.plus(Duration.ofHours(8)))));
    out.line("update(expiresAt + 8 h) -> version %d, createdAt kept, updatedAt %s",
        renewed.version(), renewed.updatedAt());
    check(renewed.version() == 2 && renewed.createdAt().equals(stored.createdAt())
        && !renewed.updatedAt().isBefore(stored.updatedAt()),
        "an update advances the version and the update time, and keeps the creation time");

    try {
      sessions.save(stored);
      check(false, "a save of version 1 over version 2 fails");
    } catch (VersionConflictException e) {
      out.line("save(the session as read at version 1) -> VersionConflictException: expected %d,"
          + " stored %d", e.expectedVersion().orElseThrow(), e.storedVersion().orElseThrow());
      check(e.item(sessions).orElseThrow().equals(renewed),
          "the conflict carries the stored item, which the failed save left as it was");
    }
  }
}
