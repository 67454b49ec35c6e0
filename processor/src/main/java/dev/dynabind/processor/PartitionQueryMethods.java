package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynabind.processor.TableModel.KeyModel;
import java.util.Objects;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The {@code query} and {@code queryPage} methods of a repository whose table has a sort key,
 * each one line delegating to the runtime's {@code SortedIndex} of the table's key.
 */
final class PartitionQueryMethods {
  private final TableModel table;
  private final String keys;
  private final TypeName sortType;
  private final String partition;
  private final String condition;

  PartitionQueryMethods(TableModel table, String keys, TypeName sortType) {
    this.table = table;
    this.keys = keys;
    this.sortType = sortType;
    this.partition = table.partitionKey().component().name();
    this.condition = partition.equals("condition") ? "sortCondition" : "condition";
  }

  void addTo(TypeSpec.Builder type) {
    KeyModel sort = table.sortKey();
    type.addMethod(query(false, false, "The items of one partition in sort key order, read lazily"
        + " page by page.\n"));
    type.addMethod(query(true, false, "The items of one partition whose sort key {@code "
        + sort.component().name() + "} meets a condition, in\nsort key order, read lazily page by"
        + " page.\n"));
    type.addMethod(query(false, true, "The items of one partition with a filter, order, limit or"
        + " consistency.\n"));
    type.addMethod(query(true, true, "The items of one partition whose sort key meets a condition,"
        + " with a filter, order,\nlimit or consistency.\n"));
    type.addMethod(page(false, false, "One page of the items of one partition.\n"));
    type.addMethod(page(true, false, "One page of the items of one partition whose sort key meets"
        + " a condition.\n"));
    type.addMethod(page(false, true, "One page of the items of one partition with a filter, order"
        + " or consistency.\n"));
    type.addMethod(page(true, true, "One page of the items of one partition whose sort key meets"
        + " a condition, with a\nfilter, order or consistency.\n"));
  }

  private MethodSpec query(boolean withCondition, boolean withOptions, String doc) {
    MethodSpec.Builder method = start("query", withCondition, withOptions, doc)
        .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), table.root().type()))
        .addJavadoc("@return the items, read lazily\n")
        .addJavadoc("@throws IllegalArgumentException when the partition key is null or empty\n");
    return finish(method, "query", withCondition, withOptions, null);
  }

  private MethodSpec page(boolean withCondition, boolean withOptions, String doc) {
    MethodSpec.Builder method = start("queryPage", withCondition, withOptions, doc)
        .addParameter(Names.PAGE_REQUEST, "page")
        .returns(ParameterizedTypeName.get(Names.PAGE, table.root().type()))
        .addJavadoc("@param page which page and its size\n@return the page\n")
        .addJavadoc("@throws IllegalArgumentException when the partition key is null or empty, $L\n",
            withOptions ? "the options have a\n    limit, or the cursor was altered or made for"
                + " another read" : "or the cursor\n    was altered or made for another read");
    return finish(method, "queryPage", withCondition, withOptions, "page");
  }

  private MethodSpec.Builder start(String name, boolean withCondition, boolean withOptions,
      String doc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc + "\n@param $L the partition key\n", partition)
        .addParameter(table.partitionKey().boxedType(), partition);
    if (withCondition) {
      method.addParameter(ParameterizedTypeName.get(Names.SORT_KEY, sortType), condition)
          .addJavadoc("@param $L the sort key condition\n", condition);
    }
    if (withOptions) {
      method.addParameter(Names.QUERY_OPTIONS, "options")
          .addJavadoc("@param options filter, order, $L\n", name.equals("query")
              ? "limit, consistency" : "consistency; no limit, the page request sets the size");
    }
    return method;
  }

  private MethodSpec finish(MethodSpec.Builder method, String name, boolean withCondition,
      boolean withOptions, String page) {
    if (withCondition) {
      method.addStatement("$T.requireNonNull($N, $S)", Objects.class, condition,
          "condition; leave it out for the whole partition");
    }
    StringBuilder args = new StringBuilder(partition);
    if (withCondition) {
      args.append(", ").append(condition);
    }
    if (withOptions) {
      args.append(", options");
    }
    if (page != null) {
      args.append(", ").append(page);
    }
    return method.addStatement("return $N.$N($L)", keys, name, args.toString()).build();
  }
}
