import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.time.Instant;

/**
 * The Temporal time-skipping test server, with a clock that starts at a chosen instant.
 *
 * <p>io.temporal.testserver.TestServer always starts at the system clock; chidao's seeds are
 * directives from 2015-2024 whose deadlines must lie in the future. The two public classes used
 * here are what TestServer itself uses; we only pass initialTimeMillis (0 = system clock).
 *
 * <p>Usage: TimeTravelTestServer &lt;port&gt; [--initial-time=2018-01-09T01:00:00Z]
 * [--enable-time-skipping] [--exit-on-stdin-eof]. Without --enable-time-skipping the clock starts
 * locked, as in TestServer: the SDK's time-skipping client unlocks it while a test awaits a result
 * or calls env.sleep. --exit-on-stdin-eof stops the server when its parent dies, however it dies
 * (the parent holds the other end of stdin), so a crashed test run leaves no JVM behind.
 */
public class TimeTravelTestServer {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "Usage: TimeTravelTestServer <port> [--initial-time=ISO-INSTANT] [--enable-time-skipping]");
    }
    int port = Integer.parseInt(args[0]);
    long initialMillis = 0;
    boolean lockTimeSkipping = true;
    boolean exitOnStdinEof = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--initial-time=")) {
        initialMillis = Instant.parse(args[i].substring("--initial-time=".length())).toEpochMilli();
      } else if (args[i].equals("--enable-time-skipping")) {
        lockTimeSkipping = false;
      } else if (args[i].equals("--exit-on-stdin-eof")) {
        exitOnStdinEof = true;
      } else {
        throw new IllegalArgumentException("Unknown flag " + args[i]);
      }
    }
    TestServicesStarter starter = new TestServicesStarter(lockTimeSkipping, initialMillis);
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(starter.getServices(), builder);
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      starter.close();
    }));
    if (exitOnStdinEof) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) {}
        } catch (java.io.IOException e) {
          // parent gone as well
        }
        System.exit(0);
      });
      watcher.setDaemon(true);
      watcher.start();
    }
    server.awaitTermination();
  }
}
