package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** Optionals, lists, sets and maps, including containers of records and of containers. */
@Table("containers")
public record Containers(
    @Key String id,
    Optional<String> nickname,
    Optional<Integer> age,
    List<String> names,
    List<Integer> numbers,
    List<Line> lines,
    List<List<String>> grid,
    Set<String> tags,
    Set<Integer> ints,
    Set<Long> longs,
    Set<BigDecimal> decimals,
    Set<SdkBytes> blobs,
    Map<String, Integer> scores,
    Map<String, Line> linesByName,
    Map<String, List<String>> aliases) {

  static Containers onlyKey(String id) {
    return new Containers(id, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }
}
