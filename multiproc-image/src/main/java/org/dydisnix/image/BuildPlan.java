package org.dydisnix.image;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.OciArchiveWriter;
import org.dydisnix.io.AtomicOutput;

/**
 * The build as a plan of steps over immutable {@link BuildSettings}, inside the atomically written
 * output: read the base (a directory's layer streamed into the archive), merge the accounts, write
 * the process manager's files, make the layer, translate the configuration, finish the archive. The
 * work directory is removed however the build ends.
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
            AtomicOutput.writePatchable(
                    absolute, stream -> written[0] = build(settings, work.path(), stream, warn));
        } catch (Failed e) {
            if (e.getCause() instanceof ImageException image) {
                throw image;
            }
            throw new ImageException(
                    "cannot write image " + out + ": " + e.getCause().getMessage(), e.getCause());
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

    private static OciArchiveWriter.Written build(
            BuildSettings settings, Path work, OutputStream stream, Consumer<String> warn)
            throws Failed {
        try {
            OciArchiveWriter archive = new OciArchiveWriter(stream, settings.creationTime());
            BaseImage base = ReadBaseStep.run(settings, work, archive);
            Accounts accounts = AccountsStep.run(settings, base, warn);
            ProcessManagerFilesStep.ImageFiles files =
                    ProcessManagerFilesStep.run(settings, base, accounts, warn);
            LayerStep.Layer layer = LayerStep.run(settings, files.files(), base);
            ObjectNode config =
                    ConfigTranslation.run(settings, base, layer.blob(), files.generated());
            return ArchiveStep.run(settings, archive, base, layer, config);
        } catch (ImageException | IOException e) {
            throw new Failed(e);
        }
    }

    /**
     * A failure of the build inside the output, carried out unchanged (the output's own messages
     * name the output file; these name what failed).
     */
    private static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(Exception cause) {
            super(cause);
        }
    }
}
