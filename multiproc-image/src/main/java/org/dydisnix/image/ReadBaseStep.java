package org.dydisnix.image;

import java.io.IOException;
import java.nio.file.Path;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;
import org.dydisnix.image.oci.OciArchiveWriter;

/** Build step 1: reads and checks the base image, extracting what it needs into the work dir. */
final class ReadBaseStep {
    private ReadBaseStep() {}

    static BaseImage run(BuildSettings settings, Path work, OciArchiveWriter archive)
            throws ImageException, IOException {
        return BaseImageReader.read(settings.base(), work, settings.maxLayerSize(), archive);
    }
}
