package dev.dynabind.processor;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The one way errors leave the processor. A nested record shared by several tables is read once
 * per table, so identical errors on one element are printed once.
 */
final class ErrorReporter {
  private final Messager messager;
  private final Set<String> printed = new HashSet<>();

  ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** A scope records whether anything went wrong while reading one table. */
  Scope scope() {
    return new Scope();
  }

  private void print(String text, Element target, AnnotationMirror mirror, AnnotationValue value) {
    Element element = positioned(target);
    // Elements are canonical within one compilation, so identity plus text identifies an error.
    if (!printed.add(System.identityHashCode(element) + ":" + element + ":" + text)) {
      return;
    }
    if (value != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, mirror, value);
    } else if (mirror != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, mirror);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }

  /**
   * JDK 17's javac has no source position for a RecordComponentElement, so a diagnostic on it has
   * no file or line; the component's private field shares its declaration and has both.
   */
  private static Element positioned(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (VariableElement field : ElementFilter.fieldsIn(
        element.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(element.getSimpleName())) {
        return field;
      }
    }
    return element;
  }

  /** Errors of one table; {@link #failed()} tells whether to generate nothing. */
  final class Scope {
    private boolean failed;

    void error(Message message, Element element, Object... args) {
      error(message, element, null, null, args);
    }

    void error(Message message, Element element, AnnotationMirror mirror, AnnotationValue value,
        Object... args) {
      failed = true;
      print(message.format(args), element, mirror, value);
    }

    /** Marks the table failed for an error javac reports itself. */
    void fail() {
      failed = true;
    }

    boolean failed() {
      return failed;
    }
  }
}
