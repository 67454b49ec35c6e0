package shop;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Lock;

/**
 * The variables README snippets use without declaring them. Every harness that
 * ReadmeSnippetsTest writes around a fragment extends this class, so a snippet reads as in the
 * README. Only compiled, never run: the fields stay null.
 */
abstract class ReadmeFixtures {
  Dynabind db;
  UserRepository users;
  OrderRepository orders;
  AccountRepository accounts;
  AccountKey key;
  Account from;
  Account to;
  Lock<AccountKey> fromLock;
  Lock<AccountKey> toLock;
}
