package dev.dynabind.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Generates a codec, a repository, typed attribute references and (for a composite key) a key
 * record for every {@code @Table} record. Reads and validates each record into a
 * {@link TableModel} first and writes from the model only; a record in error gets nothing
 * generated.
 */
@AutoService(Processor.class)
public final class DynabindProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.TABLE, Annotations.KEY, Annotations.LOCKED_BY, Annotations.INDEX,
        Annotations.INDEXES, Annotations.LOCAL_INDEX, Annotations.LOCAL_INDEXES,
        Annotations.GENERATED_ID, Annotations.CREATED_AT, Annotations.UPDATED_AT,
        Annotations.VERSION, Annotations.TTL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
    TableReader reader = new TableReader(processingEnv, reporter);
    for (Element element : round.getElementsAnnotatedWith(
        processingEnv.getElementUtils().getTypeElement(Annotations.TABLE))) {
      TypeElement type = (TypeElement) element;
      try {
        reader.read(type).ifPresent(this::generate);
      } catch (RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        reporter.scope().error(Message.UNEXPECTED, type, type.getQualifiedName(), trace);
      }
    }
    checkOrphans(round, reporter);
    return false;
  }

  /**
   * {@code @Key}, {@code @Index}, {@code @LocalIndex}, the lifecycle annotations and
   * {@code @LockedBy} mean nothing without
   * {@code @Table}: say so.
   */
  private void checkOrphans(RoundEnvironment round, ErrorReporter reporter) {
    ErrorReporter.Scope errors = reporter.scope();
    TypeElement key = processingEnv.getElementUtils().getTypeElement(Annotations.KEY);
    for (Element component : round.getElementsAnnotatedWith(key)) {
      Element record = component.getEnclosingElement();
      if (Annotations.find(record, Annotations.TABLE) == null) {
        errors.error(Message.KEY_WITHOUT_TABLE, component, component.getSimpleName(),
            record.getSimpleName());
      }
    }
    for (String index : new String[] {Annotations.INDEX, Annotations.INDEXES,
        Annotations.LOCAL_INDEX, Annotations.LOCAL_INDEXES}) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(index);
      if (annotation == null) {
        continue;
      }
      for (Element component : round.getElementsAnnotatedWith(annotation)) {
        Element record = component.getEnclosingElement();
        if (Annotations.find(record, Annotations.TABLE) == null) {
          errors.error(Message.INDEX_WITHOUT_TABLE, component,
              index.contains("Local") ? "LocalIndex" : "Index", component.getSimpleName(),
              record.getSimpleName());
        }
      }
    }
    for (LifecycleReader.Kind kind : LifecycleReader.Kind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotation);
      for (Element component : round.getElementsAnnotatedWith(annotation)) {
        Element record = component.getEnclosingElement();
        if (Annotations.find(record, Annotations.TABLE) == null) {
          errors.error(Message.LIFECYCLE_WITHOUT_TABLE, component, kind.simpleName(),
              component.getSimpleName(), record.getSimpleName());
        }
      }
    }
    TypeElement lockedBy = processingEnv.getElementUtils().getTypeElement(Annotations.LOCKED_BY);
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(lockedBy))) {
      if (Annotations.find(type, Annotations.TABLE) == null) {
        errors.error(Message.LOCKED_WITHOUT_TABLE, type, type.getSimpleName());
      }
    }
  }

  private void generate(TableModel table) {
    try {
      write(new CodecWriter(table).write(), table);
      write(new RepositoryWriter(table).write(), table);
      write(new AttributesWriter(table).write(), table);
      if (table.sortKey() != null) {
        JavaFileObject file = processingEnv.getFiler().createSourceFile(
            table.generated("Key").canonicalName(), table.originatingElement());
        try (Writer writer = file.openWriter()) {
          writer.write(new KeyWriter(table).write());
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(TypeSpec type, TableModel table) throws IOException {
    JavaFile.builder(table.root().type().packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .writeTo(processingEnv.getFiler());
  }

}
