package org.dydisnix.cli;

import java.util.concurrent.Callable;
import org.dydisnix.cli.draw.InfrastructureDiagram;
import org.dydisnix.cli.options.InfrastructureOption;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PictureOption;
import org.dydisnix.cli.options.TargetPropertyOption;
import org.dydisnix.model.Infrastructure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dydisnix visualize-infra}: the infrastructure model as a diagram. */
@Command(
        name = "visualize-infra",
        header = "Draw the infrastructure model: its targets and their containers.",
        description = {
            "Prints Graphviz DOT (pipe it into dot -Tsvg) with a cluster per target holding a "
                    + "cluster of its containers, or renders the picture with -f."
        },
        mixinStandardHelpOptions = true)
final class VisualizeInfraCommand implements Callable<Integer> {

    @Mixin InfrastructureOption infrastructure;

    @Mixin ModelOptions models;

    @Mixin TargetPropertyOption target;

    @Option(
            names = "--properties",
            description = "Also show each target's properties, system and number of cores.")
    boolean properties;

    @Mixin PictureOption picture;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        Infrastructure model =
                models.reader(target.targetProperty).infrastructure(infrastructure.infrastructure);
        String dot = InfrastructureDiagram.of(model, properties).toDot();
        picture.write(output, dot);
        return 0;
    }
}
