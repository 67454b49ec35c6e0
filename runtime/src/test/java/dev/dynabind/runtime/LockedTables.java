package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.AttributeTypeException;
import dev.dynabind.runtime.spi.Decoders;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Hand-written stand-ins for what the processor generates for two {@code @LockedBy} records: one
 * with a sort key, one with only a partition key.
 */
final class LockedTables {
  static final LockSpec LOCK =
      new LockSpec("#lock", Duration.ofHours(24), Duration.ofHours(1), "version", "ttl");

  private LockedTables() {}

  record Account(String owner, String name, long balance) {
    Account withBalance(long balance) {
      return new Account(owner, name, balance);
    }
  }

  record AccountKey(String owner, String name) {}

  record Counter(String id, long value) {}

  /** Keyed by a number, which DynamoDB hands back in its own form (1.5 for 1.50). */
  record Ledger(BigDecimal branch, String name, long balance) {
    Ledger withBalance(long balance) {
      return new Ledger(branch, name, balance);
    }
  }

  record LedgerKey(BigDecimal branch, String name) {}

  static final class AccountCodec implements TableCodec<Account, AccountKey> {
    static final TableMetadata METADATA = new TableMetadata("accounts",
        new KeyAttribute("owner", "owner", ScalarAttributeType.S),
        new KeyAttribute("name", "name", ScalarAttributeType.S), LOCK);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Account item) {
      Map<String, AttributeValue> out = encodeKey(new AccountKey(item.owner(), item.name()));
      Encoders.put(out, "balance", Encoders.number(item.balance()));
      return out;
    }

    @Override
    public Account decode(Map<String, AttributeValue> item) {
      try {
        return new Account(Decoders.string(item.get("owner"), "owner"),
            Decoders.string(item.get("name"), "name"),
            Decoders.longValue(item.get("balance"), "balance"));
      } catch (AttributeTypeException e) {
        throw ItemDecodeException.of(METADATA, item, e);
      }
    }

    @Override
    public Map<String, AttributeValue> encodeKey(AccountKey key) {
      if (key == null) {
        throw new IllegalArgumentException("key of table 'accounts' is null");
      }
      Map<String, AttributeValue> out = Encoders.newItem(3);
      out.put("owner", Encoders.key("accounts", "owner", Encoders.string(key.owner())));
      out.put("name", Encoders.key("accounts", "name", Encoders.string(key.name())));
      return out;
    }

    @Override
    public AccountKey keyOf(Account item) {
      return new AccountKey(item.owner(), item.name());
    }
  }

  static final class CounterCodec implements TableCodec<Counter, String> {
    static final TableMetadata METADATA = new TableMetadata("counters",
        new KeyAttribute("id", "id", ScalarAttributeType.S), null, LOCK);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Counter item) {
      Map<String, AttributeValue> out = encodeKey(item.id());
      Encoders.put(out, "value", Encoders.number(item.value()));
      return out;
    }

    @Override
    public Counter decode(Map<String, AttributeValue> item) {
      try {
        return new Counter(Decoders.string(item.get("id"), "id"),
            Decoders.longValue(item.get("value"), "value"));
      } catch (AttributeTypeException e) {
        throw ItemDecodeException.of(METADATA, item, e);
      }
    }

    @Override
    public Map<String, AttributeValue> encodeKey(String key) {
      Map<String, AttributeValue> out = Encoders.newItem(2);
      out.put("id", Encoders.key("counters", "id", Encoders.string(key)));
      return out;
    }

    @Override
    public String keyOf(Counter item) {
      return item.id();
    }
  }

  static final class LedgerCodec implements TableCodec<Ledger, LedgerKey> {
    static final TableMetadata METADATA = new TableMetadata("ledgers",
        new KeyAttribute("branch", "branch", ScalarAttributeType.N),
        new KeyAttribute("name", "name", ScalarAttributeType.S), LOCK);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Ledger item) {
      Map<String, AttributeValue> out = encodeKey(keyOf(item));
      Encoders.put(out, "balance", Encoders.number(item.balance()));
      return out;
    }

    @Override
    public Ledger decode(Map<String, AttributeValue> item) {
      return new Ledger(Decoders.bigDecimal(item.get("branch"), "branch"),
          Decoders.string(item.get("name"), "name"),
          Decoders.longValue(item.get("balance"), "balance"));
    }

    @Override
    public Map<String, AttributeValue> encodeKey(LedgerKey key) {
      Map<String, AttributeValue> out = Encoders.newItem(3);
      out.put("branch", Encoders.key("ledgers", "branch", Encoders.number(key.branch())));
      out.put("name", Encoders.key("ledgers", "name", Encoders.string(key.name())));
      return out;
    }

    @Override
    public LedgerKey keyOf(Ledger item) {
      return new LedgerKey(item.branch(), item.name());
    }
  }

  /** What the processor would generate for Account: the binding plus a typed query. */
  static final class AccountRepository extends LockedRepository<Account, AccountKey> {
    AccountRepository(Dynabind db) {
      super(db, new AccountCodec());
    }

    Stream<Account> query(String owner) {
      return queryPartition(AttributeValue.fromS(owner), null, Encoders::string);
    }
  }

  static final class LedgerRepository extends LockedRepository<Ledger, LedgerKey> {
    LedgerRepository(Dynabind db) {
      super(db, new LedgerCodec());
    }
  }

  static final class CounterRepository extends LockedRepository<Counter, String> {
    CounterRepository(Dynabind db) {
      super(db, new CounterCodec());
    }
  }
}
