package org.dydisnix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dydisnix.cli.draw.Renderer;
import org.dydisnix.cli.draw.ServiceDiagram;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.PictureOption;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.io.AtomicOutput;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServiceGroups;
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
                    + "--batch, writes one diagram per group into a directory tree with an index.html."
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
        if (batch) {
            writeBatch(model);
            return 0;
        }
        String dot = diagram(model, group, groupSubservices);
        picture.write(output, dot);
        return 0;
    }

    private static String diagram(ServicesModel model, String group, boolean collapse) {
        ServicesModel selected = ServiceGroups.inGroupWithContext(model, group);
        if (!collapse) {
            return ServiceDiagram.of(selected, Set.of()).toDot();
        }
        ServiceGroups.Collapsed collapsed = ServiceGroups.collapseSubgroups(selected, group);
        return ServiceDiagram.of(collapsed.model(), collapsed.groupNodes()).toDot();
    }

    private void writeBatch(ServicesModel model) throws IOException {
        checkGroupNames(model);
        List<String> pictures = new ArrayList<>();
        for (String name : ServiceGroups.groups(model)) {
            Path directory = name.isEmpty() ? outputDir : outputDir.resolve(name);
            Files.createDirectories(directory);
            String dot = diagram(model, name, true);
            AtomicOutput.write(
                    directory.resolve("diagram.dot"),
                    out -> out.write(dot.getBytes(StandardCharsets.UTF_8)));
            String file = "diagram.dot";
            if (picture.format != null) {
                byte[] rendered = Renderer.render(dot, picture.format);
                file = "diagram." + picture.extension();
                AtomicOutput.write(directory.resolve(file), out -> out.write(rendered));
            }
            pictures.add(name.isEmpty() ? file : name + "/" + file);
        }
        String index = index(pictures);
        AtomicOutput.write(
                outputDir.resolve("index.html"),
                out -> out.write(index.getBytes(StandardCharsets.UTF_8)));
    }

    private static void checkGroupNames(ServicesModel model) {
        for (Service service : model.services().values()) {
            for (String token :
                    service.group().isEmpty() ? new String[0] : service.group().split("/", -1)) {
                if (token.isEmpty() || token.equals(".") || token.equals("..")) {
                    throw new ModelException(
                            service.position(),
                            "service '"
                                    + service.key()
                                    + "' has group '"
                                    + service.group()
                                    + "', which cannot name a directory (empty, '.' or '..' part)");
                }
            }
        }
    }

    private static String index(List<String> pictures) {
        StringBuilder html =
                new StringBuilder(
                        """
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"><title>Services</title></head>
                <body>
                <h1>Services</h1>
                <ul>
                """);
        for (String picture : pictures) {
            String group =
                    picture.contains("/")
                            ? picture.substring(0, picture.lastIndexOf('/'))
                            : "(all services)";
            html.append("<li><a href=\"")
                    .append(escape(picture))
                    .append("\">")
                    .append(escape(group))
                    .append("</a></li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
