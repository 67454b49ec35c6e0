package bad;

import dev.dynabind.Convert;
import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;
import dev.dynabind.Ttl;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import dev.dynabind.runtime.AttributeConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public class LifecycleErrors {
  @Table("wrong_types")
  record WrongTypes(@Key @GeneratedId long id,
                    @CreatedAt LocalDateTime created,
                    @UpdatedAt String updated,
                    @Version double revision,
                    @Ttl Optional<Instant> until) {}

  public static final class LongText implements AttributeConverter<Long> {
    @Override
    public AttributeValue toAttributeValue(Long value) {
      return AttributeValue.fromS(value.toString());
    }

    @Override
    public Long fromAttributeValue(AttributeValue value) {
      return Long.valueOf(value.s());
    }
  }

  @Table("converted")
  record Converted(@Key String id, @Version @Convert(LongText.class) Long convertedVersion) {}

  @Table("twice")
  record Twice(@Key String id, @Version long first, @Version Long second,
               @Ttl long ttlOne, @Ttl Instant ttlTwo) {}

  @Table("both")
  record Both(@Key String id, @CreatedAt @UpdatedAt Instant stamped) {}

  @Table("on_keys")
  record OnKeys(@Key @Version long versionKey, @Key(sort = true) @UpdatedAt Instant changed) {}

  @Table("ttl_key")
  record TtlKey(@Key String id, @Key(sort = true) @Ttl long expiryKey) {}

  @Table("locked_version")
  @LockedBy
  record LockedVersion(@Key String id, @Version long lockedRevision, @Ttl Instant lockedExpiry) {}

  record NotATable(@GeneratedId String orphanId) {}
}
