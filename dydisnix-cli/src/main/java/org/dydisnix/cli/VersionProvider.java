package org.dydisnix.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, taken from the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Dydisnix.class.getPackage().getImplementationVersion();
        return new String[] {"dydisnix " + (version == null ? "(development build)" : version)};
    }
}
