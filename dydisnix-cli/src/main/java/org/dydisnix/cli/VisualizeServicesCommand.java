package org.dydisnix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dydisnix.cli.draw.ServiceBatch;
import org.dydisnix.cli.draw.ServiceDiagram;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PictureOption;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.io.AtomicOutput;
import org.dydisnix.model.ServicesModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dydisnix visualize-services}: the services model as an architecture diagram. */
@Command(
        name = "visualize-services",
        header = "Draw the services model: services, their dependencies and groups.",
        description = {
            "Prints Graphviz DOT (pipe it into dot -Tsvg): a node per service labelled with its "
                    + "name, provided containers and type; dependsOn edges solid, connectsTo edges dashed. With "
                    + "--batch, writes <group>/diagram.dot for every group (and with -f its picture, named as dot -O "
                    + "names it: diagram.dot.svg) and an index.html linking them."
        },
        mixinStandardHelpOptions = true)
final class VisualizeServicesCommand implements Callable<Integer> {

    @Mixin ServicesOption services;

    @Mixin ModelOptions models;

    @Option(
            names = "--group",
            paramLabel = "<group>",
            defaultValue = "",
            description =
                    "Only the services of this group (a/b nests b in a) and their direct context.")
    String group;

    @Option(
            names = "--group-subservices",
            description = "Collapse each sub-group into one dashed node.")
    boolean groupSubservices;

    @Option(
            names = "--batch",
            description = "Write a diagram per group under --output-dir (sub-groups collapsed).")
    boolean batch;

    @Option(
            names = "--output-dir",
            paramLabel = "<dir>",
            defaultValue = ".",
            description = "Directory of the batch diagrams (default: the current directory).")
    Path outputDir;

    @Mixin PictureOption picture;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        ServicesModel model = models.reader().services(services.services);
        if (!batch) {
            picture.write(output, ServiceDiagram.ofGroup(model, group, groupSubservices).toDot());
            return 0;
        }
        for (Map.Entry<String, byte[]> file :
                ServiceBatch.files(model, picture.format).entrySet()) {
            Path target = outputDir.resolve(file.getKey());
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicOutput.write(target, out -> out.write(file.getValue()));
        }
        return 0;
    }
}
