package org.dydisnix.image;

import java.util.function.Consumer;
import org.dydisnix.image.layer.Accounts;
import org.dydisnix.image.oci.BaseImage;

/** Build step 2: the base's accounts with the processes' credentials merged in. */
final class AccountsStep {
    private AccountsStep() {}

    static Accounts run(BuildSettings settings, BaseImage base, Consumer<String> warn) {
        return Accounts.merge(
                base.fileSystem(), settings.processes(), settings.forceDisableUserChange(), warn);
    }
}
