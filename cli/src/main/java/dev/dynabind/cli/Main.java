package dev.dynabind.cli;

import dev.dynabind.io.DynamoJsonValues;
import dev.dynabind.io.ExportCheckpoint;
import dev.dynabind.io.Format;
import dev.dynabind.io.ImportResult;
import dev.dynabind.io.ScanFilter;
import dev.dynabind.io.TableExport;
import dev.dynabind.io.TableImport;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.RawTable;
import dev.dynabind.runtime.Tenancy;
import dev.dynabind.runtime.Tenant;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code dynabind} command: export, import, count and scan any DynamoDB table. Exit codes:
 * 0 done; 1 failed (one line on standard error says why); 2 bad usage; 3 an import finished but
 * some records did not fit (listed on standard error).
 */
@Command(name = "dynabind", mixinStandardHelpOptions = true, version = "dynabind 0.1.0",
    subcommands = {Main.Export.class, Main.Import.class, Main.Count.class, Main.Scan.class},
    description = "Exports, imports, counts and scans DynamoDB tables.")
public final class Main {
  private static final String FORMATS =
      "DYNAMODB_JSON, JSON_LINES, JSON_ARRAY or CSV (default ${DEFAULT-VALUE})";

  /** Exit code of an import that finished with records that did not fit. */
  public static final int REJECTED_RECORDS = 3;

  private Main() {}

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(new java.io.PrintWriter(out, true));
    line.setErr(new java.io.PrintWriter(err, true));
    line.setExecutionStrategy(Main::inTenant);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("dynabind: " + oneLine(e));
      return 1;
    });
    return line.execute(args);
  }

  /** A command given {@code --tenant} runs wholly as that tenant. */
  private static int inTenant(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    Object command = last.commandSpec().userObject();
    if (command instanceof Connection connection && connection.tenant != null) {
      try {
        return Tenant.call(connection.tenant, () -> new CommandLine.RunLast().execute(parsed));
      } catch (IllegalArgumentException e) { // the command's own failures arrive wrapped
        throw new CommandLine.ExecutionException(last.commandSpec().commandLine(),
            e.getMessage(), e);
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("");
  }

  /** Options every command shares. */
  static class Connection {
    @Parameters(index = "0", description = "the table name")
    String table;

    @Option(names = "--endpoint", description = "DynamoDB endpoint, e.g. http://localhost:8000")
    URI endpoint;

    @Option(names = "--region", description = "AWS region (default: the SDK's region chain)")
    String region;

    @Option(names = "--filter", description = "a filter expression, e.g. \"#s = :s\"")
    String filter;

    @Option(names = "--name", description = "a filter name placeholder: #s=status")
    Map<String, String> names = Map.of();

    @Option(names = "--value", description = "a filter value placeholder in DynamoDB JSON:"
        + " ':s={\"S\":\"ACTIVE\"}'")
    Map<String, String> values = Map.of();

    @Option(names = "--tenant", description = "act for one tenant of a key-prefix tenancy:"
        + " only its items (partition keys 'ID#...') are read, written without the prefix, and"
        + " imported under it")
    String tenant;

    DynamoDbClient client() {
      DynamoDbClientBuilder builder = DynamoDbClient.builder();
      if (endpoint != null) {
        builder.endpointOverride(endpoint);
      }
      if (region != null) {
        builder.region(Region.of(region));
      }
      return builder.build();
    }

    ScanFilter scanFilter() {
      if (filter == null) {
        return null;
      }
      Map<String, AttributeValue> typed = new java.util.HashMap<>();
      values.forEach((k, v) -> typed.put(k, DynamoJsonValues.parse(v)));
      return ScanFilter.of(filter, names, typed);
    }

    RawTable table(DynamoDbClient client) {
      Dynabind.Builder db = Dynabind.builder().client(client);
      return RawTable.describe(tenant == null ? db.build()
          : db.tenancy(Tenancy.keyPrefix()).build(), table);
    }
  }

  /** Options of the commands that read a table page by page. */
  static final class ScanOptions {
    @Option(names = "--columns", split = ",", description = "CSV columns (required for CSV)")
    List<String> columns;

    @Option(names = "--segments", defaultValue = "1", description = "parallel scan segments")
    int segments;

    @Option(names = "--max-rcu", defaultValue = "0", description = "read units per second")
    double maxRcu;

    TableExport export(RawTable table, Format format, ScanFilter filter) {
      TableExport export = TableExport.of(table).format(format).segments(segments)
          .filter(filter).maxReadUnitsPerSecond(maxRcu);
      if (columns != null) {
        export.columns(columns);
      }
      return export;
    }
  }

  /** Options of the commands that report progress. */
  static class Progressing extends Connection {
    @Option(names = "--progress-every", defaultValue = "PT2S", description = "the least time"
        + " between two progress lines when standard error is not a terminal, as an ISO-8601"
        + " duration (default ${DEFAULT-VALUE})")
    Duration progressEvery;

    ProgressReport progressReport(String task) {
      return ProgressReport.forStandardError(task, progressEvery);
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes a table to a file (or standard output).")
  static final class Export extends Progressing implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "DYNAMODB_JSON",
        description = FORMATS)
    Format format;

    @Option(names = "--gzip", description = "compress with gzip")
    boolean gzip;

    @CommandLine.Mixin
    ScanOptions scan;

    @Option(names = {"-o", "--output"}, description = "the file (default: standard output)")
    Path output;

    @Option(names = "--resume", description = "a checkpoint file: resumed from when present,"
        + " kept up to date while running")
    Path resume;

    @Override
    public Integer call() throws IOException {
      try (DynamoDbClient client = client()) {
        TableExport export = scan.export(table(client), format, scanFilter()).gzip(gzip)
            .countFirst(output != null);
        boolean resuming = resume != null && Files.exists(resume);
        if (resuming) {
          export.resumeFrom(ExportCheckpoint.parse(Files.readString(resume)));
        }
        // Progress goes with a file only: on standard output the items are the output.
        try (ProgressReport report = output == null ? null : progressReport("export");
            OutputStream out = output == null ? nonClosing(System.out)
                : new BufferedOutputStream(Files.newOutputStream(output,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, resuming
                        ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING))) {
          export.progress(p -> {
            if (report != null) {
              report.update(p.items(), p.itemsPerSecond(), p.total());
            }
            if (resume != null) {
              write(resume, p.checkpoint().toString());
            }
          });
          ExportCheckpoint done = export.to(out);
          if (report != null) {
            report.done(done.items());
          }
        }
        return 0;
      }
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Writes the items of a file to a table.")
  static final class Import extends Progressing implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "DYNAMODB_JSON",
        description = FORMATS)
    Format format;

    @Option(names = "--max-wcu", defaultValue = "0", description = "write units per second")
    double maxWcu;

    @Option(names = "--stop-on-bad-record", description = "stop at a record that does not fit")
    boolean stop;

    @Option(names = {"-i", "--input"}, required = true, description = "the file")
    Path input;

    @Override
    public Integer call() throws IOException {
      try (DynamoDbClient client = client(); InputStream in = Files.newInputStream(input);
          ProgressReport report = progressReport("import")) {
        ImportResult result = TableImport.of(table(client)).format(format).stopOnBadRecord(stop)
            .maxWriteUnitsPerSecond(maxWcu)
            .progress(p -> report.update(p.items(), p.itemsPerSecond(), p.total()))
            .onProblem(problem -> System.err.println("dynabind: skipped " + problem))
            .from(in);
        report.done(result.checkpoint().records());
        return result.checkpoint().rejected() == 0 ? 0 : REJECTED_RECORDS;
      }
    }
  }

  @Command(name = "count", mixinStandardHelpOptions = true,
      description = "Prints the number of items (matching --filter).")
  static final class Count extends Connection implements Callable<Integer> {
    @Override
    public Integer call() {
      try (DynamoDbClient client = client()) {
        System.out.println(TableExport.of(table(client)).filter(scanFilter()).count());
        return 0;
      }
    }
  }

  @Command(name = "scan", mixinStandardHelpOptions = true,
      description = "Prints the items on standard output, JSON Lines unless --format.")
  static final class Scan extends Connection implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "JSON_LINES",
        description = FORMATS)
    Format format;

    @CommandLine.Mixin
    ScanOptions scan;

    @Override
    public Integer call() throws IOException {
      try (DynamoDbClient client = client(); OutputStream out = nonClosing(System.out)) {
        TableExport export = scan.export(table(client), format, scanFilter());
        export.to(out);
        return 0;
      }
    }
  }

  private static void write(Path file, String text) {
    try {
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, text);
      Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Standard output, buffered, that an export may close without closing the JVM's stream. */
  private static OutputStream nonClosing(PrintStream stdout) {
    return new BufferedOutputStream(stdout, 64 * 1024) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
