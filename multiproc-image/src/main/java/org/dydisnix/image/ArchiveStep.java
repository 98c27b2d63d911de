package org.dydisnix.image;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.OciArchiveWriter;

/**
 * Build step 6: the rest of the OCI image-layout tarball: the base's layers not yet streamed in,
 * the new layer and the config.
 */
final class ArchiveStep {
    private ArchiveStep() {}

    static OciArchiveWriter.Written run(
            BuildSettings settings,
            OciArchiveWriter archive,
            BaseImage base,
            LayerStep.Layer layer,
            ObjectNode config)
            throws IOException {
        return archive.finish(
                base.layers(), layer.bytes(), layer.blob(), config, settings.reference());
    }
}
