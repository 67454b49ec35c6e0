package dev.dynabind.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds uses of reflection in a class file: references to {@code java.lang.reflect}, class
 * lookups and reflective member access on {@code java.lang.Class}, {@code setAccessible}, and
 * method handle lookups by name.
 */
final class ReflectionScanner {
  private static final String REFLECT = "java/lang/reflect/";
  private static final Set<String> CLASS_METHODS = Set.of("forName", "newInstance",
      "getMethod", "getMethods", "getField", "getFields", "getConstructor", "getConstructors",
      "getRecordComponents", "getEnclosingMethod", "getEnclosingConstructor");

  private ReflectionScanner() {}

  /**
   * The reflective references of one class file.
   *
   * @param classFile the bytes of a {@code .class} file
   * @return one line per finding; empty when the class uses no reflection
   */
  static List<String> findings(byte[] classFile) throws IOException {
    ConstantPool pool = ConstantPool.read(classFile);
    List<String> findings = new ArrayList<>();
    for (String name : pool.classNames()) {
      if (name.contains(REFLECT)) {
        findings.add("class " + name);
      }
    }
    for (String descriptor : pool.descriptors()) {
      if (descriptor.contains(REFLECT)) {
        findings.add("descriptor " + descriptor);
      }
    }
    for (ConstantPool.MemberRef member : pool.members()) {
      if (isReflective(member)) {
        findings.add("member " + member);
      }
    }
    return findings;
  }

  private static boolean isReflective(ConstantPool.MemberRef member) {
    String name = member.name();
    if (member.owner().startsWith(REFLECT) || name.equals("setAccessible")
        || name.equals("trySetAccessible")) {
      return true;
    }
    if (member.owner().equals("java/lang/Class")) {
      return CLASS_METHODS.contains(name) || name.startsWith("getDeclared");
    }
    if (member.owner().equals("java/lang/invoke/MethodHandles$Lookup")) {
      return name.startsWith("find") || name.startsWith("unreflect");
    }
    return false;
  }
}
