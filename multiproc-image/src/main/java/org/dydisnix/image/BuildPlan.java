package org.dydisnix.image;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.OciArchiveWriter;
import org.dydisnix.io.AtomicOutput;

/**
 * The build as a plan of steps over immutable {@link BuildSettings}: read the base, merge the
 * accounts, write the process manager's files, make the layer, translate the configuration, write
 * the archive (atomically). The work directory is removed however the build ends.
 */
final class BuildPlan {
    private BuildPlan() {}

    static BuiltImage run(BuildSettings settings, Path out) throws ImageException {
        Path absolute = out.toAbsolutePath();
        List<String> warnings = new ArrayList<>();
        Consumer<String> warn =
                warning -> {
                    warnings.add(warning);
                    settings.warnings().accept(warning);
                };
        OciArchiveWriter.Written[] written = new OciArchiveWriter.Written[1];
        try (WorkDirectory work = WorkDirectory.create()) {
            BaseImage base = ReadBaseStep.run(settings, work.path());
            Accounts accounts = AccountsStep.run(settings, base, warn);
            ProcessManagerFilesStep.ImageFiles files =
                    ProcessManagerFilesStep.run(settings, base, accounts, warn);
            LayerStep.Layer layer = LayerStep.run(settings, files.files(), base);
            ObjectNode config =
                    ConfigTranslation.run(settings, base, layer.blob(), files.generated());
            AtomicOutput.write(
                    absolute,
                    stream -> written[0] = ArchiveStep.run(settings, base, layer, config, stream));
        } catch (IOException e) {
            throw new ImageException("cannot write image " + out + ": " + e.getMessage(), e);
        }
        return new BuiltImage(
                absolute,
                settings.reference(),
                written[0].manifestDigest(),
                written[0].configDigest(),
                warnings);
    }
}
