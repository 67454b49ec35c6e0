package shop;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Table("users")
public record User(
    @Key String id,
    String email,
    Status status,
    @Attribute("created_at") Instant createdAt,
    int age,
    Long visits,
    boolean active,
    BigDecimal balance,
    UUID token,
    byte[] avatar,
    Optional<String> nickname,
    List<String> tags,
    Map<String, Integer> scores,
    Set<String> roles,
    Set<Long> luckyNumbers,
    Address address,
    List<Address> previousAddresses) {

  public enum Status { ACTIVE, BLOCKED }

  public record Address(String street, String city, @Attribute("zip_code") String zip) {}
}
