package org.dydisnix.image;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.OciArchiveWriter;

/** Build step 6: the OCI image-layout tarball with the base's layers, the new layer and config. */
final class ArchiveStep {
    private ArchiveStep() {}

    static OciArchiveWriter.Written run(
            BuildSettings settings,
            BaseImage base,
            LayerStep.Layer layer,
            ObjectNode config,
            OutputStream out)
            throws IOException {
        return OciArchiveWriter.write(
                out,
                base.layers(),
                layer.bytes(),
                layer.blob(),
                config,
                settings.reference(),
                settings.creationTime());
    }
}
