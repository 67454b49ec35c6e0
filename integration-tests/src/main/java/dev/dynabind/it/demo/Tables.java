package dev.dynabind.it.demo;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Repository;
import java.util.List;

/** Creates the demo's tables; creating a table that exists is not an error. */
final class Tables {
  private Tables() {}

  static void create(Dynabind db, DemoOutput out) {
    out.heading("Tables (on-demand; created unless they exist)");
    List<Repository<?, ?>> repositories = List.of(
        new UserRepository(db), new OrderRepository(db), new AccountRepository(db),
        new ShipmentRepository(db), new SessionRepository(db));
    for (Repository<?, ?> repository : repositories) {
      repository.createTable();
      var metadata = repository.codec().metadata();
      out.line("%-16s partition key %s%s%s%s%s", repository.tableName(),
          metadata.partitionKey().attributeName(),
          metadata.sortKey() == null ? "" : ", sort key " + metadata.sortKey().attributeName(),
          metadata.lock() == null ? "" : ", locked (lock items + TTL on '"
              + metadata.lock().ttlAttribute() + "')",
          metadata.indexes().isEmpty() ? "" : ", indexes " + metadata.indexes().stream()
              .map(index -> index.name() + " (" + index.kind() + ")").toList(),
          metadata.lifecycle().ttl().map(ttl -> ", TTL on '" + ttl + "'").orElse(""));
    }
  }
}
