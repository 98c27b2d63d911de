package org.dydisnix.cli;

import org.dydisnix.nix.ParseCache;

/** Entry point of the {@code dydisnix} launcher. */
public final class Main {

    /** Whether the quick parser may run commands ({@code -Ddydisnix.quick=false}: never). */
    private static final boolean QUICK = !"false".equals(System.getProperty("dydisnix.quick"));

    private Main() {}

    public static void main(String[] args) {
        ParseCache.use(ParseCache.directory(System.getenv()));
        int exitCode = run(args);
        System.out.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the command line {@code args} and returns its exit code: {@code --version} without any
     * command model, a command the quick parser takes without picocli's reflective model, anything
     * else through picocli.
     */
    public static int run(String[] args) {
        System.setProperty("picocli.disable.closures", "true");
        try {
            if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
                for (String line : new VersionProvider().getVersion()) {
                    System.out.println(line);
                }
                return 0;
            }
            Integer quick = QUICK ? QuickStart.run(args) : null;
            if (quick != null) {
                return quick;
            }
            return Dydisnix.commandLine(args).execute(args);
        } catch (StackOverflowError e) {
            System.err.println("dydisnix: input nested too deeply");
            return 1;
        } catch (OutOfMemoryError e) {
            System.err.println(
                    "dydisnix: out of memory; raise the heap limit with DYDISNIX_HEAP=-Xmx8g");
            return 1;
        } catch (Error e) {
            System.err.println(
                    "dydisnix: internal error: " + e + " (rerun with --debug for a stack trace)");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            }
            return 1;
        }
    }
}
