package bad;

import dev.dynabind.EmptyWhenAbsent;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** @EmptyWhenAbsent is for Set components only; the Set component here is fine. */
@Table("shelves")
public record EmptyWhenAbsentMisuse(@Key String id,
                                    @EmptyWhenAbsent Set<String> labels,
                                    @EmptyWhenAbsent List<String> books,
                                    @EmptyWhenAbsent Map<String, Integer> counts,
                                    @EmptyWhenAbsent String name) {}
