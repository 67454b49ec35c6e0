package dev.dynabind.it;

import java.lang.reflect.Method;

/**
 * Uses reflection on purpose, so that {@link NoReflectionTest} can prove its scanner finds it.
 * Never called.
 */
final class ReflectiveFixture {
  private ReflectiveFixture() {}

  static Object lookUp(String className) throws ReflectiveOperationException {
    Class<?> type = Class.forName(className);
    Method method = type.getDeclaredMethod("toString");
    method.setAccessible(true);
    return type.getDeclaredConstructor().newInstance();
  }
}
