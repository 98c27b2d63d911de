import java.nio.file.Path;
import java.util.List;
import org.dydisnix.cli.plan.GraphColoringPlanner;
import org.dydisnix.model.DistributionWriter;
import org.dydisnix.model.ModelReader;
import org.dydisnix.nix.NixModelSource;

/**
 * The {@code dydisnix graphcol} pipeline (read services and infrastructure, colour, print the
 * distribution) with the embedded Nix evaluator, for bench/run.sh section (c) while the CLI does not read
 * Nix models yet. It is what {@code GraphcolCommand.call()} does, without picocli. bench/run.sh compiles
 * it against the packaged jars and runs it with the launcher's JVM options:
 *
 * <pre>
 *   javac -cp 'dydisnix-cli/target/dydisnix/lib/*' -d DIR bench/GraphcolProbe.java
 *   java -XX:+UseSerialGC -Xmx2g -cp "DIR:dydisnix-cli/target/dydisnix/lib/*" GraphcolProbe services.nix infrastructure.nix
 * </pre>
 *
 * <p>Without arguments it does nothing: the start-up floor of a JVM with the launcher's options and
 * class path (bench/run.sh section b).
 */
public final class GraphcolProbe {

    private GraphcolProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            // an empty main: the start-up floor of the launcher's JVM options and class path
            System.exit(0);
        }
        if (args.length != 2) {
            System.err.println("usage: GraphcolProbe SERVICES INFRASTRUCTURE");
            System.exit(2);
        }
        ModelReader reader = new ModelReader(new NixModelSource(List.of()), "{}", false);
        GraphColoringPlanner planner = new GraphColoringPlanner(reader.services(Path.of(args[0])),
                reader.infrastructure(Path.of(args[1])));
        String distribution = DistributionWriter.write(planner.distribution(planner.color()), DistributionWriter.Format.NIX);
        System.out.print(distribution);
        System.out.flush();
        System.exit(0);
    }
}
