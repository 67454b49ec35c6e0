package shop;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A record as in the README; the processor writes UserRepository and UserCodec from it. */
@Table("users")
public record User(@Key String id, String name, int loginCount) {}
