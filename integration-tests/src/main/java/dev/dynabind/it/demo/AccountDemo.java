package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.RaceConditionException;
import dev.dynabind.runtime.SortKey;
import java.util.List;
import java.util.stream.Collectors;

/** Accounts: a {@code @LockedBy} record with a composite key, written under optimistic locks. */
final class AccountDemo implements DemoPart {

  @Override
  public String title() {
    return "Accounts (@LockedBy): save, read, query, lock, setAtomic, updateAtomic";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    AccountRepository accounts = new AccountRepository(db);
    accounts.save(new Account("ada", "checking", 125_00, "EUR"));
    accounts.save(new Account("ada", "savings", 2_500_00, "EUR"));
    accounts.save(new Account("alan", "checking", 42_00, "GBP"));
    out.line("saved ada/checking, ada/savings, alan/checking");

    AccountKey savingsKey = new AccountKey("ada", "savings");
    Account savings = accounts.get(savingsKey).orElseThrow();
    out.line("get(AccountKey(ada, savings)) -> balance %d %s (cents)", savings.balance(),
        savings.currency());
    check(savings.balance() == 2_500_00, "ada/savings reads back as saved");

    List<String> names = accounts.query("ada").map(Account::name).collect(Collectors.toList());
    out.line("query(\"ada\") -> %s (lock items are skipped)", names);
    check(names.equals(List.of("checking", "savings")), "ada has two accounts");

    List<String> matching = accounts.query("ada", SortKey.beginsWith("sav")).map(Account::name)
        .collect(Collectors.toList());
    out.line("query(\"ada\", beginsWith(\"sav\")) -> %s", matching);
    check(matching.equals(List.of("savings")), "beginsWith finds savings");

    Lock<AccountKey> lock = accounts.lock(savingsKey);
    out.line("lock(ada/savings) -> version %d, expires %s", lock.version(), lock.expiresAt());
    Lock<AccountKey> next = accounts.setAtomic(
        new Account("ada", "savings", savings.balance() + 100, "EUR"), lock);
    out.line("setAtomic(+100) with that lock -> new lock version %d", next.version());
    try {
      accounts.setAtomic(new Account("ada", "savings", 0, "EUR"), lock);
      check(false, "a stale lock must be refused");
    } catch (RaceConditionException expected) {
      out.line("setAtomic with the old lock again -> RaceConditionException (item unchanged)");
    }
    Account updated = accounts.updateAtomic(savingsKey,
        a -> new Account(a.owner(), a.name(), a.balance() + 1, a.currency()));
    out.line("updateAtomic(+1) -> balance %d", updated.balance());
    check(accounts.get(savingsKey).orElseThrow().balance() == 2_500_00 + 101,
        "both atomic writes applied, the stale one not");
  }
}
