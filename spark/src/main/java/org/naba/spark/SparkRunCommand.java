package org.naba.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.naba.cli.RunCommand;
import org.naba.pipeline.Pipeline;
import org.naba.pipeline.Progress;
import org.naba.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code naba spark run INPUT... --out DIR}: {@code naba run} with its options and output, reading and cleaning on
 * a Spark cluster ({@link SparkReading}); deduplication, stories and summaries run on the driver, as they are online
 * and in publication order.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every stage on the inputs, as 'naba run' does, with reading and",
      "cleaning spread over Apache Spark; the stories are the same.",
      "Every machine of the cluster must see the inputs at the paths given.",
    })
public final class SparkRunCommand extends RunCommand {
  /** Where the driver finds the jars executors of a cluster need (naba-core and its libraries); set by ./naba. */
  static final String JARS_PROPERTY = "naba.spark.jars";

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE}, this"
      + " machine's cores; spark://HOST:7077 for a standalone cluster)")
  String master = "local[*]";

  @Option(names = "--partitions", paramLabel = "N", description = "partitions documents are cleaned in (default:"
      + " Spark's default parallelism, times 4)")
  Integer partitions;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable), e.g. --conf"
      + " spark.executor.memory=4g")
  Map<String, String> conf = new LinkedHashMap<>();

  private JavaSparkContext spark;

  @Override
  public Integer call() throws IOException {
    SparkConf sc = new SparkConf().setAppName("naba").setMaster(master)
        // The web UI serves a cluster's operators; a run on one machine does not need a port opened for it.
        .set("spark.ui.enabled", Boolean.toString(!master.startsWith("local")));
    if (master.startsWith("local")) {
      // Everything runs in this JVM: bind to the loopback address, whatever the machine's name resolves to.
      sc.set("spark.driver.host", "localhost").set("spark.driver.bindAddress", "127.0.0.1");
    }
    String jars = System.getProperty(JARS_PROPERTY, "");
    if (!master.startsWith("local") && !jars.isBlank()) sc.setJars(jars.split(","));
    for (Map.Entry<String, String> e : conf.entrySet()) sc.set(e.getKey(), e.getValue());
    JavaSparkContext context;
    try {
      context = new JavaSparkContext(sc);
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("naba: cannot start Spark (master " + master + "): " + e.getMessage());
      return 2;
    }
    try (context) {
      spark = context;
      return super.call();
    } finally {
      spark = null;
    }
  }

  @Override
  protected Pipeline pipeline(Settings settings, Progress progress) {
    int n = partitions != null ? partitions : 4 * spark.defaultParallelism();
    return new Pipeline(settings, progress, new SparkReading(spark, n));
  }
}
