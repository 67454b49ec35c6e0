package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component through a user-written converter, for a type Dynabind does not map itself.
 * The class must implement {@code dev.dynabind.runtime.AttributeConverter<T>} for the component's
 * type {@code T} and have a public no-arg constructor: generated code creates it with {@code new},
 * once per codec. A converted component cannot be a key, since its stored type is only known at
 * run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Convert {
  /**
   * The converter class.
   *
   * @return a class implementing {@code AttributeConverter} of the component's type
   */
  Class<?> value();
}
