package shop;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** The user the README's request handler reads; the README uses it without showing it. */
@Table("users")
public record User(@Key String id, String email) {}
