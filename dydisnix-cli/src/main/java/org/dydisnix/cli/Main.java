package org.dydisnix.cli;

/** Entry point of the {@code dydisnix} launcher. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = Dydisnix.commandLine(args).execute(args);
        } catch (StackOverflowError e) {
            System.err.println("dydisnix: input nested too deeply");
            exitCode = 1;
        } catch (OutOfMemoryError e) {
            System.err.println(
                    "dydisnix: out of memory; raise the heap limit with DYDISNIX_HEAP=-Xmx8g");
            exitCode = 1;
        } catch (Error e) {
            System.err.println(
                    "dydisnix: internal error: " + e + " (rerun with --debug for a stack trace)");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            }
            exitCode = 1;
        }
        System.out.flush();
        System.exit(exitCode);
    }
}
