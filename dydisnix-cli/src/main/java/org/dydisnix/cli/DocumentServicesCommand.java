package org.dydisnix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dydisnix.cli.docs.Catalogue;
import org.dydisnix.cli.docs.DocsModel;
import org.dydisnix.cli.draw.Renderer;
import org.dydisnix.cli.draw.Renderer.PictureFormat;
import org.dydisnix.cli.draw.ServiceDiagram;
import org.dydisnix.cli.options.ModelOptions;
import org.dydisnix.cli.options.OutputOption;
import org.dydisnix.cli.options.ServicesOption;
import org.dydisnix.io.AtomicOutput;
import org.dydisnix.model.ModelReader;
import org.dydisnix.model.ServicesModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dydisnix document-services}: a browsable HTML catalogue of the services model. */
@Command(
        name = "document-services",
        header = "Write an HTML catalogue of the services: a page per group with its diagram.",
        description = {
            "With --batch, writes under --output-dir an index.html per group (a/b nests b in a; the "
                    + "top level at the root) with the group's diagram, whose nodes link to the services' "
                    + "entries and to sub-group pages, a table of its services with the docs model's fields, "
                    + "its sub-groups and a breadcrumb; next to each page its diagram.dot and picture. Pages "
                    + "work from the file system and need no external assets.",
            "Without --batch, prints the page of --group (no diagram unless -f svg is given).",
            "Docs model: { groups = { \"a/b\" = \"Title\"; }; fields = [ \"type\" \"description\" ]; "
                    + "descriptions = { type = \"Type\"; }; }."
        },
        mixinStandardHelpOptions = true)
final class DocumentServicesCommand implements Callable<Integer> {

    @Mixin ServicesOption services;

    @Option(
            names = "--docs",
            paramLabel = "<file>",
            description = "Docs model: group titles, table fields and their headings.")
    Path docs;

    @Option(names = "--batch", description = "Write the whole catalogue under --output-dir.")
    boolean batch;

    @Option(
            names = "--group",
            paramLabel = "<group>",
            defaultValue = "",
            description = "Without --batch: the group whose page is printed.")
    String group;

    @Option(
            names = "--group-subservices",
            description = "Without --batch: collapse each sub-group into one node of the diagram.")
    boolean groupSubservices;

    @Option(
            names = "--output-dir",
            paramLabel = "<dir>",
            defaultValue = ".",
            description = "Directory of the catalogue (default: the current directory).")
    Path outputDir;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "<format>",
            description =
                    "Picture format of the diagrams: ${COMPLETION-CANDIDATES} (default with --batch: SVG, "
                            + "inlined so that its nodes are links).")
    PictureFormat format;

    @Mixin ModelOptions models;

    @Mixin OutputOption output;

    @Override
    public Integer call() throws Exception {
        ModelReader reader = models.reader();
        ServicesModel model = reader.services(services.services);
        DocsModel docsModel = docs == null ? DocsModel.none() : DocsModel.from(reader.data(docs));
        if (batch) {
            Catalogue catalogue =
                    new Catalogue(model, docsModel, format == null ? PictureFormat.SVG : format);
            writeAll(catalogue.files());
            return 0;
        }
        ServiceDiagram.requireGroup(model, group);
        Catalogue catalogue = new Catalogue(model, docsModel, PictureFormat.SVG);
        byte[] picture =
                format == PictureFormat.SVG
                        ? Renderer.render(
                                catalogue.diagram(group, groupSubservices).toDot(),
                                PictureFormat.SVG)
                        : null;
        output.write(catalogue.page(group, picture));
        return 0;
    }

    private void writeAll(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = outputDir.resolve(file.getKey());
            Files.createDirectories(target.getParent() == null ? outputDir : target.getParent());
            byte[] bytes = file.getValue();
            AtomicOutput.write(target, out -> out.write(bytes));
        }
    }
}
