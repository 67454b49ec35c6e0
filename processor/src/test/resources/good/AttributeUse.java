package shop;

import static shop.UserAttributes.*;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Uses the generated references as the README shows; compiled with them, run by the test. */
public final class AttributeUse {
  private AttributeUse() {}

  public static Condition condition() {
    return status.eq(User.Status.ACTIVE).and(age.lt(10)).and(address.zip().beginsWith("01"))
        .or(Condition.ifAbsent());
  }

  public static Update update() {
    return Update.of(age.add(1), roles.addAll(Set.of("vip")), address.city().set("Oslo"),
        nickname.remove(), previousAddresses.get(0).zip().set("0150"),
        scores.get("math").add(2), createdAt.set(Instant.parse("2024-01-02T03:04:05Z")),
        tags.append(List.of("t")), balance.add(new BigDecimal("-1.5")));
  }

  public static Condition everything() {
    return EverythingAttributes.money.eq(new Money(new BigDecimal("12.50"), "EUR"))
        .and(EverythingAttributes.nested.child().leaf().value().eq("deep"))
        .and(EverythingAttributes.levels.get("one").children().get(1).n().gt(3))
        .and(EverythingAttributes.deep.get(0).get("xs").get(2).eq(3))
        .and(EverythingAttributes.optionals.get(0).eq(Everything.Color.RED))
        .and(EverythingAttributes.tree.children().get(0).children().get(0).name().eq("a1"))
        .and(EverythingAttributes.yearMonth.eq(YearMonth.of(10000, 1)))
        .and(EverythingAttributes.id.in(Fixtures.everything().id()))
        .and(EverythingAttributes.present.size().gt(0))
        .and(EverythingAttributes.decimals.contains(new BigDecimal("1.5")));
  }

  public static Update setNested(Everything item) {
    return Update.of(EverythingAttributes.nested.set(item.nested()),
        EverythingAttributes.optionals.set(item.optionals()),
        EverythingAttributes.missing.set(Optional.of(5).orElseThrow()));
  }
}
