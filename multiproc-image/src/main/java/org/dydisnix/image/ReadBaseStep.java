package org.dydisnix.image;

import java.io.IOException;
import java.nio.file.Path;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;

/** Build step 1: reads and checks the base image, extracting what it needs into the work dir. */
final class ReadBaseStep {
    private ReadBaseStep() {}

    static BaseImage run(BuildSettings settings, Path work) throws ImageException, IOException {
        return BaseImageReader.read(settings.base(), work, settings.maxLayerSize());
    }
}
